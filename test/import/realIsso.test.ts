// runImport against upstream Isso 0.14.0 (the venv from scripts/isso-env.sh): the package's
// own command line, derived config and stdin answer (test/helpers/runner.ts maps the image's
// paths), dry run and real, with what landed in SQLite read back independently.
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { issoSettingsText, seedConfig } from '../../startos/isso/config'
import { listBackups } from '../../startos/isso/import/backup'
import { CONTAINER_PATHS, importerCall, scratchIn, sitePaths, type ImporterPaths } from '../../startos/isso/import/command'
import { Failure } from '../../startos/isso/failure'
import type { ImportFailure } from '../../startos/isso/import/failure'
import { planFormat, type FormatChoice } from '../../startos/isso/import/format'
import { runImport, type ImportReport } from '../../startos/isso/import/run'
import { siteLayout } from '../../startos/isso/sites/layout'
import { issoPython, skipWithoutIsso } from '../helpers/isso'
import { DISQUS, DISQUS_EXPECTED, GENERIC, GENERIC_EXPECTED, WORDPRESS, WORDPRESS_EXPECTED } from './fixtures'
import { localRunner, localPaths } from '../helpers/runner'

const owner = seedConfig('test-salt-not-secret')

interface Row {
  uri: string
  title: string
  author: string
  text: string
  mode: number
  /** The author of the comment this one replies to. */
  parent: string | null
}

// Read independently of the package's count script: every comment with its thread and parent.
const DUMP = `
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
rows = c.execute('''SELECT t.uri, t.title, c.author, c.text, c.mode, p.author FROM comments c
  JOIN threads t ON t.id = c.tid LEFT JOIN comments p ON p.id = c.parent ORDER BY c.created''').fetchall()
empty = [r[0] for r in c.execute('SELECT uri FROM threads WHERE id NOT IN (SELECT tid FROM comments)')]
print(json.dumps({'rows': rows, 'emptyThreads': empty}))
`
function dump(dbFile: string): { rows: Row[]; emptyThreads: string[] } {
  const out = JSON.parse(execFileSync(issoPython(), ['-c', DUMP, dbFile], { encoding: 'utf8' })) as {
    rows: [string, string, string, string, number, string | null][]
    emptyThreads: string[]
  }
  const rows = out.rows.map(([uri, title, author, text, mode, parent]) => ({ uri, title, author, text, mode, parent }))
  return { rows, emptyThreads: out.emptyThreads }
}

let root: string
let paths: ImporterPaths
/** A database holding one comment from another site, made by a first real import. */
let seedDb: string
const dbFile = () => join(paths.dbDir, 'comments.db')

// Each Isso start costs ~0.5 s on the 2-core machine, so the seed is imported once and copied.
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'isso-import-real-'))
  if (skipWithoutIsso()) return
  fresh('seed')
  const first = await importInto(SEED, false).report
  assert.equal(first.backup, null, 'a first import has nothing to back up')
  assert.deepEqual(first.added, { threads: 1, comments: 1, replies: 0 })
  seedDb = dbFile()
})
after(() => rm(root, { recursive: true, force: true }))

/** A new stand-in for /db, empty or holding the seed database. */
async function fresh(name: string, seeded = false): Promise<void> {
  paths = localPaths(join(root, name))
  if (seeded) await copyFile(seedDb, dbFile())
}
const scratchLeft = async () => (await readdir(paths.dbDir)).filter((n) => n.startsWith('.import-'))

function importInto(text: string, dryRun: boolean, choice: FormatChoice = 'auto') {
  const container = localRunner()
  const data = Buffer.from(text, 'utf8')
  const report = runImport(
    { data, plan: planFormat(data, choice), dryRun },
    { dbDir: paths.dbDir, container, owner, paths },
  )
  return { container, report }
}

/** One comment from another site, so every import below meets a non-empty database. */
const SEED = JSON.stringify([
  { id: '/seed/', title: 'Seed', comments: [{ id: 1, author: 'S', email: '', website: '', remote_addr: '', text: 's', created: '2019-01-01 00:00:00' }] },
])

async function failure(p: Promise<unknown>): Promise<ImportFailure> {
  try {
    await p
  } catch (e) {
    if (e instanceof Failure) return e
    throw e
  }
  throw new Error('expected the import to fail')
}

/** The importer ran with exactly the command line, environment, stdin and config the package builds. */
function assertPackageCall(container: ReturnType<typeof localRunner>, flags: string[]): void {
  const call = container.calls.find((c) => c.command[0] === paths.isso)
  assert.ok(call, 'the importer ran')
  const exportFile = call.command.at(-1) ?? ''
  const scratch = scratchIn(paths.dbDir, exportFile.split('/').at(-2) ?? '')
  assert.match(scratch.name, /^\.import-[0-9a-f]{16}$/)
  assert.equal(exportFile, scratch.exportFile)
  const expected = importerCall(owner, { typeFlag: null, format: flags.length ? 'disqus' : 'generic' }, scratch, paths)
  assert.deepEqual(call, { command: [paths.isso, '-c', paths.configFile, 'import', ...flags, exportFile], env: expected.env, stdin: 'y\n' })
  assert.deepEqual(expected.env, { ISSO_SETTINGS: paths.configFile })
  assert.equal(container.files.get(paths.configFile), issoSettingsText(owner, { dbpath: scratch.dbFile }))
  assert.equal(expected.config, issoSettingsText(owner, { dbpath: scratch.dbFile }))
}

const cases: { name: string; text: string; expected: typeof DISQUS_EXPECTED; rows: Omit<Row, 'text'>[]; emptyThreads: string[] }[] = [
  {
    name: 'Disqus',
    text: DISQUS,
    expected: DISQUS_EXPECTED,
    rows: [
      { uri: '/a/', title: 'Über Äpfel', author: 'Zoë', mode: 1, parent: null },
      { uri: '/a/', title: 'Über Äpfel', author: 'Bob', mode: 1, parent: 'Zoë' },
      // Isso nests one level deep: a reply to a reply hangs under the top comment (db/comments.py add).
      { uri: '/a/', title: 'Über Äpfel', author: 'Ann', mode: 1, parent: 'Zoë' },
      { uri: '/b/', title: 'B', author: 'Łukasz', mode: 1, parent: null },
    ],
    emptyThreads: [],
  },
  {
    name: 'WordPress',
    text: WORDPRESS,
    expected: WORDPRESS_EXPECTED,
    rows: [
      { uri: '/hello/', title: 'Hello wörld', author: 'Zoë', mode: 1, parent: null },
      { uri: '/hello/', title: 'Hello wörld', author: 'Bob', mode: 1, parent: 'Zoë' },
      // comment_approved 0: pending in Isso
      { uri: '/hello/', title: 'Hello wörld', author: 'Ann', mode: 2, parent: 'Zoë' },
      { uri: '/?p=11', title: 'Second', author: 'Łukasz', mode: 1, parent: null },
    ],
    emptyThreads: [],
  },
  {
    name: 'generic JSON',
    text: GENERIC,
    expected: GENERIC_EXPECTED,
    rows: [
      { uri: '/a/', title: 'Ä', author: 'Zoë', mode: 1, parent: null },
      { uri: '/b/', title: 'B', author: 'Łukasz', mode: 1, parent: null },
      { uri: '/a/', title: 'Ä', author: 'Bob', mode: 1, parent: null },
    ],
    emptyThreads: ['/quiet/'],
  },
]

describe('import-comments against upstream Isso 0.14.0', { skip: skipWithoutIsso() }, () => {
  for (const c of cases) {
    it(`${c.name}: the dry run reports exactly what the real import then adds`, async () => {
      await fresh(c.name, true)
      const original = await readFile(dbFile())

      const dryRun = importInto(c.text, true)
      const dry = await dryRun.report
      assert.deepEqual(dry.added, c.expected)
      assertPackageCall(dryRun.container, c.name === 'Disqus' ? ['--empty-id'] : [])
      assert.deepEqual(await readFile(dbFile()), original, 'a dry run leaves the database byte-identical')
      assert.deepEqual(await scratchLeft(), [])
      assert.deepEqual(await listBackups(paths.dbDir), [])

      const real: ImportReport = await importInto(c.text, false).report
      assert.deepEqual(real.added, dry.added)
      assert.ok(real.backup)
      assert.deepEqual(await readFile(join(paths.dbDir, real.backup)), original, 'the backup is the database as it was')
      assert.deepEqual(await scratchLeft(), [])

      const { rows, emptyThreads } = dump(dbFile())
      assert.deepEqual(rows[0], { uri: '/seed/', title: 'Seed', author: 'S', text: 's', mode: 1, parent: null })
      const imported = rows.slice(1)
      assert.deepEqual(
        imported.map(({ text: _, ...rest }) => rest),
        c.rows,
      )
      assert.match(imported[0].text, /日本語/, 'non-ASCII text survives')
      assert.deepEqual(emptyThreads, c.emptyThreads)

      if (c.text === GENERIC) {
        // WordPress and generic JSON refuse a page path that has a thread; the dry run sees it too.
        const backups = await listBackups(paths.dbDir)
        const imported = await readFile(dbFile())
        for (const dryRun of [true, false]) {
          const e = await failure(importInto(GENERIC, dryRun).report)
          assert.equal(e.problem, 'importer-duplicate')
          assert.match(e.detail, /UNIQUE constraint failed: threads\.uri/)
          assert.deepEqual(await readFile(dbFile()), imported)
          assert.deepEqual(await listBackups(paths.dbDir), backups)
          assert.deepEqual(await scratchLeft(), [])
        }
      }
    })
  }

  it('Disqus needs --empty-id: without it upstream imports nothing', async () => {
    await fresh('empty-id')
    const scratch = scratchIn(paths.dbDir, 'plain')
    const call = importerCall(owner, { typeFlag: null, format: 'disqus' }, scratch, paths)
    await mkdir(join(paths.dbDir, 'plain'))
    await writeFile(scratch.exportFile, DISQUS)
    await localRunner().writeFile(paths.configFile, call.config)
    const without = call.command.filter((a) => a !== '--empty-id')
    const res = spawnSync(without[0], without.slice(1), { input: call.stdin, env: { ...call.env, PATH: process.env.PATH }, encoding: 'utf8' })
    assert.equal(res.status, 0)
    assert.match(res.stdout, /Isso couldn't import any thread/)
    assert.deepEqual(dump(scratch.dbFile).rows, [])
  })

  it('says so when an export holds nothing Isso can import, and creates no database', async () => {
    await fresh('nothing')
    const threadsOnly = DISQUS.replace(/<post [\s\S]*?<\/post>/g, '')
    const e = await failure(importInto(threadsOnly, false).report)
    assert.equal(e.problem, 'nothing-imported')
    assert.deepEqual(await readdir(paths.dbDir), [])
  })

  it('reports a broken export in upstream words, database untouched', async () => {
    await fresh('broken', true)
    const before = await readFile(dbFile())
    const e = await failure(importInto(DISQUS.slice(0, DISQUS.length / 2), false).report)
    assert.equal(e.problem, 'importer-xml')
    assert.match(e.detail, /ParseError/)
    assert.deepEqual(await readFile(dbFile()), before)
    assert.deepEqual(await scratchLeft(), [])
  })
  it("an added site: imports into its own folder with its own settings, the first site's database byte-identical", async () => {
    // The package's paths for site blog, with the image's /db mapped to this test's db folder.
    const site = sitePaths(siteLayout('blog').dbPath)
    assert.equal(site.dbDir, `${CONTAINER_PATHS.dbDir}/blog`)
    await fresh('sites', true)
    const first = await readFile(dbFile())
    const blogPaths = { ...paths, dbDir: join(paths.dbDir, site.dbDir.slice(CONTAINER_PATHS.dbDir.length + 1)) }
    await mkdir(blogPaths.dbDir)
    await copyFile(seedDb, join(blogPaths.dbDir, 'comments.db'))
    const blogOwner = seedConfig('salt-of-the-blog')
    const container = localRunner()
    const data = Buffer.from(GENERIC, 'utf8')
    const report = await runImport(
      { data, plan: planFormat(data, 'auto'), dryRun: false },
      { dbDir: blogPaths.dbDir, container, owner: blogOwner, paths: blogPaths },
    )
    assert.deepEqual(report.added, GENERIC_EXPECTED)
    const config = container.files.get(blogPaths.configFile) ?? ''
    assert.match(config, /^salt = salt-of-the-blog$/m)
    const dbpath = /^dbpath = (.*)$/m.exec(config)?.[1] ?? ''
    assert.equal(dbpath, scratchIn(blogPaths.dbDir, dbpath.split('/').at(-2) ?? '').dbFile)
    assert.ok(dbpath.startsWith(`${blogPaths.dbDir}/.import-`))
    const rows = dump(join(blogPaths.dbDir, 'comments.db')).rows
    assert.deepEqual(rows.map((r) => r.uri), ['/seed/', '/a/', '/b/', '/a/'])
    assert.ok(report.backup && (await listBackups(blogPaths.dbDir)).includes(report.backup))
    assert.deepEqual(await readFile(dbFile()), first, "the first site's database is untouched")
    assert.deepEqual(await listBackups(paths.dbDir), [])
    assert.deepEqual(await scratchLeft(), [])
    assert.deepEqual((await readdir(blogPaths.dbDir)).filter((n) => n.startsWith('.import-')), [])
  })
})
