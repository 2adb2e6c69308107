// Add Site gives the new site the first site's e-mail selection (its config is a copy of
// the first site's, [smtp] included); Remove Site drops it, so a store.json back to one
// site is byte for byte what it was.
import assert from 'node:assert/strict'
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { addSite } from '../../startos/actions/addSite'
import { removeSite } from '../../startos/actions/removeSite'
import { fakeEffects } from '../helpers/effects'
import { tempVolume } from '../helpers/volume'

const runtimeFixture = (name: string) => readFile(join(__dirname, '../fixtures/runtime', name), 'utf8')

describe('sitesSmtp follows Add Site and Remove Site', () => {
  const { dir, cfg, store } = tempVolume('isso-sites-smtp-')

  const add = async (name: string) => {
    const { effects } = fakeEffects()
    await addSite.getInput({ effects, prefill: null })
    await addSite.run({ effects, input: { name, websites: [`https://${name}.example.org`] } })
  }
  const remove = async (site: string) => {
    const { effects } = fakeEffects()
    await removeSite.getInput({ effects, prefill: null })
    await removeSite.run({ effects, input: { site, deleteComments: false } })
  }
  const readStore = async () => JSON.parse(await readFile(store, 'utf8'))

  it("a new site starts from the first site's selection; removing the sites restores store.json exactly", async () => {
    await writeFile(cfg, await runtimeFixture('community-0.14.0-4.cfg'))
    await mkdir(join(dir, 'start9'), { recursive: true })
    const firstSmtp = JSON.parse(await runtimeFixture('community-store.json')).smtp
    // As the package writes it (editStore: JSON.stringify with 2 spaces).
    const oneSite = JSON.stringify({ smtp: firstSmtp }, null, 2)
    await writeFile(store, oneSite)

    await add('blog')
    assert.deepEqual(await readStore(), { smtp: firstSmtp, sites: ['blog'], sitesSmtp: { blog: firstSmtp } })
    // The copied config carries the same [smtp] the selection describes.
    assert.match(await readFile(join(dir, 'config/blog.cfg'), 'utf8'), /^host = smtp\.example\.com$/m)

    await add('shop')
    assert.deepEqual((await readStore()).sitesSmtp, { blog: firstSmtp, shop: firstSmtp })

    await remove('blog')
    assert.deepEqual(await readStore(), { smtp: firstSmtp, sites: ['shop'], sitesSmtp: { shop: firstSmtp } })
    await remove('shop')
    assert.equal(await readFile(store, 'utf8'), oneSite)
  })
})
