// main's startup check against Isso's own start. For every key upstream Isso 0.14.0 reads
// while it starts, hand edits of that key (left empty, without a value, a value of the
// wrong kind, an unset `$NAME`, awkward valid values) must get the same verdict from
// startupProblem as from `make_app(config.load(...))` (test/helpers/issoStart.py): we
// refuse exactly when Isso would crash with a traceback.
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { describeStartupProblem } from '../../startos/health/describeProblem'
import { startupProblem } from '../../startos/health/startupProblem'
import { parseConfig } from '../../startos/isso/configparser'
import { issoSettingsText } from '../../startos/isso/config'
import { skipWithoutIsso } from '../helpers/isso'
import { issoStarts, type IssoStart } from '../helpers/issoStart'

// A file that starts, with every conditional read switched on: SMTP in `notify` (Isso
// then reads [smtp] and connects), moderation on (purge-after), renderer mistune.
const BASE = `[general]
dbpath = /db/comments.db
host =
    https://blog.example.com
    http://localhost
max-age = 15m
notify = stdout, smtp
reply-notifications = true
gravatar = false
latest-enabled = false

[admin]
enabled = true
password = Xk3vQ9mR2tLp8sWz4nYb7cDe

[moderation]
enabled = true
approve-if-email-previously-approved = false
purge-after = 30d

[guard]
enabled = true
ratelimit = 2
direct-reply = 3
reply-to-self = false
require-author = false
require-email = true

[server]
public-endpoint = https://comments.example.com
trusted-proxies =
profile = false

[smtp]
host = smtp.example.com
port = 587
security = starttls
to = admin@example.com
from = Isso <isso@example.com>
timeout = 10

[markup]
renderer = mistune
allowed-elements =
allowed-attributes =

[markup.mistune]
plugins = strikethrough, subscript, superscript
parameters = escape, hard_wrap

[hash]
salt = s3cretSaltForTests
algorithm = pbkdf2

[rss]
base =
`

// Every key Isso 0.14.0 reads from the config between `config.load` and the end of
// `make_app` (read from upstream: config.py load, __init__.py Isso/make_app, core.py,
// db/spam.py, html/__init__.py + mistune.py, utils/hash.py, views/__init__.py,
// views/comments.py API.__init__, ext/notifications.py SMTP + SMTPConnection), with
// values of the wrong kind and awkward valid ones for its reader.
const BOOL = ['abc', 'YES', 'Off', '1', '2']
const INT = ['abc', '1h30m', '3w 2d', '0', '-5', '1y', '2 d', '1_000', '٣']
const STARTUP_KEYS: Record<string, Record<string, string[]>> = {
  general: {
    host: ['http://x:abc', 'https://example.com:99999', 'http://[::1', 'http://a..b', 'https://bücher.example:8443', 'example.com',
      'https://[::1]:8443', 'http://[fe80::1%25eth0]', 'http://[1.2.3.4]', 'http://[v1.x]', 'https://user@x.example:', 'http://x.example:٣', 'http://ü..x'],
    'max-age': INT,
    notify: ['abc', 'SMTP', ', ,'],
    'reply-notifications': BOOL,
    gravatar: BOOL,
  },
  moderation: {
    enabled: BOOL,
    'approve-if-email-previously-approved': BOOL,
    'purge-after': INT,
  },
  guard: { 'reply-to-self': BOOL, 'require-email': BOOL, 'require-author': BOOL },
  server: {
    'public-endpoint': ['https://x.example/isso/', 'abc'],
    'trusted-proxies': ['10.0.0.1'],
    profile: BOOL,
  },
  smtp: {
    from: ['abc', 'Ünïcode <a@b.c>'],
    security: ['ssl', 'none', 'abc'],
    host: ['a..b', 'mail.example.com:25', 'bücher.example'],
    port: ['abc', '0', '-1', '99999', '465'],
    timeout: ['abc', '0', '-1', '1m', '99999999999999999999'],
  },
  markup: {
    renderer: ['abc', 'Mistune', 'misaka'],
    'allowed-elements': ['img, a', 'abc'],
    'allowed-attributes': ['src'],
  },
  'markup.mistune': {
    plugins: ['abc', 'table, url', ', abc', 'strikethrough, , superscript', 'speedup', 'mistune.plugins.table.table'],
    parameters: ['abc'],
  },
  hash: {
    salt: ['ä%;#'],
    algorithm: ['abc', 'none', 'sha256', 'SHA256', 'blake2b', 'md5', 'pbkdf2:1000:6:sha1', 'pbkdf2:abc', 'pbkdf2xyz', 'pbkdf2::6', 'pbkdf2:1_000: 7', 'pbkdf2:10:x'],
  },
  rss: { base: ['https://blog.example.com'] },
}

interface Case {
  name: string
  text: string
}

function edited(section: string, key: string, value: string | null): Case {
  const doc = parseConfig(BASE)
  doc.set(section, key, value)
  const shown = value === null ? `bare \`${key}\`` : `${key} = ${JSON.stringify(value)}`
  return { name: `[${section}] ${shown}`, text: doc.toString() }
}

const cases: Case[] = [{ name: 'the base file', text: BASE }]
for (const [section, keys] of Object.entries(STARTUP_KEYS)) {
  for (const [key, values] of Object.entries(keys)) {
    for (const value of ['', null, '$UNSET_ISSO_TEST_NAME', '${UNSET_ISSO_TEST_NAME}', ...values]) {
      cases.push(edited(section, key, value))
    }
  }
}

// Where we refuse on purpose although Isso starts: keys Isso reads on each request
// (every new comment would fail), keys read only when a feature is on (here SMTP off),
// and [smtp] username/password, which Isso reads only once an SMTP server answered
// (the oracle has none; with one, a bare key crashes Isso).
const SMTP_OFF = BASE.replace('notify = stdout, smtp', 'notify = stdout').replace('reply-notifications = true', 'reply-notifications = false')
const stricter: Case[] = [
  edited('guard', 'ratelimit', 'abc'),
  edited('guard', 'direct-reply', ''),
  edited('guard', 'enabled', 'maybe'),
  edited('general', 'latest-enabled', 'abc'),
  edited('smtp', 'username', null),
  edited('smtp', 'password', null),
  edited('smtp', 'to', null),
  ...[['port', 'abc'], ['timeout', '0'], ['host', 'a..b']].map(([key, value]) => {
    const doc = parseConfig(SMTP_OFF)
    doc.set('smtp', key, value)
    return { name: `SMTP off, [smtp] ${key} = ${value}`, text: doc.toString() }
  }),
]

describe('startupProblem agrees with Isso 0.14.0 starting (make_app)', { skip: skipWithoutIsso() }, () => {
  let isso: IssoStart[]
  before(async () => {
    // What Isso reads: the owner's file with the keys StartOS enforces applied.
    isso = await issoStarts([...cases, ...stricter].map(c => issoSettingsText(parseConfig(c.text))))
  })

  it(`over ${cases.length} hand edits of the keys Isso reads at start`, () => {
    assert.ok(isso[0].ok, `the base file must start: ${JSON.stringify(isso[0])}`)
    const disagreements = cases.flatMap((c, i) => {
      const ours = startupProblem(c.text)
      const theirs = isso[i]
      if ((ours === null) === theirs.ok) return []
      return [`${c.name}: we ${ours ? `refuse (${describeStartupProblem(ours)})` : 'allow'}, Isso ${theirs.ok ? 'starts' : `crashes (${theirs.error})`}`]
    })
    assert.deepEqual(disagreements, [])
  })

  it('refuses on purpose a few values Isso starts with (read later, or only with a feature on)', () => {
    stricter.forEach((c, i) => {
      assert.equal(isso[cases.length + i].ok, true, c.name)
      assert.equal(startupProblem(c.text)?.kind, 'invalid-value', c.name)
    })
  })

  it('both sides see crashes and starts in the matrix (it tests something)', () => {
    const matrix = isso.slice(0, cases.length)
    assert.ok(matrix.filter(r => r.ok).length > 50)
    assert.ok(matrix.filter(r => !r.ok).length > 50)
  })
})
