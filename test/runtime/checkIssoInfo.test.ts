import assert from 'node:assert/strict'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { checkIssoInfo } from '../../startos/health/checkIssoInfo'

// A tiny stand-in for Isso: /info answers with the status in the path's query, /slow never answers.
let server: http.Server
let base: string
before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/slow') return // leave the request hanging
    res.statusCode = Number(url.searchParams.get('status') ?? 200)
    res.end('{"version": "0.14.0"}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => {
  server.closeAllConnections()
  server.close()
})

describe('health check: GET /info must answer 200', () => {
  it('200 is healthy', async () => {
    const r = await checkIssoInfo(`${base}/info?status=200`, 2000)
    assert.equal(r.result, 'success')
  })

  it('500 is a failure that names the status', async () => {
    const r = await checkIssoInfo(`${base}/info?status=500`, 2000)
    assert.equal(r.result, 'failure')
    assert.match(r.message, /500/)
  })

  it('a redirect is not healthy either (checkWebUrl would accept it)', async () => {
    const r = await checkIssoInfo(`${base}/info?status=302`, 2000)
    assert.equal(r.result, 'failure')
  })

  it('a refused connection means Isso is still starting', async () => {
    // Bind and close a port so nothing listens on it.
    const probe = http.createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const port = (probe.address() as AddressInfo).port
    await new Promise<void>((resolve) => probe.close(() => resolve()))
    const r = await checkIssoInfo(`http://127.0.0.1:${port}/info`, 2000)
    assert.equal(r.result, 'starting')
  })

  it('no answer within the timeout is a failure, and the probe returns on time', async () => {
    const started = Date.now()
    const r = await checkIssoInfo(`${base}/slow`, 200)
    assert.equal(r.result, 'failure')
    assert.match(r.message, /0\.2/)
    assert.ok(Date.now() - started < 1500, 'the probe waited far longer than its timeout')
  })
})
