// Local previews against a real Isso 0.14.0: the Websites list written by applyWebsites
// (with its hidden placeholder), then Isso's CORS answer to a preflight and to a read, as
// a browser on the owner's computer would send them. The browser itself is in
// test/browser/; this is the fast check that runs with `npm test`.
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { HOST_PLACEHOLDER } from '../../startos/isso/config'
import { parseConfig } from '../../startos/isso/configparser'
import { applyWebsites } from '../../startos/isso/websites'
import { skipWithoutIsso } from '../helpers/isso'
import { startIsso, type RunningIsso } from '../helpers/issoServer'

// Port 9 (discard) refuses at once on loopback, so Isso's start-up HEAD / to each
// website does not wait.
const PREVIEW = 'http://localhost:9'
const BLOG = 'https://127.0.0.2:9'

describe('a local preview origin, listed by the Websites action, in real Isso', { skip: skipWithoutIsso() }, () => {
  let dir: string
  let isso: RunningIsso

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isso-preview-'))
    const doc = parseConfig(`[general]\ndbpath = ${join(dir, 'comments.db')}\n[admin]\nenabled = true\npassword = preview-Pa55word\n`)
    // What the owner types: a trailing slash and upper case, as copied from a terminal.
    assert.deepEqual(applyWebsites(doc, [BLOG, 'HTTP://LocalHost:9/']), [BLOG, PREVIEW])
    assert.deepEqual(doc.getList('general', 'host'), [BLOG, PREVIEW, HOST_PLACEHOLDER])
    isso = await startIsso(doc.toString(), dir)
  })
  after(async () => {
    await isso?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  // The client sends JSON, so every API call is preflighted.
  const preflight = (origin: string) =>
    fetch(`${isso.base}/new?uri=%2Fpost%2F`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    })
  const read = (origin: string) => fetch(`${isso.base}/config`, { headers: { Origin: origin } })

  it('the listed preview gets its own origin back, with credentials, on preflight and read', async () => {
    for (const res of [await preflight(PREVIEW), await read(PREVIEW)]) {
      assert.equal(res.headers.get('access-control-allow-origin'), PREVIEW)
      assert.equal(res.headers.get('access-control-allow-credentials'), 'true')
    }
  })

  it('an unlisted preview (another port, or 127.0.0.1 for a listed localhost) gets the first website instead', async () => {
    for (const origin of ['http://localhost:4000', 'http://127.0.0.1:9']) {
      for (const res of [await preflight(origin), await read(origin)]) {
        assert.equal(res.headers.get('access-control-allow-origin'), BLOG, origin)
      }
    }
  })
})
