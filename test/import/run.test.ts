import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { issoSettingsText, seedConfig } from '../../startos/isso/config'
import { backupName, listBackups } from '../../startos/isso/import/backup'
import { Failure } from '../../startos/isso/failure'
import type { ImportFailure } from '../../startos/isso/import/failure'
import { runImport, type ImportRequest } from '../../startos/isso/import/run'
import { GENERIC } from './fixtures'
import { fakeImporter, type Outcome } from './fakeImporter'

// runImport's file handling with a fake importer; realIsso.test.ts runs upstream's.
const ORIGINAL = Buffer.from('SQLite format 3\0original database bytes')
const owner = seedConfig('salt')
const request = (dryRun = false): ImportRequest => ({
  data: Buffer.from(GENERIC),
  plan: { typeFlag: null, format: 'generic' },
  dryRun,
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
const ls = async () => (await readdir(dir)).sort()

function importWith(outcome: Outcome = 'ok', req = request(), now?: () => Date) {
  const importer = fakeImporter(dir, outcome)
  return { importer, result: runImport(req, { dbDir: dir, container: importer.container, owner, now }) }
}

async function failsWith(p: Promise<unknown>, problem: string): Promise<ImportFailure> {
  let failure: unknown
  await assert.rejects(p, (e: unknown) => {
    failure = e
    return e instanceof Failure && e.problem === problem
  })
  return failure as ImportFailure
}

describe('runImport', () => {
  it('hands the container the export, the derived config, the command line and the "y" answer', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    const { importer, result } = importWith()
    await result
    assert.equal(importer.calls.length, 1)
    const [call] = importer.calls
    const scratch = /^\/db\/(\.import-[0-9a-f]{16})\/export$/.exec(call.command.at(-1) ?? '')?.[1]
    assert.ok(scratch, call.command.at(-1))
    assert.deepEqual(call.command, ['/isso/bin/isso', '-c', '/etc/isso/import.cfg', 'import', `/db/${scratch}/export`])
    assert.deepEqual(call.env, { ISSO_SETTINGS: '/etc/isso/import.cfg' })
    assert.equal(call.stdin, 'y\n')
    assert.equal(call.file, GENERIC)
    assert.equal(importer.files.get('/etc/isso/import.cfg'), issoSettingsText(owner, { dbpath: `/db/${scratch}/comments.db` }))
    assert.deepEqual((await ls()).filter((n) => n.startsWith('.import-')), [], 'the scratch directory is removed')
  })

  it('swaps the imported copy in, keeps the old database as a backup and reports what was added', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    const { importer, result } = importWith('ok', request(), at('2026-11-25T10:30:00.123Z'))
    importer.rows.threads = 5
    importer.rows.comments = 40
    const report = await result
    assert.match(report.backup ?? '', /^comments\.db\.before-import-2026-11-25T10-30-00-123Z-[0-9a-f]{6}$/)
    assert.deepEqual(await readFile(join(dir, report.backup ?? '')), ORIGINAL)
    assert.deepEqual(report.added, { threads: 2, comments: 3, replies: 1 })
    assert.deepEqual(await db(), Buffer.concat([ORIGINAL, Buffer.from('IMPORTED')]))
  })

  it('gives two imports in the same millisecond two backups', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    const now = at('2026-11-25T10:30:00.123Z')
    const first = await importWith('ok', request(), now).result
    const afterFirst = await db()
    const second = await importWith('ok', request(), now).result
    assert.notEqual(first.backup, second.backup)
    assert.deepEqual(await readFile(join(dir, first.backup ?? '')), ORIGINAL)
    assert.deepEqual(await readFile(join(dir, second.backup ?? '')), afterFirst)
  })

  it('keeps the three newest backups, with their companions, and never prunes the new one', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    for (const day of ['01', '02', '03']) await writeFile(join(dir, backupName(new Date(`2026-01-${day}T00:00:00Z`), 'aaaaaa')), day)
    const oldest = backupName(new Date('2026-01-01T00:00:00Z'), 'aaaaaa')
    await writeFile(join(dir, `${oldest}-journal`), 'its journal')
    const report = await importWith('ok', request(), at('2026-02-01T00:00:00Z')).result
    assert.deepEqual(report.prunedBackups, [oldest])
    assert.deepEqual(await listBackups(dir), [
      backupName(new Date('2026-01-02T00:00:00Z'), 'aaaaaa'),
      backupName(new Date('2026-01-03T00:00:00Z'), 'aaaaaa'),
      report.backup,
    ])
    assert.ok(!(await ls()).includes(`${oldest}-journal`))
    // A clock set back still keeps the backup just taken.
    const early = await importWith('ok', request(), at('2025-01-01T00:00:00Z')).result
    assert.ok(early.backup && (await listBackups(dir)).includes(early.backup))
    assert.ok(!early.prunedBackups.includes(early.backup))
  })

  it('leaves the database and every backup byte for byte as they were when the importer fails', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    const old = backupName(new Date('2026-01-01T00:00:00Z'), 'aaaaaa')
    await writeFile(join(dir, old), 'old')
    const e = await failsWith(importWith('duplicate').result, 'importer-duplicate')
    assert.equal(e.detail, 'sqlite3.IntegrityError: UNIQUE constraint failed: threads.uri')
    assert.deepEqual(await db(), ORIGINAL)
    assert.equal(await readFile(join(dir, old), 'utf8'), 'old')
    // No journal, no scratch, no new backup.
    assert.deepEqual(await ls(), ['comments.db', old])
  })

  it('leaves everything as it was when the container itself fails', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    const e = await failsWith(importWith('throw').result, 'importer-failed')
    assert.match(e.detail, /subcontainer died/)
    assert.deepEqual(await db(), ORIGINAL)
    assert.deepEqual(await ls(), ['comments.db'])
  })

  it('never reports success when nothing was added, dry run or not', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    for (const dryRun of [true, false]) {
      await failsWith(importWith('nothing', request(dryRun)).result, 'nothing-imported')
      assert.deepEqual(await db(), ORIGINAL)
      assert.deepEqual(await ls(), ['comments.db'])
    }
  })

  it('fails rather than guess when the database cannot be counted', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    const e = await failsWith(importWith('uncountable').result, 'importer-failed')
    assert.match(e.detail, /file is not a database/)
    assert.deepEqual(await ls(), ['comments.db'])
  })

  it('creates no database when a first import fails, and no backup when one succeeds', async () => {
    await failsWith(importWith('duplicate').result, 'importer-duplicate')
    assert.deepEqual(await ls(), [])
    const report = await importWith().result
    assert.equal(report.backup, null)
    assert.deepEqual(report.added, { threads: 2, comments: 3, replies: 1 })
    assert.deepEqual(await ls(), ['comments.db'])
  })

  it('carries a journal left beside the database into the copy and then into the backup', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    await writeFile(join(dir, 'comments.db-journal'), 'hot journal')
    const { importer, result } = importWith()
    const seen: string[] = []
    const exec = importer.container.exec
    importer.container.exec = async (command, options, timeoutMs) => {
      if (command[0] === '/isso/bin/isso') seen.push(...(await readdir(join(dir, command.at(-1)?.split('/')[2] ?? ''))))
      return exec(command, options, timeoutMs)
    }
    const report = await result
    assert.ok(seen.includes('comments.db-journal'), 'the copy has its journal')
    assert.equal(await readFile(join(dir, `${report.backup}-journal`), 'utf8'), 'hot journal')
    assert.ok(!(await ls()).includes('comments.db-journal'), 'the new database gets no stale journal')
  })

  it('dry run: imports into the copy only, takes no backup and leaves the database alone', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    const { importer, result } = importWith('ok', request(true))
    const report = await result
    assert.ok(!importer.calls[0].command.includes('-n'), "upstream's -n would import into an empty file")
    assert.equal(report.backup, null)
    assert.deepEqual(report.added, { threads: 2, comments: 3, replies: 1 })
    assert.deepEqual(await ls(), ['comments.db'])
    assert.deepEqual(await db(), ORIGINAL)
  })

  it('sweeps scratch directories a killed run left behind, not a young one', async () => {
    await mkdir(join(dir, '.import-0000000000000001'))
    await mkdir(join(dir, '.import-0000000000000002'))
    const old = new Date('2026-01-01T00:00:00Z')
    await utimes(join(dir, '.import-0000000000000001'), old, old)
    await importWith().result
    assert.deepEqual(await ls(), ['.import-0000000000000002', 'comments.db'])
  })
})
