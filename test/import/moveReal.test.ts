// Moving another Isso's comments.db in, against upstream Isso 0.14.0: the database is
// built by Isso's own code (replies, pending and deleted comments, votes, non-ASCII
// titles), checked and migrated by the package's script in the venv, and compared row
// for row after the move.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { listBackups } from '../../startos/isso/import/backup'
import type { ImporterPaths } from '../../startos/isso/import/command'
import { Failure } from '../../startos/isso/failure'
import { moveDatabase } from '../../startos/isso/import/move'
import { issoPython, skipWithoutIsso } from '../helpers/isso'
import { localRunner, localPaths } from '../helpers/runner'

// Isso's own API writes the source database, as the other server would have.
const BUILD = String.raw`
import sys, time
from isso import config, db
conf = config.load(config.default_file())
def build(path, pages):
    d = db.SQLite3(path, conf)
    for uri, title, comments in pages:
        d.threads.new(uri, title)
        ids = {}
        for key, author, parent, mode, likes in comments:
            c = d.comments.add(uri, dict(text=author + ' — Grüße 日本語', author=author, email=author + '@example.com',
                website='https://example.com', remote_addr='192.0.2.0', created=time.time(), mode=mode,
                parent=ids.get(parent)))
            ids[key] = c['id']
            if likes: d.execute('UPDATE comments SET likes = ?, dislikes = 1 WHERE id = ?', (likes, c['id']))
build(sys.argv[1], [
    ('/a/', 'Über Äpfel', [('z', 'Zoë', None, 1, 3), ('b', 'Bob', 'z', 1, 0), ('p', 'Pending', 'z', 2, 0)]),
    ('/b/', 'Zażółć', [('d', 'Deleted', None, 4, 0), ('r', 'Reply to deleted', 'd', 1, 1)]),
])
build(sys.argv[2], [('/here/', 'Already here', [('h', 'Here', None, 1, 0)])])
`
// Everything a move must keep, every column.
const DUMP = String.raw`
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(json.dumps({t: c.execute('SELECT * FROM %s ORDER BY 1, 2' % t).fetchall() for t in ('threads', 'comments', 'preferences')}, default=bytes.hex))
`
const dump = (file: string): unknown => JSON.parse(execFileSync(issoPython(), ['-c', DUMP, file], { encoding: 'utf8' }))
const python = (script: string, ...args: string[]) => execFileSync(issoPython(), ['-c', script, ...args])

let root: string
let paths: ImporterPaths
let source: string
let existing: string
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'isso-move-real-'))
  if (skipWithoutIsso()) return
  source = join(root, 'other.db')
  existing = join(root, 'existing.db')
  python(BUILD, source, existing)
})
after(() => rm(root, { recursive: true, force: true }))

async function fresh(name: string, withComments: boolean): Promise<string> {
  paths = localPaths(join(root, name))
  const db = join(paths.dbDir, 'comments.db')
  if (withComments) await copyFile(existing, db)
  return db
}
const move = (data: Buffer, dryRun: boolean, replace: boolean) =>
  moveDatabase({ data, dryRun, replace }, { dbDir: paths.dbDir, container: localRunner(), paths })
async function problem(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (e) {
    if (e instanceof Failure) return e.problem
    throw e
  }
  return 'no failure'
}
const scratchLeft = async () => (await readdir(paths.dbDir)).filter((n) => n.startsWith('.import-'))

describe('moving another Isso database in, against upstream Isso 0.14.0', { skip: skipWithoutIsso() }, () => {
  it('replaces existing comments only when told to, dry run first, and keeps every row', async () => {
    const db = await fresh('move', true)
    const data = await readFile(source)
    const original = await readFile(db)

    assert.equal(await problem(move(data, false, false)), 'replace-needed')
    assert.deepEqual(await readFile(db), original)

    const dry = await move(data, true, true)
    assert.deepEqual(dry.holds, { threads: 2, comments: 5, replies: 3 })
    assert.deepEqual(dry.replaced, { threads: 1, comments: 1, replies: 0 })
    assert.deepEqual(await readFile(db), original)
    assert.deepEqual(await listBackups(paths.dbDir), [])

    const real = await move(data, false, true)
    assert.deepEqual(real.holds, dry.holds)
    assert.ok(real.backup)
    assert.deepEqual(await readFile(join(paths.dbDir, real.backup)), original)
    assert.deepEqual(dump(db), dump(source), 'threads, comments (replies, pending, deleted, votes) and preferences intact')
    assert.deepEqual(await scratchLeft(), [])
  })

  it('moves into an empty server without asking, and migrates an older schema the way Isso would', async () => {
    const db = await fresh('older', false)
    const older = join(root, 'older.db')
    await copyFile(source, older)
    // Version 4 lacked nothing 0.14.0 checks for; Isso's migration to 5 rewrites comments.
    python("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA user_version = 4'); c.commit()", older)
    const report = await move(await readFile(older), false, false)
    assert.equal(report.backup, null)
    assert.deepEqual(report.holds, { threads: 2, comments: 5, replies: 3 })
    const version = python("import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA user_version').fetchone()[0])", db)
    assert.equal(version.toString().trim(), '5')
  })

  it('refuses what is not an Isso database 0.14.0 can open, database untouched', async () => {
    const db = await fresh('refuse', true)
    const original = await readFile(db)
    const data = await readFile(source)
    const other = join(root, 'not-isso.db')
    python("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('CREATE TABLE notes (x)'); c.commit()", other)
    const newer = join(root, 'newer.db')
    await copyFile(source, newer)
    python("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA user_version = 6'); c.commit()", newer)
    const cases: [Buffer, string][] = [
      [Buffer.from('<?xml version="1.0"?><disqus/>'), 'not-isso-db'],
      [await readFile(other), 'not-isso-db'],
      [await readFile(newer), 'isso-db-newer'],
      [data.subarray(0, Math.floor(data.length / 2)), 'not-isso-db'],
    ]
    for (const [bytes, expected] of cases) {
      assert.equal(await problem(move(bytes, false, true)), expected)
      assert.deepEqual(await readFile(db), original)
      assert.deepEqual(await scratchLeft(), [])
      assert.deepEqual(await listBackups(paths.dbDir), [])
    }
  })
})
