import assert from 'node:assert/strict'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { checkSites, DATABASE_PROBE_PATH } from '../../startos/health/checkSites'
import { siteLayout } from '../../startos/isso/sites/layout'

// A stand-in for Isso on one port: /info always answers; the database read of the site
// named in `stuck` never answers (a worker hung at its database), of `broken` answers 500.
let server: http.Server
let base: string
const stuck = new Set<string>()
const broken = new Set<string>()
before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const prefix = url.pathname.replace(/\/(info)?$/, '')
    if (url.pathname.endsWith('/info')) return res.end('{}')
    assert.equal(`/${url.search}`, DATABASE_PROBE_PATH)
    if (stuck.has(prefix)) return // leave it hanging
    res.statusCode = broken.has(prefix) ? 500 : 200
    res.end('{"replies": []}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => {
  server.closeAllConnections()
  server.close()
})

describe('health check: each site answers /info and reads its database', () => {
  const sites = [siteLayout(null), siteLayout('photos')]

  it('success when every site answers both', async () => {
    stuck.clear()
    broken.clear()
    assert.equal((await checkSites(base, sites, 1000)).result, 'success')
  })

  it('a database read that does not answer within the bound fails the check, naming the site, within that bound', async () => {
    stuck.add('/photos')
    const started = Date.now()
    const r = await checkSites(base, sites, 300)
    assert.ok(Date.now() - started < 1000, 'the check outlived its bound')
    assert.equal(r.result, 'failure')
    assert.equal(r.message, 'Blog photos: Reading the comments database failed: Isso did not answer within 0.3 seconds')
    stuck.clear()
  })

  it('a failed database read of the only site says so without a site name', async () => {
    broken.add('')
    const r = await checkSites(base, [siteLayout(null)], 1000)
    assert.equal(r.result, 'failure')
    assert.match(r.message, /^Reading the comments database failed: Isso answered with HTTP 500/)
    broken.clear()
  })
})
