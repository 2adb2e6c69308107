// export-comments through the SDK, with the package's own container paths: a local
// runner maps /isso/bin to the venv and /db to the temp volume's db, so the action runs
// exactly the command the isso image would, against upstream Isso 0.14.0's Python.
import assert from 'node:assert/strict'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { exportCommentsAction } from '../../startos/actions/exportComments'
import { SHOW_MAX_BYTES } from '../../startos/isso/export/limits'
import { fakeEffects } from '../helpers/effects'
import { ISSO_VENV, skipWithoutIsso } from '../helpers/isso'
import { tempVolume } from '../helpers/volume'
import { localRunner } from '../helpers/runner'
import { manyComments, SPEC } from './fixtures'
import { buildIssoDb, inImageZone } from './issoDb'

const volume = tempVolume('isso-export-action-')
const dbDir = join(volume.dir, 'db')
const dbFile = join(dbDir, 'comments.db')

/** The image's paths, as this machine has them. */
const local = (arg: string) => arg.replace(/^\/isso\/bin\//, `${ISSO_VENV}/bin/`).replace(/^\/db\//, `${dbDir}/`)
const commands: string[][] = []
before(async () => {
  await mkdir(dbDir)
})
const inner = inImageZone(localRunner())
const exportComments = exportCommentsAction(volume.volume, (_effects, _purpose, fn) =>
  fn({
    ...inner,
    exec: (command, options, timeoutMs) => {
      commands.push(command)
      return inner.exec(command.map(local), options, timeoutMs)
    },
  }),
)

type Input = Parameters<typeof exportComments.run>[0]['input']
/** As StartOS runs it: the form is opened first (empty with one site), then submitted. */
async function runAction(input: Input = {} as Input) {
  const { effects } = fakeEffects()
  await exportComments.getInput({ effects, prefill: null })
  return exportComments.run({ effects, input })
}

describe('export-comments through the SDK', { skip: skipWithoutIsso() }, () => {
  it('is offered whether Isso runs or not', async () => {
    const { effects } = fakeEffects()
    const meta = await exportComments.exportMetadata({ effects })
    assert.equal(meta.allowedStatuses, 'any')
    // With one site, the description is the one it always was.
    assert.match(meta.description, /^Writes every thread and comment to a Disqus XML file in the db\/exports folder .* read Disqus XML too\.$/)
  })

  it('says clearly that there is nothing to export before Isso made its database', async () => {
    await assert.rejects(runAction(), {
      message: 'There is no database yet: Isso creates it when it starts for the first time. The database was not changed.',
    })
    assert.deepEqual(await readdir(dbDir), ['exports'])
  })

  it('writes the file it names, shows it for copying, and says what Disqus XML cannot carry', async () => {
    buildIssoDb(dbFile, SPEC)
    const result = await runAction()
    assert.deepEqual(commands.at(-1)?.filter((a) => !a.includes('\n')), ['/isso/bin/python', '-c', '/db/comments.db', commands.at(-1)?.at(-1)])
    assert.match(commands.at(-1)?.at(-1) ?? '', /^\/db\/exports\/comments-.*\.xml$/)
    assert.ok(result && result.version === '1' && result.message && result.result?.type === 'single')
    const [name] = await readdir(join(dbDir, 'exports'))
    assert.ok(result.message.includes(`db/exports/${name}`))
    assert.equal(result.result.value, await readFile(join(dbDir, 'exports', name), 'utf8'))
    assert.deepEqual([result.result.copyable, result.result.masked], [true, false])
    assert.match(result.message, /^Exported 5 threads and 10 comments \(4 replies, 3 pending, 1 deleted\)/)
    assert.match(result.message, /no place for websites, edit times, votes, reply notifications or pending comments/)
    assert.match(result.message, /so 1 threads would move: \/\?p=11 → \/\./)
    assert.match(result.message, /1 threads have no comments/)
    assert.match(result.message, /1 comments held control characters/)
  })

  it(`keeps an export over ${SHOW_MAX_BYTES / 1000} kB on the volume only`, async () => {
    await rm(dbFile)
    buildIssoDb(dbFile, [manyComments('/big/', 30, 4000)])
    const result = await runAction()
    assert.ok(result && result.version === '1' && result.message)
    assert.equal(result.result, null)
    assert.match(result.message, /^Exported 1 threads and 30 comments \(6 replies, 0 pending, 0 deleted\) to db\/exports\/comments-\S+\.xml \(1\d\d kB\)\./)
    assert.match(result.message, /larger than 100 kB, so it is not shown here/)
    assert.equal((await readdir(join(dbDir, 'exports'))).length, 2)
  })
})

describe('export-comments with several sites', { skip: skipWithoutIsso() }, () => {
  const blogDir = join(dbDir, 'blog')
  const forSite = (selection: string) => ({ site: { selection, value: {} } }) as unknown as Input
  // Replaced in one step, as the package writes it: the metadata watches store.json, and a
  // half-written file would be read as broken JSON.
  const writeStore = async (store: object) => {
    await writeFile(`${volume.store}.tmp`, JSON.stringify(store))
    await rename(`${volume.store}.tmp`, volume.store)
  }
  /** The first site's database and exports, with their bytes. */
  const firstSite = async () => {
    const names = (await readdir(join(dbDir, 'exports'))).sort()
    return {
      db: await readFile(dbFile),
      exports: await Promise.all(names.map(async (n) => [n, await readFile(join(dbDir, 'exports', n))] as const)),
    }
  }

  before(async () => {
    await mkdir(join(volume.dir, 'start9'), { recursive: true })
    await writeStore({ extraSites: [{ name: 'blog' }] })
    await mkdir(blogDir, { recursive: true })
    buildIssoDb(join(blogDir, 'comments.db'), [manyComments('/only-on-the-blog/', 3, 100)])
  })

  it("exports the chosen site's database into its own folder, pruning only its own exports", async () => {
    const before = await firstSite()
    // Five older exports of the blog: the new one makes six, and the oldest goes.
    await mkdir(join(blogDir, 'exports'), { recursive: true })
    const older = [1, 2, 3, 4, 5].map((d) => `comments-2020-01-0${d}T00-00-00-000Z-aaaaaa.xml`)
    for (const name of older) await writeFile(join(blogDir, 'exports', name), 'older')
    const result = await runAction(forSite('blog'))
    const out = commands.at(-1)?.at(-1) ?? ''
    assert.equal(commands.at(-1)?.at(-2), '/db/blog/comments.db')
    assert.match(out, /^\/db\/blog\/exports\/comments-.*\.xml$/)
    const name = out.split('/').at(-1) ?? ''
    assert.ok(result && result.version === '1' && result.message && result.result?.type === 'single')
    assert.match(result.message, /^Blog: blog \(at \/blog\/\)\. Exported 1 threads and 3 comments \(0 replies, 0 pending, 0 deleted\) to db\/blog\/exports\/comments-\S+\.xml \(\d+ kB\)\./)
    assert.ok(result.message.includes(`to db/blog/exports/${name} (`))
    assert.equal(result.result.value, await readFile(join(blogDir, 'exports', name), 'utf8'))
    assert.match(result.result.value, /only-on-the-blog/)
    assert.doesNotMatch(result.result.value, /\/big\//, "not the first site's comments")
    assert.match(result.message, new RegExp(`Older exports removed: ${older[0].replace(/\./g, '\\.')}\.`))
    assert.deepEqual((await readdir(join(blogDir, 'exports'))).sort(), [...older.slice(1), name].sort())
    assert.deepEqual(await firstSite(), before, "the first site's database and exports are untouched")
  })

  it('the first site, chosen among several, exports to db/exports and says which site it was', async () => {
    const blogBefore = (await readdir(join(blogDir, 'exports'))).sort()
    const result = await runAction(forSite('_first'))
    assert.equal(commands.at(-1)?.at(-2), '/db/comments.db')
    assert.ok(result && result.version === '1')
    assert.match(result.message ?? '', /^Blog: First blog \(at \/\)\. Exported 1 threads and 30 comments .* to db\/exports\/comments-\S+\.xml /)
    assert.deepEqual((await readdir(join(blogDir, 'exports'))).sort(), blogBefore)
  })

  it('refuses a site removed after the form opened, and exports nothing', async () => {
    const { effects } = fakeEffects()
    await exportComments.getInput({ effects, prefill: null })
    await writeStore({})
    const ran = commands.length
    const blogBefore = (await readdir(join(blogDir, 'exports'))).sort()
    try {
      await assert.rejects(exportComments.run({ effects, input: forSite('blog') }), /^Error: Blog blog does not exist any more/)
    } finally {
      await writeStore({ extraSites: [{ name: 'blog' }] })
    }
    assert.equal(commands.length, ran)
    assert.deepEqual((await readdir(join(blogDir, 'exports'))).sort(), blogBefore)
  })

  it("says in its description where an added site's exports go", async () => {
    const { effects } = fakeEffects()
    assert.match((await exportComments.exportMetadata({ effects })).description, /An added blog's exports go to its own folder, db\/<name>\/exports\.$/)
  })
})
