// The embed snippets and the claims of the guide and the forms, against upstream Isso 0.14.0
// served by its own gunicorn (`isso.run`, the image's flags) on a free loopback port.
//
// Claims of the guide checked by reading upstream's code at 0.14.0 rather than here:
// - start-up sends `HEAD /` to each website in turn, 5 s timeout, and stops at the first
//   that answers (isso/__init__.py, make_app: `break` after "connected to");
// - `[smtp] security = ssl` opens smtplib.SMTP_SSL without a context, which in Python
//   verifies no certificate; `starttls` passes ssl.create_default_context(), which does
//   (isso/ext/notifications.py, SMTPConnection.__enter__);
// - `$NAME` / `${NAME}` are expanded with os.path.expandvars, which replaces only names set
//   in Isso's environment (isso/config.py, IssoParser._interpolate);
// - the admin login has no attempt limit (views/comments.py, login: one comparison);
// - threads are keyed by the page's path alone (db/threads.py: `uri VARCHAR UNIQUE`), so
//   a blog moved to a new domain keeps its comments, and two blogs share `/about/`;
// - unapproved comments are purged at start and then once per `purge-after` (isso/core.py,
//   ThreadedMixin.purge), so one goes between one and about two periods after it was posted.
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { buildEmbedSnippets, CLIENT_LANGUAGES, SITE_TEMPLATES, type EmbedSnippets } from '../../startos/isso/embed'
import { issoVenv, skipWithoutIsso } from '../helpers/isso'

// A website that refuses at once (port 9), so start-up does not wait and a thread
// without a title cannot be fetched.
const WEBSITE = 'http://127.0.0.1:9'
const PASSWORD = 'embed-test-Pa55word'

const cfg = (db: string) =>
  `[general]\ndbpath = ${db}\nhost =\n    ${WEBSITE}\ngravatar = true\nlatest-enabled = true\n` +
  `[admin]\nenabled = true\npassword = ${PASSWORD}\n[moderation]\nenabled = false\n` +
  `[guard]\nenabled = true\nratelimit = 1\ndirect-reply = 3\nrequire-author = true\n` +
  `[hash]\nsalt = a-private-test-salt\n`

function startIsso(venv: string, settings: string): Promise<{ proc: ChildProcess; base: string }> {
  const args = ['-b', '127.0.0.1:0', '-w', '1', '--preload', '--worker-tmp-dir', '/dev/shm', 'isso.run']
  const proc = spawn(join(venv, 'bin', 'gunicorn'), args, {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ISSO_SETTINGS: settings },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  return new Promise((ok, fail) => {
    let log = ''
    const timer = setTimeout(() => fail(new Error(`gunicorn did not listen within 15 s:\n${log}`)), 15_000)
    proc.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString()
      const port = /Listening at: http:\/\/127\.0\.0\.1:(\d+)/.exec(log)?.[1]
      if (port) {
        clearTimeout(timer)
        ok({ proc, base: `http://127.0.0.1:${port}` })
      }
    })
    proc.on('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`gunicorn exited (${code}):\n${log}`))
    })
  })
}

const texts = { postTitle: 'A post', postPath: '/a-post/', linkText: 'Comments' }
const everySnippet = (base: string): EmbedSnippets[] =>
  SITE_TEMPLATES.flatMap((template) =>
    [null, 'de', 'pt-BR'].map((lang) => buildEmbedSnippets(base, { template, lang }, texts)),
  )
const allText = (s: EmbedSnippets) => [s.comments, s.threadWithTitle ?? '', s.count].join('\n')

describe('embed snippets and guide against the real Isso 0.14.0', { skip: skipWithoutIsso() }, () => {
  let dir: string
  let server: { proc: ChildProcess; base: string }
  let embedJs: string
  let countJs: string

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isso-embed-'))
    await writeFile(join(dir, 'isso.cfg'), cfg(join(dir, 'comments.db')))
    server = await startIsso(issoVenv()!, join(dir, 'isso.cfg'))
    embedJs = await (await fetch(`${server.base}/js/embed.min.js`)).text()
    countJs = await (await fetch(`${server.base}/js/count.min.js`)).text()
  })
  after(async () => {
    if (server?.proc.exitCode === null) {
      const exited = new Promise((r) => server.proc.once('exit', r))
      server.proc.kill('SIGTERM')
      await exited
    }
    await rm(dir, { recursive: true, force: true })
  })

  /** A comment from a visitor at `ip` (StartOS's proxy passes it in X-Forwarded-For). */
  const comment = (uri: string, ip: string, body: Record<string, unknown>) =>
    fetch(`${server.base}/new?uri=${encodeURIComponent(uri)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: WEBSITE, 'X-Forwarded-For': ip },
      body: JSON.stringify({ author: 'Reader', ...body }),
    })

  it('serves every script a snippet references, at that path', async () => {
    const srcs = new Set(everySnippet(server.base).flatMap((s) => [...allText(s).matchAll(/ src="([^"]+)"/g)].map((m) => m[1])))
    assert.deepEqual([...srcs].sort(), [`${server.base}/js/count.min.js`, `${server.base}/js/embed.min.js`])
    for (const src of srcs) {
      const res = await fetch(src)
      assert.equal(res.status, 200, src)
      assert.match(res.headers.get('content-type') ?? '', /javascript/, src)
      assert.ok((await res.text()).length > 10_000, src)
    }
  })

  it('every attribute a snippet writes is one the served client reads', () => {
    // The client reads each `data-isso-<key>` of a script into its config, whose keys are
    // its defaults object; `data-isso` itself names the API root.
    const defaults = /\{css:!0,"css-url":null,lang:null,[^}]*\}/.exec(embedJs)?.[0]
    assert.ok(defaults, "the client's defaults object")
    assert.match(embedJs, /\/\^data-isso-\/\.test\(/)
    assert.match(countJs, /\/\^data-isso-\/\.test\(/)
    for (const js of [embedJs, countJs]) assert.match(js, /getAttribute\("data-isso"\)/)
    const names = new Set(everySnippet('https://c.example.com').flatMap((s) => [...allText(s).matchAll(/ (data-[a-z-]+)=/g)].map((m) => m[1])))
    assert.deepEqual([...names].sort(), ['data-isso', 'data-isso-lang', 'data-title'])
    assert.match(defaults, /[{,]lang:null[,}]/)
    assert.match(embedJs, /getAttribute\("data-title"\)/)
    assert.match(embedJs, /p\("#isso-thread"\)/)
    // Both scripts count links ending in #isso-thread, keyed by the link's path.
    for (const js of [embedJs, countJs]) assert.match(js, /match\(\/#isso-thread\$\/\)/)
  })

  it('every language offered is in the served client, with its plural rule', () => {
    const catalogue = /m=\{bg:n\(\d+\),((?:"?[a-zA-Z-]+"?:n\(\d+\),?)+)\}/.exec(embedJs)?.[0]
    assert.ok(catalogue, "the client's message catalogue")
    const codes = [...catalogue.matchAll(/[{,]"?([a-zA-Z-]+)"?:n\(/g)].map((m) => m[1])
    // `pt` and `zh` are the catalogue's aliases of pt-BR and zh-CN (same module).
    const alias = (code: string, of: string) => new RegExp(`[{,]"?${code}"?:n\\((\\d+)\\).*"${of}":n\\(\\1\\)`).test(catalogue)
    assert.ok(alias('pt', 'pt-BR') && alias('zh', 'zh-CN'))
    assert.deepEqual(Object.keys(CLIENT_LANGUAGES).sort(), codes.filter((c) => c !== 'pt' && c !== 'zh').sort())
    for (const code of Object.keys(CLIENT_LANGUAGES)) {
      assert.ok(embedJs.includes(`case"${code.split('-')[0]}":`), `plural rule for ${code}`)
    }
  })

  it('the server sends the settings the snippets leave out, and the client takes them over its attributes', async () => {
    const { config } = (await (await fetch(`${server.base}/config`)).json()) as { config: Record<string, unknown> }
    assert.deepEqual(config, {
      'reply-to-self': false,
      'require-email': false,
      'require-author': true,
      'reply-notifications': false,
      gravatar: true,
      avatar: false,
      feed: false,
    })
    assert.match(embedJs, /overridden by server value/)
  })

  it('a new thread needs the page or a title: the titled thread works where the page cannot be fetched', async () => {
    const untitled = await comment('/unreachable/', '203.0.113.1', { text: 'First!' })
    assert.equal(untitled.status, 400)
    assert.match(await untitled.text(), /is not accessible and no title was provided/)
    const titled = await comment('/unreachable/', '203.0.113.1', { text: 'First!', title: 'A post' })
    assert.equal(titled.status, 201, await titled.text())
  })

  it("edit rights travel in a cookie that over https is SameSite=None, a third-party cookie on another site", async () => {
    const viaProxy = await fetch(`${server.base}/new?uri=%2Fcookie%2F`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: WEBSITE, 'X-Forwarded-For': '198.18.0.1', 'X-Forwarded-Proto': 'https' },
      body: JSON.stringify({ author: 'Reader', text: 'Edit me later', title: 'c' }),
    })
    assert.equal(viaProxy.status, 201)
    const cookie = viaProxy.headers.get('set-cookie') ?? ''
    assert.match(cookie, /; Secure/)
    assert.match(cookie, /SameSite=None/)
  })

  it('rate limits count a /24 network as one visitor', async () => {
    assert.equal((await comment('/net/', '198.51.100.1', { text: 'one', title: 't' })).status, 201)
    const neighbour = await comment('/net/', '198.51.100.77', { text: 'two' })
    assert.equal(neighbour.status, 403)
    assert.match(await neighbour.text(), /198\.51\.100\.0: ratelimit exceeded/)
    assert.equal((await comment('/net/', '198.51.101.1', { text: 'three' })).status, 201)
  })

  it('with Gravatar on, the public API shows an unsalted MD5 of each e-mail', async () => {
    const email = 'reader@example.org'
    const posted = await comment('/gravatar/', '192.0.2.1', { text: 'Hello there', email, title: 'g' })
    assert.equal(posted.status, 201, await posted.text())
    const { replies } = (await (await fetch(`${server.base}/?uri=%2Fgravatar%2F`)).json()) as {
      replies: { gravatar_image: string; hash: string }[]
    }
    const md5 = createHash('md5').update(email).digest('hex')
    assert.equal(replies[0].gravatar_image, `https://www.gravatar.com/avatar/${md5}?d=identicon&s=55`)
    assert.notEqual(replies[0].hash, md5.slice(0, 12), 'the salted hash is a different one')
  })

  it('latest-enabled opens GET /latest for your own script; the client has no widget for it', async () => {
    const res = await fetch(`${server.base}/latest?limit=2`)
    assert.equal(res.status, 200)
    const latest = (await res.json()) as { uri: string; text: string }[]
    assert.equal(latest.length, 2)
    assert.ok(latest.every((c) => typeof c.uri === 'string' && typeof c.text === 'string'))
    assert.equal((await fetch(`${server.base}/latest`)).status, 400, 'limit is required')
    for (const js of [embedJs, countJs]) assert.doesNotMatch(js, /latest/)
  })

  it('the admin panel answers on the comments address, and its thread links are bare paths', async () => {
    const page = await fetch(`${server.base}/admin/`)
    assert.equal(page.status, 200)
    assert.match(await page.text(), /name="password"/)
    const login = await fetch(`${server.base}/login/`, {
      method: 'POST',
      body: new URLSearchParams({ password: PASSWORD }),
      redirect: 'manual',
    })
    assert.equal(login.status, 302)
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
    const admin = await (await fetch(`${server.base}/admin/?mode=1`, { headers: { Cookie: cookie } })).text()
    // Relative to wherever the panel is open (the comments address), not the blog: #566.
    assert.match(admin, /<a href="\/unreachable\/">\/unreachable\/<\/a>/)
  })

  it("the stylesheet's colours are CSS variables, and css=false keeps it out", async () => {
    const css = await (await fetch(`${server.base}/css/isso.css`)).text()
    assert.match(css, /^:root \{\n {4}--isso-primary-text-color: #555;/)
    assert.match(css, /color: var\(--isso-primary-text-color\)/)
    // The client adds /css/isso.css from the API root unless data-isso-css is false.
    assert.match(embedJs, /if\(m\.css&&null===p\("#isso-style"\)\)/)
    assert.match(embedJs, /\+"\/css\/isso\.css"/)
  })
})
