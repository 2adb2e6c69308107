// assets/isso_sites.py, the WSGI entry for several sites, run by upstream's gunicorn and
// Isso 0.14.0 (`--pythonpath` to the assets, as main runs it; test/helpers/issoServer.ts),
// on a free loopback port. What it must prove: each site has its own
// threads, admin password and static files, and the first site stays at /.
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { skipWithoutIsso } from '../helpers/isso'
import { startIsso, type RunningIsso } from '../helpers/issoServer'

// Hosts that refuse at once, so Isso's start-up reachability check (HEAD /, 5 s
// timeout per host) does not wait.
const siteCfg = (db: string, password: string, origin: string) =>
  `[general]\ndbpath = ${db}\nhost =\n    ${origin}\n[admin]\nenabled = true\npassword = ${password}\n` +
  `[moderation]\nenabled = false\n[guard]\nenabled = false\n`

describe('several sites on one port (assets/isso_sites.py, real Isso)', { skip: skipWithoutIsso() }, () => {
  let dir: string
  let server: RunningIsso
  const A = { origin: 'http://127.0.0.1:9', password: 'first-site-Pa55word' }
  const B = { origin: 'http://127.0.0.2:9', password: 'second-site-Pa55word' }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isso-sites-'))
    server = await startIsso(siteCfg(join(dir, 'first.db'), A.password, A.origin), dir, {
      'blog-b': siteCfg(join(dir, 'blog-b.db'), B.password, B.origin),
    })
  })
  after(async () => {
    await server?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  const post = (path: string, origin: string, body: unknown) =>
    fetch(server.base + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify(body),
    })
  const comments = async (prefix: string, uri: string) => {
    const res = await fetch(`${server.base}${prefix}/?uri=${encodeURIComponent(uri)}`)
    if (res.status === 404) return [] // Isso: no such thread
    assert.equal(res.status, 200)
    return ((await res.json()) as { replies: { text: string }[] }).replies.map((c) => c.text)
  }
  const login = (prefix: string, password: string) =>
    fetch(`${server.base}${prefix}/login/`, { method: 'POST', body: new URLSearchParams({ password }), redirect: 'manual' })

  it('each site answers /info and serves the embed script', async () => {
    for (const prefix of ['', '/blog-b']) {
      assert.equal((await fetch(`${server.base}${prefix}/info`)).status, 200, `${prefix}/info`)
      const js = await fetch(`${server.base}${prefix}/js/embed.min.js`)
      assert.equal(js.status, 200, `${prefix}/js/embed.min.js`)
      assert.ok((await js.text()).length > 10_000)
    }
  })

  it("a comment on the first site's /about/ does not appear on the other site's /about/", async () => {
    const res = await post('/new?uri=%2Fabout%2F', A.origin, { text: 'Only on the first site', title: 'About' })
    assert.equal(res.status, 201, await res.text())
    assert.deepEqual(await comments('', '/about/'), ['<p>Only on the first site</p>'])
    assert.deepEqual(await comments('/blog-b', '/about/'), [])
    const other = await post('/blog-b/new?uri=%2Fabout%2F', B.origin, { text: 'Only on site B', title: 'About B' })
    assert.equal(other.status, 201)
    assert.deepEqual(await comments('/blog-b', '/about/'), ['<p>Only on site B</p>'])
    assert.deepEqual(await comments('', '/about/'), ['<p>Only on the first site</p>'])
  })

  it("each site's CORS answers only its own websites", async () => {
    const allowed = async (prefix: string, origin: string) =>
      (await fetch(`${server.base}${prefix}/config`, { headers: { Origin: origin } })).headers.get('access-control-allow-origin')
    assert.equal(await allowed('', A.origin), A.origin)
    assert.equal(await allowed('/blog-b', B.origin), B.origin)
    assert.notEqual(await allowed('/blog-b', A.origin), A.origin)
  })

  it('each admin panel accepts only its own password, and sends the owner to its own panel', async () => {
    const first = await login('', A.password)
    assert.equal(first.status, 302)
    assert.match(first.headers.get('location') ?? '', /^(https?:\/\/[^/]+)?\/admin\/$/)
    const second = await login('/blog-b', B.password)
    assert.equal(second.status, 302)
    assert.match(second.headers.get('location') ?? '', /^(https?:\/\/[^/]+)?\/blog-b\/admin\/$/)
    assert.equal((await login('', B.password)).status, 200, "the other site's password opened the first panel")
    assert.equal((await login('/blog-b', A.password)).status, 200, "the first site's password opened site B's panel")
  })

  it('a path that only starts like a site name stays with the first site', async () => {
    assert.equal((await fetch(`${server.base}/blog-bx/info`)).status, 404)
  })
})
