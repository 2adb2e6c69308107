// The two interfaces over one binding: ids other code reads (embed code uses `comments`),
// types (api vs ui) and paths.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { setInterfaces } from '../../startos/interfaces'
import { fakeEffects } from '../helpers/effects'
import { tempVolume } from '../helpers/volume'

describe('interfaces', () => {
  // A fresh install: no store.json, no extra site.
  const fresh = tempVolume('isso-interfaces-fresh-')
  it('binds 8080 once as http and exports comments (api, /) and admin (ui, /admin/)', async () => {
    const { effects, interfaceCalls: calls } = fakeEffects()
    await setInterfaces(fresh.volume)(effects)
    const binds = calls.filter((c) => c.name === 'bind')
    assert.equal(binds.length, 1)
    assert.equal((binds[0].args as { internalPort: number }).internalPort, 8080)
    const exported = calls
      .filter((c) => c.name === 'exportServiceInterface')
      .map((c) => c.args as { id: string; type: string; addressInfo: { suffix: string } })
    assert.deepEqual(
      exported.map((i) => [i.id, i.type]),
      [
        ['comments', 'api'],
        ['admin', 'ui'],
      ],
    )
    assert.deepEqual(
      exported.map((i) => i.addressInfo.suffix),
      ['/', '/admin/'],
    )
  })

  describe('with extra sites', () => {
    const volume = tempVolume('isso-interfaces-')
    it("adds each site's admin panel (ui, /<name>/admin/) and nothing else", async () => {
      await mkdir(dirname(volume.store), { recursive: true })
      await writeFile(volume.store, JSON.stringify({ firstSite: { smtp: { selection: 'disabled', value: {} } }, extraSites: [{ name: 'blog' }, { name: 'news' }] }))
      const { effects, interfaceCalls: calls } = fakeEffects()
      await setInterfaces(volume.volume)(effects)
      const exported = calls
        .filter((c) => c.name === 'exportServiceInterface')
        .map((c) => c.args as { id: string; type: string; name: string; addressInfo: { suffix: string } })
      assert.deepEqual(
        exported.map((i) => [i.id, i.type, i.addressInfo.suffix]),
        [
          ['comments', 'api', '/'],
          ['admin', 'ui', '/admin/'],
          ['admin-blog', 'ui', '/blog/admin/'],
          ['admin-news', 'ui', '/news/admin/'],
        ],
      )
      assert.match(exported[2].name, /blog/)
      assert.equal(calls.filter((c) => c.name === 'bind').length, 1)
    })
  })
})
