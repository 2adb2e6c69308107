// send-test-email end to end: Isso 0.14.0's own notifier code (the venv's Python, as the
// image's) against a small SMTP server on loopback, for success and each named failure.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { sendTestEmailAction } from '../../startos/actions/sendTestEmail'
import { parseConfig } from '../../startos/isso/configparser'
import { sendTestMail, type TestMailResult } from '../../startos/isso/testMail'
import { refine } from '../../startos/isso/testMail/run'
import { fakeEffects } from '../helpers/effects'
import { issoPython, skipWithoutIsso } from '../helpers/isso'
import { localRunner } from '../helpers/runner'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer'
import { tempVolume } from '../helpers/volume'
import { sitesVolume } from '../actions/sites'

const MESSAGE = { subject: 'Test message from Isso', body: 'Isso can send e-mail. Grüße!' }

/** The image's Python replaced by the venv's; SSL_CERT_FILE stands in for the image's CA store. */
function mailRunner(dir: string, caFile?: string) {
  return {
    paths: { python: issoPython(), configFile: join(dir, 'test-mail.cfg') },
    runner: localRunner({ LANG: 'C.UTF-8', ...(caFile ? { SSL_CERT_FILE: caFile } : {}) }),
  }
}

const cfg = (smtp: Record<string, string | number>, notify = 'smtp') =>
  `[general]\nhost =\n    https://blog.example.com\nnotify = ${notify}\n[admin]\nenabled = true\npassword = admin-Pa55word\n[smtp]\n` +
  Object.entries({ timeout: 2, from: 'Blog <blog@example.com>', to: 'owner@example.com', ...smtp })
    .map(([k, v]) => `${k} = ${v}`)
    .join('\n') + '\n'

async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok))
  const { port } = s.address() as AddressInfo
  await new Promise((ok) => s.close(ok))
  return port
}

describe('send-test-email through Isso’s mail code and a loopback SMTP server', { skip: skipWithoutIsso() }, () => {
  let dir: string
  let tls: { key: string; cert: string; certFile: string }
  const servers: TestSmtpServer[] = []
  const server = async (options: Parameters<typeof startSmtpServer>[0] = {}) => {
    const s = await startSmtpServer(options)
    servers.push(s)
    return s
  }
  const send = (text: string, caFile?: string): Promise<TestMailResult> => {
    const { runner, paths } = mailRunner(dir, caFile)
    return sendTestMail(parseConfig(text), MESSAGE, runner, paths)
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isso-mail-'))
    const key = join(dir, 'key.pem')
    const certFile = join(dir, 'cert.pem')
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key,
      '-out', certFile, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' })
    tls = { key: await readFile(key, 'utf8'), cert: await readFile(certFile, 'utf8'), certFile }
  })
  after(async () => {
    await Promise.all(servers.map((s) => s.close()))
    await rm(dir, { recursive: true, force: true })
  })

  it('sends one message to [smtp] to, logged in, From with its display name', async () => {
    const s = await server({ user: 'blog', password: 'pa%ss word' })
    const r = await send(cfg({ host: '127.0.0.1', port: s.port, security: 'none', username: 'blog', password: 'pa%ss word' }))
    assert.equal(r.kind, 'sent', r.detail)
    assert.equal(s.received.length, 1)
    const [mail] = s.received
    assert.deepEqual([mail.from, mail.to, mail.authenticated], ['blog@example.com', ['owner@example.com'], true])
    assert.match(mail.data, /^From: Blog <blog@example\.com>$/m)
    assert.match(mail.data, /^Subject: Test message from Isso$/m)
  })

  it('STARTTLS with a certificate the system trusts: sent, encrypted', async () => {
    const s = await server({ user: 'blog', password: 'pw', tls })
    const r = await send(cfg({ host: '127.0.0.1', port: s.port, security: 'starttls', username: 'blog', password: 'pw' }), tls.certFile)
    assert.equal(r.kind, 'sent', r.detail)
    assert.equal(s.received[0].secure, true)
  })

  it('STARTTLS with an untrusted certificate: certificate', async () => {
    const s = await server({ tls })
    const r = await send(cfg({ host: '127.0.0.1', port: s.port, security: 'starttls' }))
    assert.equal(r.kind, 'certificate')
    assert.match(r.detail, /CERTIFICATE_VERIFY_FAILED/)
  })

  it('wrong password: auth', async () => {
    const s = await server({ user: 'blog', password: 'right' })
    const r = await send(cfg({ host: '127.0.0.1', port: s.port, security: 'none', username: 'blog', password: 'wrong' }))
    assert.equal(r.kind, 'auth')
    assert.match(r.detail, /535/)
    assert.equal(s.received.length, 0)
  })

  it('STARTTLS asked of a server without it, SSL asked of a plain port: TLS mismatch', async () => {
    const s = await server()
    const starttls = await send(cfg({ host: '127.0.0.1', port: s.port, security: 'starttls' }))
    assert.equal(starttls.kind, 'starttls-missing')
    const ssl = await send(cfg({ host: '127.0.0.1', port: s.port, security: 'ssl' }))
    assert.equal(ssl.kind, 'tls')
    assert.match(ssl.detail, /SSLError/)
  })

  it('a closed port: refused; a silent server: timeout within [smtp] timeout', async () => {
    // The refused send costs what every send costs before SMTP (Python starting, Isso's
    // mailer loading): the silent server's may take the 1-s timeout more, and far less
    // than Isso's default of 10 s (isso/isso.cfg, [smtp] timeout) more. Measured against it, not against
    // a fixed bound, so a busy machine does not fail the test.
    const before = Date.now()
    const refused = await send(cfg({ host: '127.0.0.1', port: await freePort(), security: 'none' }))
    const overhead = Date.now() - before
    assert.equal(refused.kind, 'refused')
    const s = await server({ silent: true })
    const started = Date.now()
    const slow = await send(cfg({ host: '127.0.0.1', port: s.port, security: 'none', timeout: 1 }))
    assert.equal(slow.kind, 'timeout')
    const elapsed = Date.now() - started
    assert.ok(elapsed < 2 * overhead + 6_000, `${elapsed} ms, a send without SMTP took ${overhead} ms`)
  })

  it('the recipient refused: recipient', async () => {
    const s = await server({ refuse: ['owner@example.com'] })
    const r = await send(cfg({ host: '127.0.0.1', port: s.port, security: 'none' }))
    assert.equal(r.kind, 'recipient')
    assert.match(r.detail, /No such user/)
  })

  it('mail off or no recipient: nothing is tried', async () => {
    assert.equal((await send(cfg({ host: '127.0.0.1', port: 1 }, 'stdout'))).kind, 'mail-off')
    assert.equal((await send(cfg({ host: '127.0.0.1', port: 1, to: '' }))).kind, 'no-recipient')
  })

  it('plain SMTP on 465 waits for a greeting that never comes: named a TLS mismatch', () => {
    assert.equal(refine('timeout', 465, 'starttls'), 'tls')
    assert.equal(refine('timeout', 587, 'starttls'), 'timeout')
    assert.equal(refine('timeout', 465, 'ssl'), 'timeout')
  })

  describe('the action through the SDK', () => {
    const volume = tempVolume('isso-mail-action-')
    let sendTestEmail: ReturnType<typeof sendTestEmailAction>
    before(() => {
      const { runner, paths } = mailRunner(dir)
      sendTestEmail = sendTestEmailAction(volume.volume, (_effects, _purpose, fn) => fn(runner), paths)
    })

    it('reports success and names a failure with what to change', async () => {
      const s = await server({ user: 'blog', password: 'pw' })
      const { effects } = fakeEffects()
      await writeFile(volume.cfg, cfg({ host: '127.0.0.1', port: s.port, security: 'none', username: 'blog', password: 'pw' }))
      const form = await sendTestEmail.getInput({ effects, prefill: null })
      assert.deepEqual(form.spec, {}, 'one site: nothing to choose')
      const ok = await sendTestEmail.run({ effects, input: {} })
      assert.ok(ok && 'title' in ok)
      assert.equal(ok.title, 'Test message sent')
      assert.equal(ok.message, `A test message went to owner@example.com through 127.0.0.1:${s.port}. If it does not arrive within a few minutes, look in the spam folder.`)

      await writeFile(volume.cfg, cfg({ host: '127.0.0.1', port: s.port, security: 'none', username: 'blog', password: 'nope' }))
      const bad = await sendTestEmail.run({ effects, input: {} })
      assert.ok(bad && 'title' in bad)
      assert.equal(bad.title, 'The test message was not sent')
      assert.match(bad.message ?? '', /^The mail server 127\.0\.0\.1:\d+ refused the username or password \(.*535.*\)\. Correct them in Email Notifications/)
    })

    it("with several sites, tests the chosen site's [smtp] and recipient; a removed site is refused", async () => {
      const s = await server({ user: 'shop', password: 'shop-pw' })
      const sites = sitesVolume(volume.dir)
      await sites.write({
        // The first site's settings would fail (wrong password): only blog's are right.
        first: cfg({ host: '127.0.0.1', port: s.port, security: 'none', username: 'shop', password: 'wrong' }),
        extra: { blog: cfg({ host: '127.0.0.1', port: s.port, security: 'none', username: 'shop', password: 'shop-pw', to: 'blog-owner@example.org' }) },
      })
      const { effects } = fakeEffects()
      const form = await sendTestEmail.getInput({ effects, prefill: null })
      assert.deepEqual(Object.keys(form.spec), ['site'])
      const sent = await sendTestEmail.run({ effects, input: { site: 'blog' } })
      assert.ok(sent && 'title' in sent)
      assert.equal(sent.title, 'Test message sent', sent.message ?? '')
      assert.deepEqual(s.received.map((m) => m.to), [['blog-owner@example.org']])

      const first = await sendTestEmail.run({ effects, input: { site: '_first' } })
      assert.ok(first && 'title' in first)
      assert.equal(first.title, 'The test message was not sent')
      assert.equal(s.received.length, 1)

      await sites.writeStore({})
      await assert.rejects(sendTestEmail.run({ effects, input: { site: 'blog' } }), /Blog blog does not exist any more/)
      assert.equal(s.received.length, 1)
    })
  })
})
