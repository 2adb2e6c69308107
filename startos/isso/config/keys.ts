// The isso.cfg keys this package reads or writes, declared once: how Isso reads each
// one and Isso 0.14.0's own default (upstream's isso/isso.cfg at tag 0.14.0), as Isso's text.

export const DB_PATH = '/db/comments.db'

// bool: configparser getboolean; duration/int: IssoParser.getint (same rule, we only
// write them differently); list: getiter (one item per line); commaList: getlist.
export type KeyType = 'bool' | 'duration' | 'int' | 'string' | 'list' | 'commaList'

export interface KeySpec {
  readonly type: KeyType
  readonly default: string
}

const spec = <T extends KeyType>(type: T, dflt: string) => ({ type, default: dflt })

export const managedKeys = {
  general: {
    host: spec('list', ''),
    dbpath: spec('string', '/tmp/comments.db'),
    'max-age': spec('duration', '15m'),
    notify: spec('commaList', 'stdout'),
    'reply-notifications': spec('bool', 'false'),
    gravatar: spec('bool', 'false'),
    'latest-enabled': spec('bool', 'false'),
  },
  admin: {
    enabled: spec('bool', 'false'),
    password: spec('string', 'please_choose_a_strong_password'),
  },
  moderation: {
    enabled: spec('bool', 'false'),
    'approve-if-email-previously-approved': spec('bool', 'false'),
    'purge-after': spec('duration', '30d'),
  },
  guard: {
    enabled: spec('bool', 'true'),
    ratelimit: spec('int', '2'),
    'direct-reply': spec('int', '3'),
    'reply-to-self': spec('bool', 'false'),
    'require-author': spec('bool', 'false'),
    'require-email': spec('bool', 'false'),
  },
  smtp: {
    username: spec('string', ''),
    password: spec('string', ''),
    host: spec('string', 'localhost'),
    port: spec('int', '587'),
    security: spec('string', 'starttls'),
    to: spec('string', ''),
    from: spec('string', ''),
    timeout: spec('int', '10'),
  },
} as const satisfies Record<string, Record<string, KeySpec>>

export type ManagedKeys = typeof managedKeys

export const PUBLISHED_DEFAULT_ADMIN_PASSWORD = managedKeys.admin.password.default
