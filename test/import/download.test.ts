import assert from 'node:assert/strict'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { gzipSync } from 'node:zlib'
import { fetchFollowing, readCapped } from '../../startos/isso/cappedFetch'
import { downloadExport } from '../../startos/isso/import/download'
import { Failure } from '../../startos/isso/failure'

// The downloader is exercised over plain http on loopback; the https-only rule has its
// own tests in source.test.ts, and every redirect hop is checked with the same list.
const HTTP = ['http:'] as const
const XML = '<?xml version="1.0"?><disqus xmlns="http://disqus.com"></disqus>'

const routes: Record<string, (res: ServerResponse) => void> = {
  '/plain': (res) => res.end(XML),
  '/file.xml.gz': (res) => res.end(gzipSync(XML)),
  '/encoded': (res) => {
    res.setHeader('content-encoding', 'gzip')
    res.end(gzipSync(XML))
  },
  // 2 KiB, streamed without Content-Length so only the byte counter can stop it.
  '/big-chunked': (res) => {
    res.write('x'.repeat(1024))
    res.end('x'.repeat(1024))
  },
  '/big-declared': (res) => {
    res.setHeader('content-length', '5000')
    res.end('y'.repeat(5000))
  },
  // 50 MB of zeros compresses to ~50 KB: a small bomb.
  '/bomb.gz': (res) => res.end(bomb),
  '/encoded-bomb': (res) => {
    res.setHeader('content-encoding', 'gzip')
    res.end(bomb)
  },
  '/broken.gz': (res) => res.end(Buffer.from([0x1f, 0x8b, 1, 2, 3, 4])),
  '/missing': (res) => {
    res.statusCode = 404
    res.end('not here')
  },
  '/hang': () => {},
  '/redirect': (res) => {
    res.statusCode = 302
    res.setHeader('location', '/plain')
    res.end()
  },
  '/loop': (res) => {
    res.statusCode = 301
    res.setHeader('location', '/loop')
    res.end()
  },
  // Port 1 on loopback: nothing listens, the connection is refused.
  '/redirect-closed': (res) => {
    res.statusCode = 307
    res.setHeader('location', 'http://127.0.0.1:1/export.xml')
    res.end()
  },
  '/redirect-ftp': (res) => {
    res.statusCode = 302
    res.setHeader('location', 'ftp://example.com/export.xml')
    res.end()
  },
}
const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024))

let server: Server
let base: string
before(async () => {
  server = createServer((req, res) => (routes[req.url ?? ''] ?? routes['/missing'])(res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => {
  server.closeAllConnections()
  server.close()
})

const get = (path: string, maxBytes = 1024 * 1024, timeoutMs = 2000) =>
  downloadExport(new URL(base + path), { protocols: HTTP, maxBytes, timeoutMs })

async function failsWith(p: Promise<unknown>, problem: string, detail?: RegExp) {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof Failure, `expected Failure, got ${String(e)}`)
    assert.equal(e.problem, problem)
    if (detail) assert.match(e.detail, detail)
    return true
  })
}

describe('downloadExport', () => {
  it('returns the body as is', async () => {
    assert.equal((await get('/plain')).toString(), XML)
  })
  it('inflates a .gz file recognised by its magic bytes', async () => {
    assert.equal((await get('/file.xml.gz')).toString(), XML)
  })
  it('undoes Content-Encoding: gzip', async () => {
    assert.equal((await get('/encoded')).toString(), XML)
  })
  it('follows a redirect', async () => {
    assert.equal((await get('/redirect')).toString(), XML)
  })
  it('checks the scheme of every redirect hop', async () => {
    await failsWith(get('/redirect-ftp'), 'url-not-https', /ftp:/)
  })
  it('stops a body without Content-Length at the limit', async () => {
    await failsWith(get('/big-chunked', 1500), 'too-large')
    assert.equal((await get('/big-chunked', 2048)).length, 2048)
  })
  it('refuses a declared Content-Length over the limit', async () => {
    await failsWith(get('/big-declared', 4999), 'too-large')
  })
  it('stops a gzip bomb at the limit, for files and for Content-Encoding', async () => {
    const heapBefore = process.memoryUsage().arrayBuffers
    await failsWith(get('/bomb.gz', 1024 * 1024), 'too-large')
    await failsWith(get('/encoded-bomb', 1024 * 1024), 'too-large')
    // Had the 50 MB been inflated, it would show here (bomb itself is ~50 KB).
    assert.ok(process.memoryUsage().arrayBuffers - heapBefore < 40 * 1024 * 1024)
  })
  it('reports a broken gzip file', async () => {
    await failsWith(get('/broken.gz'), 'gzip-broken')
  })
  it('reports the HTTP status of an error page', async () => {
    await failsWith(get('/missing'), 'url-http-status', /^404/)
  })
  it('gives up after the timeout', async () => {
    const started = Date.now()
    await failsWith(get('/hang', 1024, 300), 'url-timeout')
    assert.ok(Date.now() - started < 2000)
  })
  it('reports an unreachable host', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    closed.close()
    await failsWith(
      downloadExport(new URL(`http://127.0.0.1:${port}/x`), { protocols: HTTP, timeoutMs: 2000 }),
      'url-unreachable',
      /ECONNREFUSED/,
    )
  })
})

// The capped fetch both the import and the website check use, on its own.
describe('fetchFollowing and readCapped', () => {
  const follow = (path: string) =>
    fetchFollowing(base + path, { signal: AbortSignal.timeout(2000), maxRedirects: 5, allowed: (u) => u.protocol === 'http:' })

  it('stops after maxRedirects, naming the redirect one too many and every hop', async () => {
    const r = await follow('/loop')
    assert.equal(r.ok, false)
    assert.equal(!r.ok && r.problem, 'too-many-redirects')
    assert.equal(r.hops.length, 6)
    assert.ok(r.hops.every((h) => h.status === 301 && h.url === `${base}/loop`))
  })

  it('refuses a link `allowed` refuses, and keeps the hops before it', async () => {
    const r = await follow('/redirect-ftp')
    assert.deepEqual(r.ok ? null : [r.problem, r.url, r.hops], ['refused', 'ftp://example.com/export.xml', [{ url: `${base}/redirect-ftp`, status: 302 }]])
  })

  it('a network error after a redirect: the error, with the link that failed and the hops before it', async () => {
    const r = await follow('/redirect-closed')
    assert.ok(!r.ok && r.problem === 'error')
    assert.equal(r.url, 'http://127.0.0.1:1/export.xml')
    assert.deepEqual(r.hops, [{ url: `${base}/redirect-closed`, status: 307 }])
  })

  it('reads the body up to the cap and says when there was more', async () => {
    const r = await follow('/big-chunked')
    assert.ok(r.ok)
    const { bytes, truncated } = await readCapped(r.response, 1500)
    assert.deepEqual([bytes.length, truncated], [1500, true])
    const whole = await follow('/big-chunked')
    assert.ok(whole.ok)
    const all = await readCapped(whole.response, 2048)
    assert.deepEqual([all.bytes.length, all.truncated], [2048, false])
  })
})
