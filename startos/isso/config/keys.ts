// The isso.cfg keys this package reads or writes, declared once: how Isso reads each
// one and Isso 0.14.0's own default (upstream's isso/isso.cfg at tag 0.14.0), as Isso's text.

export { DB_PATH } from '../../container/image'

// How Isso reads a key, which decides what it refuses (a key without value crashes every
// reader: IssoParser.get runs os.path.expandvars on None).
// bool: configparser getboolean; duration/int: IssoParser.getint (same rule, we only
// write them differently); timeout: getint handed to socket.settimeout by smtplib;
// string: get, any text; hostname: get, then resolved (Python's idna codec); list: getiter (one item per line); origins: getiter, each item
// through isso.wsgi.urlsplit and a connection (HEAD / at start); commaList: getlist;
// renderer: html.Markup, only `mistune` is installed; hashAlgorithm: utils.hash.new;
// mistunePlugins: getlist into mistune.create_markdown.
export type KeyType =
  | 'bool'
  | 'duration'
  | 'int'
  | 'timeout'
  | 'string'
  | 'hostname'
  | 'list'
  | 'origins'
  | 'commaList'
  | 'renderer'
  | 'hashAlgorithm'
  | 'mistunePlugins'

export interface KeySpec {
  readonly type: KeyType
  readonly default: string
}

const spec = <T extends KeyType>(type: T, dflt: string) => ({ type, default: dflt })

export const managedKeys = {
  general: {
    host: spec('origins', ''),
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
    host: spec('hostname', 'localhost'),
    port: spec('int', '587'),
    security: spec('string', 'starttls'),
    to: spec('string', ''),
    from: spec('string', ''),
    timeout: spec('timeout', '10'),
  },
} as const satisfies Record<string, Record<string, KeySpec>>

// Keys no action writes that Isso 0.14.0 reads while it starts (config.load up to the end
// of make_app; upstream isso/__init__.py, html/, utils/hash.py, views/comments.py). Checked
// before every start, never exposed as settings.
export const startupKeys = {
  server: {
    'public-endpoint': spec('string', ''),
    'trusted-proxies': spec('list', ''),
    profile: spec('bool', 'false'),
  },
  markup: {
    renderer: spec('renderer', 'mistune'),
    'allowed-elements': spec('commaList', ''),
    'allowed-attributes': spec('commaList', ''),
  },
  'markup.mistune': {
    plugins: spec('mistunePlugins', 'strikethrough, subscript, superscript'),
    parameters: spec('commaList', 'escape, hard_wrap'),
  },
  hash: {
    salt: spec('string', 'Eech7co8Ohloopo9Ol6baimi'),
    algorithm: spec('hashAlgorithm', 'pbkdf2'),
  },
  rss: {
    base: spec('string', ''),
  },
} as const satisfies Record<string, Record<string, KeySpec>>

export type ManagedKeys = typeof managedKeys

export const PUBLISHED_DEFAULT_ADMIN_PASSWORD = managedKeys.admin.password.default
