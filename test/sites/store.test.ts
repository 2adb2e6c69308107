// store.json: one record per site, at the community package's location. Tolerant
// reading (a hand-edited or broken value falls back on its own), the edits that add,
// change and remove one site's record, and how they are written.
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, beforeEach, describe, it } from 'node:test'
import {
  editStore,
  existingSite,
  extraSiteNames,
  readStore,
  siteState,
  sitesFollowingSystemSmtp,
  storeShape,
  volumeAt,
  withNewSite,
  withoutSite,
  withSiteState,
} from '../../startos/sites'
import { SMTP_OFF, storeOf } from '../helpers/store'

const root = mkdtempSync(join(tmpdir(), 'isso-store-'))
const storePath = join(root, 'start9', 'store.json')
const volume = volumeAt(root)

after(() => rm(root, { recursive: true, force: true }))
beforeEach(async () => {
  await rm(join(root, 'start9'), { recursive: true, force: true })
  await mkdir(join(root, 'start9'), { recursive: true })
})

const custom = {
  selection: 'custom',
  value: {
    provider: {
      selection: 'other',
      value: {
        host: 'mail.example.com',
        from: 'Isso <isso@example.com>',
        username: 'isso',
        password: 'pw',
        security: { selection: 'tls', value: { port: '465' } },
      },
    },
  },
}
const sys = { selection: 'system' as const, value: { customFrom: null } }

describe('store.json on the volume', () => {
  it('reads a missing store as null (the .catch defaults apply only to a present file)', async () => {
    assert.equal(volume.store.path, storePath)
    assert.equal(await readStore(volume), null)
    assert.deepEqual(await extraSiteNames(volume), [])
  })

  it('keeps a system selection with its From address, and unknown keys at every level', async () => {
    const stored = { firstSite: { smtp: { selection: 'system', value: { customFrom: 'a@b.c' } }, later: 2 }, extraSites: [], extra: 1 }
    await writeFile(storePath, JSON.stringify(stored))
    assert.deepEqual(await readStore(volume), stored)
  })

  it('silently reads an unrecognised selection as disabled, and a merge saves that', async () => {
    await writeFile(storePath, JSON.stringify({ firstSite: { smtp: { selection: 'carrier-pigeon', value: {} } } }))
    assert.deepEqual((await readStore(volume))?.firstSite.smtp, SMTP_OFF)
    await volume.store.merge({} as never, {})
    assert.deepEqual(JSON.parse(await readFile(storePath, 'utf8')), storeOf())
  })
})

describe('editStore', () => {
  it('starts from the defaults when missing and writes FileHelper.json formatting', async () => {
    const { changed, store } = await editStore(volume, (s) => withSiteState(s, null, (site) => ({ ...site, smtp: sys })))
    assert.equal(changed, true)
    assert.deepEqual(store, storeOf({ first: { smtp: sys } }))
    assert.equal(await readFile(storePath, 'utf8'), JSON.stringify(store, null, 2))
  })

  it('does not write when nothing changed', async () => {
    await writeFile(storePath, JSON.stringify(storeOf({ first: { smtp: custom } }), null, 2))
    const before = await readFile(storePath, 'utf8')
    const { changed } = await editStore(volume, (s) => s)
    assert.equal(changed, false)
    assert.equal(await readFile(storePath, 'utf8'), before)
  })

  it('unparsable JSON throws and is left alone', async () => {
    await writeFile(storePath, '{ "firstSite": ')
    await assert.rejects(editStore(volume, (s) => s))
    assert.equal(await readFile(storePath, 'utf8'), '{ "firstSite": ')
  })
})

describe('whether a site exists', () => {
  it('the first site always; an added one while it is listed, else "does not exist any more"', async () => {
    await writeFile(storePath, JSON.stringify(storeOf({ extra: ['blog'] })))
    assert.equal((await existingSite(volume, null)).layout.name, null)
    assert.equal((await existingSite(volume, 'blog')).issoCfg.path, join(root, 'config/blog.cfg'))
    await assert.rejects(existingSite(volume, 'shop'), { message: 'Blog shop does not exist any more, so nothing was changed.' })
  })
})

describe('one record per site (pure)', () => {
  it('a hand-broken value falls back on its own; a broken record or name is left out, the rest kept', () => {
    const store = storeShape.parse({
      firstSite: { smtp: { selection: 'nonsense' }, notifications: 'waiting', seen: { id: 7, created: 1.5 } },
      extraSites: [
        { name: 'blog', smtp: sys, notifications: 'loud', seen: { id: -1, created: 2 } },
        'photos',
        { name: 'Bad Name', smtp: sys },
        { name: 'admin', smtp: sys },
        { name: 'blog', smtp: SMTP_OFF },
        { smtp: sys },
        { name: 'shop' },
      ],
    })
    assert.deepEqual(store, {
      firstSite: { smtp: SMTP_OFF, notifications: 'waiting', seen: { id: 7, created: 1.5 } },
      extraSites: [
        { name: 'blog', smtp: sys, notifications: undefined, seen: undefined },
        { name: 'shop', smtp: SMTP_OFF },
      ],
    })
    assert.deepEqual(storeShape.parse({ firstSite: 3, extraSites: { blog: {} } }), { firstSite: { smtp: SMTP_OFF }, extraSites: [] })
  })

  const base = storeShape.parse(storeOf({ extra: ['blog'] }))

  it("reads and edits one site's record, never one for a site not listed", () => {
    assert.deepEqual(withSiteState(base, null, (s) => ({ ...s, smtp: sys })), { ...base, firstSite: { smtp: sys } })
    const blog = withSiteState(base, 'blog', (s) => ({ ...s, smtp: sys, notifications: 'off' }))
    assert.deepEqual(blog.extraSites, [{ name: 'blog', smtp: sys, notifications: 'off' }])
    assert.deepEqual(siteState(blog, 'blog'), { name: 'blog', smtp: sys, notifications: 'off' })
    assert.deepEqual(withSiteState(base, 'gone', (s) => ({ ...s, smtp: sys })), base)
    assert.equal(siteState(base, 'gone'), null)
    assert.equal(siteState(null, null), null)
  })

  it("a new site starts from the first site's e-mail selection and nothing seen; removing it is one record gone", () => {
    const first = withSiteState(base, null, () => ({ smtp: sys, notifications: 'all', seen: { id: 3, created: 4 } }))
    const added = withNewSite(first, 'shop')
    assert.deepEqual(added.extraSites.map((s) => s.name), ['blog', 'shop'])
    assert.deepEqual(siteState(added, 'shop'), { name: 'shop', smtp: sys })
    assert.deepEqual(withoutSite(added, 'shop'), first)
    assert.deepEqual(withoutSite(withoutSite(added, 'shop'), 'blog').extraSites, [])
  })

  it('lists the listed sites that follow the server, the first site first', () => {
    const store = storeShape.parse(
      storeOf({
        first: { smtp: { selection: 'system', value: { customFrom: 'A <a@example.org>' } } },
        extra: { blog: { smtp: SMTP_OFF }, shop: { smtp: sys } },
      }),
    )
    assert.deepEqual(sitesFollowingSystemSmtp(store), [{ site: null, customFrom: 'A <a@example.org>' }, { site: 'shop', customFrom: null }])
    assert.deepEqual(sitesFollowingSystemSmtp(null), [])
  })
})
