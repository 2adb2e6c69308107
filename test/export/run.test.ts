// runExport against upstream Isso 0.14.0's Python: bad databases get a clear code and
// stay byte-identical, exports are pruned, and a writer holding a transaction is neither
// blocked nor half-read.
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { Failure } from '../../startos/isso/failure'
import type { ExportFailure } from '../../startos/isso/export/failure'
import { KEEP_EXPORTS } from '../../startos/isso/export/limits'
import { runExport } from '../../startos/isso/export/run'
import { issoPython, skipWithoutIsso } from '../helpers/isso'
import { localRunner, localPaths } from '../helpers/runner'
import { manyComments } from './fixtures'
import { buildIssoDb, inImageZone } from './issoDb'

let root: string
let goodDb: string
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'isso-export-run-'))
  if (skipWithoutIsso()) return
  goodDb = join(root, 'good.db')
  buildIssoDb(goodDb, [manyComments('/t/', 5)])
})
after(() => rm(root, { recursive: true, force: true }))

let n = 0
/** A stand-in for /db holding `db` (bytes) as comments.db, or nothing. */
async function volume(db: Buffer | null) {
  const paths = localPaths(join(root, `v${n++}`))
  const dbFile = join(paths.dbDir, 'comments.db')
  if (db) await writeFile(dbFile, db)
  const exportIt = () => runExport({ dbDir: paths.dbDir, dbFile, container: inImageZone(localRunner()), paths })
  return { paths, dbFile, exportIt }
}

async function failure(p: Promise<unknown>): Promise<ExportFailure> {
  try {
    await p
  } catch (e) {
    if (e instanceof Failure) return e
    throw e
  }
  throw new Error('expected the export to fail')
}

describe('runExport against upstream Isso 0.14.0', { skip: skipWithoutIsso() }, () => {
  const sqliteWithoutIsso = () => {
    const file = join(root, `other-${n++}.db`)
    spawnPython(`import sqlite3; c = sqlite3.connect(${JSON.stringify(file)}); c.execute('CREATE TABLE posts (id)'); c.commit()`)
    return file
  }
  const cases: { name: string; db: () => Promise<Buffer | null>; problem: string; detail: RegExp }[] = [
    { name: 'no database yet', db: async () => null, problem: 'no-database', detail: /comments\.db$/ },
    { name: 'not SQLite', db: async () => Buffer.from('<html>not a database</html>'.repeat(100)), problem: 'not-isso-db', detail: /not a database/ },
    { name: 'SQLite without Isso tables', db: async () => readFile(sqliteWithoutIsso()), problem: 'not-isso-db', detail: /no threads and comments tables/ },
    { name: 'truncated', db: async () => (await readFile(goodDb)).subarray(0, 4096 + 100), problem: 'read-failed', detail: /malformed/ },
  ]
  for (const c of cases) {
    it(`${c.name}: says so, leaves the database byte-identical and no export behind`, async () => {
      const bytes = await c.db()
      const v = await volume(bytes)
      const e = await failure(v.exportIt())
      assert.equal(e.problem, c.problem)
      assert.match(e.detail, c.detail)
      if (bytes) assert.deepEqual(await readFile(v.dbFile), bytes)
      assert.deepEqual(await readdir(join(v.paths.dbDir, 'exports')), [])
      assert.deepEqual((await readdir(v.paths.dbDir)).sort(), bytes ? ['comments.db', 'exports'] : ['exports'])
    })
  }

  it(`keeps the newest ${KEEP_EXPORTS} exports`, async () => {
    const v = await volume(await readFile(goodDb))
    const times = Array.from({ length: KEEP_EXPORTS + 2 }, (_, i) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)))
    const files: string[] = []
    let pruned: string[] = []
    for (const t of times) {
      const r = await runExport({ dbDir: v.paths.dbDir, dbFile: v.dbFile, container: localRunner(), paths: v.paths, now: () => t })
      files.push(r.file.replace('exports/', ''))
      pruned = pruned.concat(r.pruned)
    }
    assert.deepEqual(pruned, files.slice(0, 2))
    assert.deepEqual(await readdir(join(v.paths.dbDir, 'exports')), files.slice(2))
  })

  it('reads while Isso writes: the committed comments, without blocking the writer', async () => {
    const v = await volume(await readFile(goodDb))
    // A writer inside a transaction (what Isso holds while it adds a comment), kept open
    // until we answer; readers of a rollback-journal database still read meanwhile.
    const writer = spawn(issoPython(), ['-c', `
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('BEGIN IMMEDIATE')
c.execute("INSERT INTO comments (tid, created, mode, text, voters) VALUES (1, 1, 1, 'uncommitted', x'00')")
print('holding', flush=True)
sys.stdin.readline()
c.execute('COMMIT')
print(c.execute('SELECT COUNT(*) FROM comments').fetchone()[0], flush=True)`, v.dbFile])
    let out = ''
    const listeners = new Set<() => void>()
    writer.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      for (const l of listeners) l()
    })
    const said = (text: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`writer did not say ${text}: ${out}`)), 10_000)
        const check = () => {
          if (!text.test(out)) return
          clearTimeout(timer)
          listeners.delete(check)
          resolve()
        }
        listeners.add(check)
        check()
      })
    await said(/holding/)
    const report = await v.exportIt()
    assert.equal(report.comments, 5)
    assert.doesNotMatch(await readFile(join(v.paths.dbDir, report.file), 'utf8'), /uncommitted/)
    writer.stdin.end('\n')
    await said(/^holding\n6\n$/)
  })
})

function spawnPython(code: string): void {
  const res = spawnSync(issoPython(), ["-c", code])
  assert.equal(res.status, 0)
}
