import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { promisify } from 'node:util'
import type { T } from '@start9labs/start-sdk'
import { actionsAsShown, type ShownGroup } from '../helpers/actionsScreen'

const execFileAsync = promisify(execFile)

// The ids the community package shares with this one (its actions/index.ts): StartOS
// keys tasks and the owner's habits by them, so they never change.
const COMMUNITY_IDS = ['set-websites', 'configure-server', 'configure-smtp', 'set-admin-password', 'embed-code']
// What an owner does first: allow the website, paste the code, check a page.
const FIRST_STEPS = ['set-websites', 'embed-code', 'check-website']
const LANGS = ['en_US', 'de_DE', 'es_ES', 'fr_FR', 'pl_PL']

type Metadata = Record<string, T.ActionMetadata>

// The package picks its language from LANG when its modules load (setupI18n), so each
// language's metadata comes from its own process, exported exactly as init exports it.
// One extra site exists, so that Remove Site (hidden with one site) is listed too.
async function exportedMetadata(lang: string, volume: string): Promise<Metadata> {
  const { stdout } = await execFileAsync(
    process.execPath,
    [...process.execArgv, '-e', `
      const { volumeAt } = require('./startos/sites')
      const actions = require('./startos/actions').actionsOn(volumeAt(${JSON.stringify(volume)}, { quietMs: 0, maxWaitMs: 1000 }))
      const { fakeEffects } = require('./test/helpers/effects')
      ;(async () => {
        const out = {}
        for (const [id, action] of Object.entries(actions.actions)) {
          out[id] = await action.exportMetadata({ effects: fakeEffects().effects })
        }
        process.stdout.write(JSON.stringify(out))
      })().catch((e) => { console.error(e); process.exit(1) })`],
    { cwd: join(import.meta.dirname, '..', '..'), env: { ...process.env, LANG: `${lang}.UTF-8` }, encoding: 'utf8' },
  )
  return JSON.parse(stdout) as Metadata
}

describe('the actions as the StartOS UI lists them', () => {
  const metadata = new Map<string, Metadata>()
  const shown = new Map<string, ShownGroup[]>()
  let volume = ''
  before(async () => {
    volume = await mkdtemp(join(tmpdir(), 'isso-screen-order-'))
    await mkdir(join(volume, 'start9'), { recursive: true })
    await writeFile(join(volume, 'start9/store.json'), JSON.stringify({ extraSites: [{ name: 'blog' }] }))
    await Promise.all(
      LANGS.map(async (lang) => {
        const m = await exportedMetadata(lang, volume)
        metadata.set(lang, m)
        shown.set(lang, actionsAsShown(m))
      }),
    )
  })
  after(() => rm(volume, { recursive: true, force: true }))

  const each = (test: (lang: string, groups: ShownGroup[], m: Metadata) => void) => () => {
    assert.equal(shown.size, LANGS.length)
    for (const lang of LANGS) test(lang, shown.get(lang)!, metadata.get(lang)!)
  }

  it('keeps the ids shared with the community package', each((lang, groups, m) => {
    for (const id of COMMUNITY_IDS) assert.ok(id in m, `${lang}: ${id} is missing`)
  }))

  it('lists every action, each in a group of its own kind (no "Other")', each((lang, groups, m) => {
    assert.deepEqual(groups.flatMap((g) => g.ids).sort(), Object.keys(m).sort(), lang)
    for (const [id, action] of Object.entries(m)) assert.ok(action.group, `${lang}: ${id} has no group`)
  }))

  it('shows the first steps together, in the first group', each((lang, groups) => {
    for (const id of FIRST_STEPS) assert.ok(groups[0].ids.includes(id), `${lang}: ${id} is not in "${groups[0].name}" (${JSON.stringify(groups)})`)
  }))

  it('shows the comments (import, export, moderation) right after', each((lang, groups) => {
    const comments = groups.findIndex((g) => g.ids.includes('import-comments'))
    assert.equal(comments, 1, `${lang}: ${JSON.stringify(groups)}`)
    assert.ok(groups[1].ids.includes('export-comments'), lang)
    // The action that reviews waiting comments belongs near the top, whatever its id.
    for (const id of groups.flatMap((g) => g.ids).filter((id) => /review|moderat|waiting|pending/.test(id))) {
      assert.ok(groups.findIndex((g) => g.ids.includes(id)) <= 1, `${lang}: ${id} is below the comments`)
    }
  }))

  it('gives every action and group its own name', each((lang, groups, m) => {
    const names = [...Object.values(m).map((a) => a.name), ...groups.map((g) => g.name)]
    assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length, `${lang}: ${names.join(' | ')}`)
  }))

  // "Websites" names the addresses allowed to show comments: an added blog and a checked
  // page are other things, and their names must not borrow its word.
  it('keeps the word for a website to the Websites action', each((lang, groups, m) => {
    const words = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4)
    const website = words(m['set-websites'].name).flatMap((w) => [w, w.replace(/s$/, '')])
    const others = ['add-site', 'remove-site', 'check-website'].map((id) => m[id].name)
    others.push(m['add-site'].group!)
    for (const other of others) {
      for (const w of words(other)) assert.ok(!website.some((x) => w.startsWith(x)), `${lang}: "${other}" uses the word of "${m['set-websites'].name}"`)
    }
  }))
})
