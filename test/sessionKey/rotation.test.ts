// assets/isso_database.py against upstream Isso 0.14.0's own database code (the venv's
// Python): the set-up gunicorn's master runs for each site before forking, and the
// session-key rotation that makes a new admin password end everything signed before it.
import assert from 'node:assert/strict'
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { after, before, describe, it } from 'node:test'
import { issoPython, skipWithoutIsso } from '../helpers/isso'

const ASSETS = resolve(__dirname, '..', '..', 'assets')

// One start's preparation of `db` for `password`, as the master does it (isso_sites.py
// loads the settings with Isso's config.load and calls prepare): each in a process of its
// own, forked from one that has imported Isso and isso_database as the master has when it
// prepares (importing Isso costs ≈0.35 s of CPU a process; this file prepares 17 times).
// The child takes the request's environment first: Isso's config.load expands $NAME from
// it. It prints what it did and the preferences rows afterwards.
const PREPARER = `
import json, os, sqlite3, sys
from isso import config
import isso_database
for line in sys.stdin:
    db, password, cfg, env = json.loads(line)
    pid = os.fork()
    if pid == 0:
        try:
            os.environ.clear()
            os.environ.update(env)
            open(cfg, "w").write("[general]\\ndbpath = %s\\nhost = http://127.0.0.1:9\\n[admin]\\nenabled = true\\npassword = %s\\n" % (db, password))
            outcome = isso_database.prepare(config.load(config.default_file(), cfg))
            rows = sqlite3.connect(db).execute("SELECT key, value FROM preferences ORDER BY rowid").fetchall()
            answer = {"outcome": outcome, "rows": rows}
        except BaseException as e:
            answer = {"error": repr(e)}
        os.write(1, (json.dumps(answer) + "\\n").encode())
        os._exit(0)
    os.waitpid(pid, 0)
`

interface Prepared {
  outcome: 'recorded' | 'kept' | 'rotated'
  rows: [string, string][]
}

/** The preparer: one answer per request, in order. */
function startPreparer(): { prepare(args: [db: string, password: string, cfg: string], env: Record<string, string>): Promise<Prepared>; stop(): void } {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', PYTHONPATH: ASSETS }
  const child: ChildProcessWithoutNullStreams = spawn(issoPython(), ['-c', PREPARER], { env })
  const waiting: { ok(p: Prepared): void; fail(e: Error): void }[] = []
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.on('exit', (code) => waiting.splice(0).forEach((w) => w.fail(new Error(`the preparer exited (${code}): ${stderr}`))))
  createInterface({ input: child.stdout }).on('line', (line) => {
    const answer = JSON.parse(line) as Prepared | { error: string }
    const next = waiting.shift()!
    if ('error' in answer) next.fail(new Error(answer.error))
    else next.ok(answer)
  })
  return {
    prepare: (args, requestEnv) =>
      new Promise((ok, fail) => {
        waiting.push({ ok, fail })
        child.stdin.write(`${JSON.stringify([...args, requestEnv])}\n`)
      }),
    stop: () => child.stdin.end(),
  }
}

describe('the session key follows the admin password (assets/isso_database.py, real Isso)', { skip: skipWithoutIsso() }, () => {
  let dir: string
  let preparer: ReturnType<typeof startPreparer>
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'session-key-'))
    preparer = startPreparer()
  })
  after(() => {
    preparer?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', PYTHONPATH: ASSETS }
  const prepare = (db: string, password: string, env: Record<string, string> = ENV): Promise<Prepared> =>
    preparer.prepare([join(dir, db), password, join(dir, `${db}.cfg`)], env)
  const sql = (db: string, query: string) =>
    execFileSync(issoPython(), ['-c', 'import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).connection.commit()', join(dir, db), query])
  const key = (p: Prepared) => p.rows.find(([k]) => k === 'session-key')![1]
  const record = (p: Prepared) => p.rows.find(([k]) => k === 'startos-session-key-password')?.[1]

  it('on a new database: Isso\'s schema and key, and a record of the password, salted and one-way', async () => {
    const p = await prepare('new.db', 'first-Pa55word')
    assert.equal(p.outcome, 'recorded')
    assert.deepEqual(p.rows.map(([k]) => k), ['session-key', 'startos-session-key-password'])
    assert.match(key(p), /^[0-9a-f]{48}$/)
    assert.match(record(p)!, /^pbkdf2-sha256\$100000\$[0-9a-f]{32}\$[0-9a-f]{64}$/)
    assert.ok(!record(p)!.includes('first-Pa55word'))
    assert.notEqual((await prepare('other.db', 'first-Pa55word')).rows[1][1], record(p), 'the same password gave the same record: unsalted')
  })

  it('an ordinary restart (same password) keeps the key and the record', async () => {
    const first = await prepare('new.db', 'first-Pa55word')
    const again = await prepare('new.db', 'first-Pa55word')
    assert.equal(again.outcome, 'kept')
    assert.deepEqual(again.rows, first.rows)
  })

  it('a new password replaces the key in place, once: the row stays, its value changes, the next start keeps it', async () => {
    const before = await prepare('new.db', 'first-Pa55word')
    const rowid = () => execFileSync(issoPython(), ['-c', "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT rowid FROM preferences WHERE key='session-key'\").fetchone()[0])", join(dir, 'new.db')], { encoding: 'utf8' })
    const keyRow = rowid()
    const changed = await prepare('new.db', 'second-Pa55word')
    assert.equal(changed.outcome, 'rotated')
    assert.notEqual(key(changed), key(before))
    assert.match(key(changed), /^[0-9a-f]{48}$/)
    assert.equal(rowid(), keyRow, 'the key row was deleted and inserted again')
    assert.equal(changed.rows.length, 2)
    const next = await prepare('new.db', 'second-Pa55word')
    assert.equal(next.outcome, 'kept')
    assert.equal(key(next), key(changed))
    // Back to the old password is a change of password too.
    assert.equal((await prepare('new.db', 'first-Pa55word')).outcome, 'rotated')
  })

  it('a database without a record (an older package, another Isso moved in, a restore of such) gets one; its key stays', async () => {
    const old = await prepare('upgrade.db', 'community-Pa55word')
    sql('upgrade.db', "DELETE FROM preferences WHERE key = 'startos-session-key-password'")
    const upgraded = await prepare('upgrade.db', 'community-Pa55word')
    assert.equal(upgraded.outcome, 'recorded')
    assert.equal(key(upgraded), key(old))
    assert.equal((await prepare('upgrade.db', 'community-Pa55word')).outcome, 'kept')
  })

  it('a damaged record counts as another password: the key is replaced', async () => {
    const before = await prepare('damaged.db', 'some-Pa55word')
    sql('damaged.db', "UPDATE preferences SET value = 'garbage' WHERE key = 'startos-session-key-password'")
    const after = await prepare('damaged.db', 'some-Pa55word')
    assert.equal(after.outcome, 'rotated')
    assert.notEqual(key(after), key(before))
  })

  it('a request left by Set Admin Password rotates even without a record, once: it is removed after the commit', async () => {
    const old = await prepare('request.db', 'same-Pa55word')
    sql('request.db', "DELETE FROM preferences WHERE key = 'startos-session-key-password'")
    writeFileSync(join(dir, 'request.db.new-admin-password'), 'Set Admin Password ran\n')
    const rotated = await prepare('request.db', 'same-Pa55word')
    assert.equal(rotated.outcome, 'rotated')
    assert.notEqual(key(rotated), key(old))
    assert.equal(existsSync(join(dir, 'request.db.new-admin-password')), false)
    assert.equal((await prepare('request.db', 'same-Pa55word')).outcome, 'kept')
  })

  it('the password compared is the one Isso uses, after its $NAME expansion', async () => {
    await prepare('expand.db', 'pa55-$HOME-word')
    const out = await prepare('expand.db', 'pa55-$HOME-word', { ...ENV, HOME: '/elsewhere' })
    assert.equal(out.outcome, 'rotated', 'Isso would compare logins with another password, but the key stayed')
  })
})
