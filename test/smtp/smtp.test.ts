import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { parseConfig } from '../../startos/isso/configparser'
import { formatMailbox, parseMailbox } from '../../startos/isso/smtp'
import {
  applySmtp,
  issoSecurity,
  resolveCustomSmtp,
  resolveSystemSmtp,
  SmtpFieldError,
  type CustomSmtpSelection,
  type ResolvedSmtp,
} from '../../startos/isso/smtp'
import { lineDiff } from '../helpers/lineDiff'
import { python3 } from '../helpers/python'

const handEdited = readFileSync(join(__dirname, '../fixtures/actions/smtp-hand-edited.cfg'), 'utf8')

const custom = (provider: string, port: string, security: 'tls' | 'starttls', password: string | null = 'pw'): CustomSmtpSelection => ({
  provider: {
    selection: provider,
    value: { host: `smtp.${provider}.example`, from: 'Blog <blog@example.com>', username: 'user', password, security: { selection: security, value: { port } } },
  },
})

const good: ResolvedSmtp = {
  host: 'smtp.example.com',
  port: 587,
  security: 'starttls',
  username: 'blog@example.com',
  password: 'p%ss word',
  from: 'blog@example.com',
}

const refuses = (field: string, problem: string) => (e: unknown) =>
  e instanceof SmtpFieldError && e.field === field && e.problem === problem

describe('security mapping', () => {
  it('maps the SDK names to Isso\'s', () => {
    assert.equal(issoSecurity('tls'), 'ssl')
    assert.equal(issoSecurity('starttls'), 'starttls')
  })
})

describe('resolveCustomSmtp', () => {
  for (const [provider, port, security, issoSec] of [
    ['gmail', '465', 'tls', 'ssl'],
    ['ses', '465', 'tls', 'ssl'],
    ['sendgrid', '465', 'tls', 'ssl'],
    ['mailgun', '465', 'tls', 'ssl'],
    ['protonmail', '587', 'starttls', 'starttls'],
    ['other', '2525', 'starttls', 'starttls'],
  ] as const) {
    it(`${provider}: port ${port}, ${security} → ${issoSec}`, () => {
      assert.deepEqual(resolveCustomSmtp(custom(provider, port, security)), {
        host: `smtp.${provider}.example`, port: Number(port), security: issoSec, username: 'user', password: 'pw', from: 'Blog <blog@example.com>',
      })
    })
  }
  it('a missing password is empty', () => {
    assert.equal(resolveCustomSmtp(custom('other', '587', 'starttls', null)).password, '')
  })
  it('refuses a port that is not 1–65535', () => {
    for (const port of ['0', '65536', 'abc', '', '58 7', '1e3']) {
      assert.throws(() => resolveCustomSmtp(custom('other', port, 'starttls')), refuses('port', 'invalid-port'), port)
    }
  })
})

describe('resolveSystemSmtp', () => {
  const system = { host: 'smtp.sys.example', port: 465, from: 'Server <os@example.com>', username: 'os', password: null, security: 'tls' as const }
  it('maps the server settings; customFrom overrides from', () => {
    assert.deepEqual(resolveSystemSmtp(system), { host: 'smtp.sys.example', port: 465, security: 'ssl', username: 'os', password: '', from: 'Server <os@example.com>' })
    assert.equal(resolveSystemSmtp(system, 'Blog <b@example.com>').from, 'Blog <b@example.com>')
    assert.equal(resolveSystemSmtp(system, '  ').from, 'Server <os@example.com>')
  })
  it('fails clearly when the server has no SMTP', () => {
    assert.throws(() => resolveSystemSmtp(null), refuses('host', 'no-system-smtp'))
  })
})

describe('From always carries a display name Python reads back', () => {
  const cases: [string, string][] = [
    ['blog@example.com', 'Isso <blog@example.com>'],
    ['<blog@example.com>', 'Isso <blog@example.com>'],
    ['"" <blog@example.com>', 'Isso <blog@example.com>'],
    ['My Blog <blog@example.com>', 'My Blog <blog@example.com>'],
    ['Smith, John <j@example.com>', '"Smith, John" <j@example.com>'],
    ['"Smith, John" <j@example.com>', '"Smith, John" <j@example.com>'],
    ['J. "Jo" Smith <j@example.com>', '"J. \\"Jo\\" Smith" <j@example.com>'],
    ['Jörg <j@example.com>', '=?utf-8?b?SsO2cmc=?= <j@example.com>'],
  ]
  it('formats like email.utils.formataddr and parses back with a non-empty name', () => {
    const formatted = cases.map(([input]) => {
      const m = parseMailbox(input)
      assert.ok(m, input)
      return formatMailbox(m.name || 'Isso', m.address)
    })
    assert.deepEqual(formatted, cases.map(([, out]) => out))
    // One python3 call for all: Isso's check is parseaddr(from)[0] being non-empty.
    const script = 'import json,sys\nfrom email.utils import parseaddr,formataddr\n' +
      'print(json.dumps([[parseaddr(v), formataddr(parseaddr(v))] for v in json.load(sys.stdin)]))'
    const py = JSON.parse(execFileSync(python3(), ['-c', script], { input: JSON.stringify(formatted) }).toString()) as [[string, string], string][]
    py.forEach(([[name, address], again], i) => {
      assert.notEqual(name, '', formatted[i])
      assert.equal(address, parseMailbox(cases[i][0])!.address)
      assert.equal(again, formatted[i], 'formataddr round trip')
    })
  })
  it('refuses text without a valid address', () => {
    for (const v of ['Blog', 'Blog <not-an-address>', 'a@b', 'a b@example.com']) assert.equal(parseMailbox(v), null, v)
  })
})

describe('applySmtp', () => {
  it('changes only the [smtp] connection keys, to and notify of a hand-edited file', () => {
    const doc = parseConfig(handEdited)
    applySmtp(doc, good, 'admin@example.com')
    const diff = lineDiff(handEdited, doc.toString())
    assert.deepEqual(diff.removed.sort(), [
      'host = mail.old.example', 'notify = stdout', 'password = old%secret # not a comment', 'port = 25',
      'security = none', 'to = me@example.com', 'username = blog',
    ].sort())
    assert.deepEqual(diff.added.sort(), [
      'from = Isso <blog@example.com>', 'host = smtp.example.com', 'notify = smtp', 'password = p%ss word',
      'port = 587', 'security = starttls', 'to = admin@example.com', 'username = blog@example.com',
    ].sort())
  })

  it('keeps other notify backends; disabling removes only smtp', () => {
    const doc = parseConfig('[general]\nnotify = stdout, smtp\n')
    applySmtp(doc, good, 'a@example.com')
    assert.equal(doc.get('general', 'notify'), 'stdout, smtp')
    applySmtp(doc, null)
    assert.equal(doc.get('general', 'notify'), 'stdout')
  })

  it('disabled: notify back to stdout, connection keys and password gone, to and timeout kept', () => {
    const doc = parseConfig(handEdited)
    applySmtp(doc, good, 'admin@example.com')
    applySmtp(doc, null, '')
    assert.equal(doc.get('general', 'notify'), 'stdout')
    for (const key of ['host', 'port', 'security', 'username', 'password', 'from']) assert.equal(doc.get('smtp', key), undefined, key)
    assert.equal(doc.get('smtp', 'to'), 'admin@example.com')
    assert.equal(doc.get('smtp', 'timeout'), '30')
  })

  it('an empty password or username removes the key (Isso then skips login)', () => {
    const doc = parseConfig(handEdited)
    applySmtp(doc, { ...good, username: '', password: '' }, 'a@example.com')
    assert.equal(doc.get('smtp', 'username'), undefined)
    assert.equal(doc.get('smtp', 'password'), undefined)
  })

  it('leaves `to` alone when the recipient is omitted (the system-SMTP watcher)', () => {
    const doc = parseConfig(handEdited)
    applySmtp(doc, good)
    assert.equal(doc.get('smtp', 'to'), 'me@example.com')
  })

  const refusals: [Partial<ResolvedSmtp>, string | null, string, string][] = [
    [{ password: 'pa$HOME' }, 'a@example.com', 'password', 'env-expansion'],
    [{ password: 'pa${X}ss' }, 'a@example.com', 'password', 'env-expansion'],
    [{ username: '$USER' }, 'a@example.com', 'username', 'env-expansion'],
    [{ from: 'Blog$X <b@example.com>' }, 'a@example.com', 'from', 'env-expansion'],
    [{ password: 'line\nbreak' }, 'a@example.com', 'password', 'control-character'],
    [{ password: 'nul\0' }, 'a@example.com', 'password', 'control-character'],
    [{ password: ' padded' }, 'a@example.com', 'password', 'surrounding-space'],
    [{ host: '' }, 'a@example.com', 'host', 'required'],
    [{ host: 'smtp example.com' }, 'a@example.com', 'host', 'invalid-host'],
    [{ port: 0 }, 'a@example.com', 'port', 'invalid-port'],
    [{ from: 'Blog <nope>' }, 'a@example.com', 'from', 'invalid-email'],
    [{}, '', 'to', 'required'],
    [{}, 'not an address', 'to', 'invalid-email'],
    [{}, 'a@example.com\nBcc: x@example.com', 'to', 'control-character'],
  ]
  for (const [change, to, field, problem] of refusals) {
    it(`refuses ${field} (${problem}) and leaves the document untouched`, () => {
      const doc = parseConfig(handEdited)
      assert.throws(() => applySmtp(doc, { ...good, ...change }, to), refuses(field, problem))
      assert.equal(doc.toString(), handEdited)
    })
  }

  it('disabled with no recipient is fine, with a bad one is refused', () => {
    const doc = parseConfig(handEdited)
    assert.throws(() => applySmtp(doc, null, 'nope'), refuses('to', 'invalid-email'))
    assert.equal(doc.toString(), handEdited)
  })

  it('allows a $ that Isso would not expand', () => {
    const doc = parseConfig(handEdited)
    applySmtp(doc, { ...good, password: 'pa$$ $ word$' }, 'a@example.com')
    assert.equal(doc.get('smtp', 'password'), 'pa$$ $ word$')
  })
})
