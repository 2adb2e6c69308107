// Add Site and Remove Site through the SDK, on a temp volume: what each writes, and that
// every refusal leaves every file as it was.
import assert from 'node:assert/strict'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, it } from 'node:test'
import { addSiteAction } from '../../startos/actions/addSite'
import { removeSiteAction } from '../../startos/actions/removeSite'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { adminPasswordProblem } from '../../startos/isso/adminPassword'
import { ownValue, seedConfig } from '../../startos/isso/config'
import { parseConfig } from '../../startos/isso/configparser'
import { websites } from '../../startos/isso/websites'
import { fakeEffects } from '../helpers/effects'
import { readWithPython } from '../helpers/python'
import { tempVolume } from '../helpers/volume'
import { assertFitsTheScreen } from '../helpers/screenResult'

const volume = tempVolume('isso-sites-actions-')
const addSite = addSiteAction(volume.volume)
const removeSite = removeSiteAction(volume.volume)
const setWebsites = setWebsitesAction(volume.volume)
const at = (...parts: string[]) => join(volume.dir, ...parts)
const FIRST = seedConfig('first-site-salt').toString()
  .replace('[admin]\nenabled = true\n', '[admin]\nenabled = true\npassword = FirstSitePassword1234567890\n')
  .replace('[general]\n', '[general]\n; my note\n') + '\n[server]\npublic-endpoint = https://comments.example.com/\n'

async function run<I>(action: { getInput: (o: never) => Promise<unknown>; run: (o: never) => Promise<unknown> }, input: I) {
  const { effects } = fakeEffects()
  await action.getInput({ effects, prefill: null } as never)
  const result = await action.run({ effects, input } as never)
  assertFitsTheScreen(result)
  return result as unknown as { result: { value: string } | null; message: string }
}

/** Every file on the volume with its bytes, to prove a refusal wrote nothing. */
async function snapshot(dir = volume.dir): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'utf8')
    else if (entry.isDirectory()) out[join(entry.parentPath, entry.name) + '/'] = ''
  }
  return out
}

beforeEach(async () => {
  for (const sub of ['config', 'db', 'start9']) await rm(at(sub), { recursive: true, force: true })
  await mkdir(at('config'), { recursive: true })
  await mkdir(at('db'), { recursive: true })
  await writeFile(volume.cfg, FIRST)
})

describe('Add Site', () => {
  it("starts from the first site's file with its own websites, password, salt and database", async () => {
    const result = await run(addSite, { name: 'photos', websites: ['https://Photos.Example.net/'] })
    const text = await readFile(at('config/photos.cfg'), 'utf8')
    const doc = parseConfig(text)
    assert.deepEqual(websites(doc), ['https://photos.example.net'])
    assert.equal(ownValue(doc, 'admin', 'password'), result.result?.value)
    assert.match(result.result?.value ?? '', /^[A-Za-z0-9]{24}$/)
    assert.equal(adminPasswordProblem(doc), null)
    assert.notEqual(ownValue(doc, 'hash', 'salt'), 'first-site-salt')
    assert.equal(ownValue(doc, 'general', 'dbpath'), '/db/photos/comments.db')
    assert.equal(ownValue(doc, 'server', 'public-endpoint'), 'https://comments.example.com/photos')
    assert.match(text, /; my note/, "the owner's own lines come along")
    assert.deepEqual(JSON.parse(await readFile(volume.store, 'utf8')).extraSites, [{ name: 'photos', smtp: { selection: 'disabled', value: {} } }])
    assert.deepEqual(await readdir(at('db/photos')), [])
    assert.equal(await readFile(volume.cfg, 'utf8'), FIRST, 'the first site changed')
    const [py] = await readWithPython([text])
    assert.ok(py.ok)
    assert.equal(py.sections.general.dbpath, '/db/photos/comments.db')
  })

  for (const [name, pattern] of [
    ['Photos', /lower-case/],
    ['admin', /taken by Isso itself/],
    ['isso', /taken by Isso itself/],
    ['a--b', /lower-case/],
  ] as const) {
    it(`refuses the name ${JSON.stringify(name)} and writes nothing`, async () => {
      const before = await snapshot()
      await assert.rejects(run(addSite, { name, websites: ['https://x.example'] }), pattern)
      assert.deepEqual(await snapshot(), before)
    })
  }

  it('refuses a name taken by a site, a stray config file or a stray database folder', async () => {
    await run(addSite, { name: 'photos', websites: ['https://x.example'] })
    let before = await snapshot()
    await assert.rejects(run(addSite, { name: 'photos', websites: ['https://y.example'] }), /exists already/)
    assert.deepEqual(await snapshot(), before)

    await writeFile(at('config/news.cfg'), '[general]\n; left by hand\n')
    before = await snapshot()
    await assert.rejects(run(addSite, { name: 'news', websites: ['https://y.example'] }), /config\/news\.cfg already exists/)
    assert.deepEqual(await snapshot(), before)

    await mkdir(at('db/shop'))
    await writeFile(at('db/shop/comments.db'), 'not ours')
    before = await snapshot()
    await assert.rejects(run(addSite, { name: 'shop', websites: ['https://y.example'] }), /db\/shop\/ already holds files/)
    assert.deepEqual(await snapshot(), before)
  })

  it('refuses bad websites, and a malformed first site, writing nothing', async () => {
    let before = await snapshot()
    await assert.rejects(run(addSite, { name: 'photos', websites: ['http://not-https.example'] }), /https:\/\//)
    assert.deepEqual(await snapshot(), before)
    await writeFile(volume.cfg, FIRST + '\n[admin]\n')
    before = await snapshot()
    await assert.rejects(run(addSite, { name: 'photos', websites: ['https://x.example'] }), /could not be read/)
    assert.deepEqual(await snapshot(), before)
  })
})

describe('Remove Site', () => {
  it('keeps its comments and config in a dated folder, and forgets the site', async () => {
    await run(addSite, { name: 'photos', websites: ['https://x.example'] })
    await writeFile(at('db/photos/comments.db'), 'the comments')
    const cfg = await readFile(at('config/photos.cfg'), 'utf8')
    const result = await run(removeSite, { site: 'photos', deleteComments: false })
    const kept = (await readdir(at('db'))).filter((n) => n.startsWith('photos.removed-'))
    assert.equal(kept.length, 1)
    assert.match(kept[0], /^photos\.removed-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/)
    assert.equal(await readFile(at('db', kept[0], 'comments.db'), 'utf8'), 'the comments')
    assert.equal(await readFile(at('db', kept[0], 'photos.cfg'), 'utf8'), cfg)
    assert.equal(result.result?.value, `db/${kept[0]}/`)
    assert.deepEqual(await readdir(at('config')), ['isso.cfg'])
    assert.deepEqual(JSON.parse(await readFile(volume.store, 'utf8')).extraSites, [])
  })

  it("forgets the site's notification state, and keeps the first site's", async () => {
    await run(addSite, { name: 'photos', websites: ['https://x.example'] })
    const store = JSON.parse(await readFile(volume.store, 'utf8'))
    const first = { ...store.firstSite, notifications: 'all', seen: { id: 3, created: 1 } }
    store.firstSite = first
    store.extraSites[0] = { ...store.extraSites[0], notifications: 'off', seen: { id: 9, created: 2 } }
    await writeFile(volume.store, JSON.stringify(store))
    await run(removeSite, { site: 'photos', deleteComments: true })
    assert.deepEqual(JSON.parse(await readFile(volume.store, 'utf8')), { firstSite: first, extraSites: [] })
  })

  it('deletes them only when asked', async () => {
    await run(addSite, { name: 'photos', websites: ['https://x.example'] })
    await run(removeSite, { site: 'photos', deleteComments: true })
    assert.deepEqual(await readdir(at('db')), [])
    assert.deepEqual(await readdir(at('config')), ['isso.cfg'])
  })

  it('refuses a site that does not exist, and never touches the first site', async () => {
    await run(addSite, { name: 'photos', websites: ['https://x.example'] })
    const before = await snapshot()
    // Not offered by the form: the SDK's validator refuses it before run.
    await assert.rejects(run(removeSite, { site: 'isso', deleteComments: true }))
    await assert.rejects(run(removeSite, { site: '', deleteComments: true }))
    assert.deepEqual(await snapshot(), before)
    // Offered when the form opened, removed by someone else before it was sent: run refuses.
    const { effects } = fakeEffects()
    await removeSite.getInput({ effects, prefill: null })
    await run(removeSite, { site: 'photos', deleteComments: false })
    const afterFirst = await snapshot()
    await assert.rejects(removeSite.run({ effects, input: { site: 'photos', deleteComments: true } }), /does not exist any more/)
    assert.deepEqual(await snapshot(), afterFirst)
  })
})

describe('Websites with two sites', () => {
  it("shows each site's own list and saves only the chosen site's file", async () => {
    await run(addSite, { name: 'photos', websites: ['https://photos.example.net'] })
    const { effects } = fakeEffects()
    const form = (await setWebsites.getInput({ effects, prefill: null })) as unknown as {
      spec: { site: { type: string; default: string; variants: Record<string, { spec: { websites: { default: string[] } } }> } }
      value: unknown
    }
    assert.equal(form.spec.site.type, 'union')
    assert.equal(form.spec.site.default, '_first')
    assert.deepEqual(form.spec.site.variants.photos.spec.websites.default, ['https://photos.example.net'])
    assert.deepEqual(form.spec.site.variants._first.spec.websites.default, [])
    const first = await readFile(volume.cfg, 'utf8')
    await setWebsites.run({ effects, input: { site: { selection: 'photos', value: { websites: ['https://pics.example.net'] } } } as never })
    assert.deepEqual(websites(parseConfig(await readFile(at('config/photos.cfg'), 'utf8'))), ['https://pics.example.net'])
    assert.equal(await readFile(volume.cfg, 'utf8'), first)
  })
})
