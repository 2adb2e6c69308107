import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { backupName, listBackups } from '../../startos/isso/import/backup'
import { ImportFailure } from '../../startos/isso/import/failure'
import { runImport, type ImportRequest } from '../../startos/isso/import/run'
import { GENERIC } from './fixtures'
import { fakeImporter } from './fakeImporter'

const ORIGINAL = Buffer.from('SQLite format 3\0original database bytes')
const request = (dryRun = false): ImportRequest => ({
  data: Buffer.from(GENERIC),
  plan: { typeFlag: null, format: 'generic' },
  dryRun,
  fileCounts: { threads: 2, comments: 3 },
})
const at = (iso: string) => () => new Date(iso)

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isso-import-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})
const db = () => readFile(join(dir, 'comments.db'))
const leftovers = async () => (await readdir(dir)).filter((n) => n.startsWith('.import-'))

describe('runImport', () => {
  it('hands the container the file, the command line and the "y" answer', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    const importer = fakeImporter(dir)
    await runImport(request(), { dbDir: dir, run: importer.run })
    assert.equal(importer.calls.length, 1)
    const [call] = importer.calls
    assert.deepEqual(call.command.slice(0, 2), ['/isso/bin/isso', 'import'])
    assert.match(call.command[2], /^\/db\/\.import-[0-9a-f]{16}$/)
    assert.equal(call.command.length, 3)
    assert.equal(call.stdin, 'y\n')
    assert.equal(call.file, GENERIC)
    assert.deepEqual(await leftovers(), [], 'the temporary export is removed')
  })

  it('backs the database up under a timestamped name and reports what was added', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    const importer = fakeImporter(dir)
    importer.rows.threads = 5
    importer.rows.comments = 40
    const report = await runImport(request(), { dbDir: dir, run: importer.run, now: at('2026-11-25T10:30:00.123Z') })
    assert.equal(report.backup, 'comments.db.before-import-2026-11-25T10-30-00Z')
    assert.deepEqual(await readFile(join(dir, report.backup)), ORIGINAL)
    assert.deepEqual(report.added, { threads: 2, comments: 3 })
    assert.notDeepEqual(await db(), ORIGINAL)
  })

  it('keeps the three newest backups', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    for (const day of ['01', '02', '03']) {
      await writeFile(join(dir, backupName(new Date(`2026-01-${day}T00:00:00Z`))), day)
    }
    const importer = fakeImporter(dir)
    const report = await runImport(request(), { dbDir: dir, run: importer.run, now: at('2026-02-01T00:00:00Z') })
    assert.deepEqual(report.prunedBackups, ['comments.db.before-import-2026-01-01T00-00-00Z'])
    assert.deepEqual(await listBackups(dir), [
      'comments.db.before-import-2026-01-02T00-00-00Z',
      'comments.db.before-import-2026-01-03T00-00-00Z',
      'comments.db.before-import-2026-02-01T00-00-00Z',
    ])
  })

  it('puts the database back byte for byte when the importer fails', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    await writeFile(join(dir, backupName(new Date('2026-01-01T00:00:00Z'))), 'old')
    const importer = fakeImporter(dir, 'duplicate')
    await assert.rejects(runImport(request(), { dbDir: dir, run: importer.run }), (e: unknown) => {
      assert.ok(e instanceof ImportFailure)
      assert.equal(e.problem, 'importer-duplicate')
      assert.equal(e.detail, 'sqlite3.IntegrityError: UNIQUE constraint failed: threads.uri')
      assert.equal(e.databaseRestored, true)
      return true
    })
    assert.deepEqual(await db(), ORIGINAL)
    // No journal, no temp file, and the failed attempt's backup does not rotate an old one out.
    assert.deepEqual((await readdir(dir)).sort(), ['comments.db', 'comments.db.before-import-2026-01-01T00-00-00Z'])
  })

  it('restores too when the container itself fails', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    const importer = fakeImporter(dir, 'throw')
    await assert.rejects(runImport(request(), { dbDir: dir, run: importer.run }), /subcontainer died/)
    assert.deepEqual(await db(), ORIGINAL)
    assert.deepEqual(await readdir(dir), ['comments.db'])
  })

  it('removes a database the failed import created when there was none', async () => {
    const importer = fakeImporter(dir, 'duplicate')
    await assert.rejects(runImport(request(), { dbDir: dir, run: importer.run }), ImportFailure)
    assert.deepEqual(await readdir(dir), [])
  })

  it('reports a first import without a backup', async () => {
    const importer = fakeImporter(dir)
    const report = await runImport(request(), { dbDir: dir, run: importer.run })
    assert.equal(report.backup, null)
    assert.deepEqual(report.added, { threads: 2, comments: 3 })
  })

  it('dry run: passes -n, takes no backup and leaves the database alone', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    const importer = fakeImporter(dir)
    const report = await runImport(request(true), { dbDir: dir, run: importer.run })
    assert.equal(importer.calls[0].command[2], '-n')
    assert.equal(report.backup, null)
    assert.equal(report.added, null)
    assert.deepEqual(report.fileCounts, { threads: 2, comments: 3 })
    assert.deepEqual(await readdir(dir), ['comments.db'])
    assert.deepEqual(await db(), ORIGINAL)
  })
})
