// The poll's new-comments part against databases written by upstream Isso 0.14.0's own
// database layer (isso.db.SQLite3: its schema, its ids, its `created`), run with the
// venv's Python as the package runs it with the image's.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { after, before, describe, it } from 'node:test'
import { parsePoll, readPoll, type SiteAnswer, type SiteQuery } from '../../startos/isso/poll'
import { issoPython, skipWithoutIsso } from '../helpers/isso'
import { localRunner } from '../helpers/runner'

const localExec = localRunner()

// One Python process with Isso's database layer loaded (importing isso takes most of a
// second under load), answering one line of steps with one line of ids. A step is a
// comment to add through Isso's layer ({uri, title, text, mode, author, created}) or
// {delete: id}.
const ISSO_WRITES = String.raw`
import json, sys
from isso import config
from isso.db import SQLite3
db = SQLite3(sys.argv[1], config.load(config.default_file()))
for line in sys.stdin:
    ids = []
    for step in json.loads(line):
        if "delete" in step:
            db.comments.delete(step["delete"]); continue
        if step["uri"] not in db.threads:
            db.threads.new(step["uri"], step.get("title"))
        c = {"text": step["text"], "mode": step["mode"], "remote_addr": "127.0.0.1", "author": step.get("author")}
        if "created" in step: c["created"] = step["created"]
        ids.append(db.comments.add(step["uri"], c)["id"])
    print(json.dumps(ids), flush=True)
`

function issoWriter(dbFile: string) {
  const proc = spawn(issoPython(), ['-c', ISSO_WRITES, dbFile], { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: proc.stdout })[Symbol.asyncIterator]()
  return {
    async write(steps: object[]): Promise<number[]> {
      proc.stdin.write(`${JSON.stringify(steps)}\n`)
      const { value, done } = await lines.next()
      if (done) throw new Error('the Isso writer exited')
      return JSON.parse(value as string) as number[]
    },
    close: () => new Promise<void>((resolve) => (proc.stdin.end(), proc.once('exit', () => resolve()))),
  }
}

describe("the poll's new comments against an Isso database", { skip: skipWithoutIsso() }, () => {
  let dir: string
  const db = () => join(dir, 'comments.db')
  let writer: ReturnType<typeof issoWriter>
  const isso = (steps: object[]) => writer.write(steps)
  type Query = SiteQuery & { db: string }
  /** The new-comments answer of each database, as one poll reads them. */
  const read = async (queries: Query[]): Promise<SiteAnswer[]> => {
    const polls = await readPoll(localExec, queries.map(({ db, ...news }) => ({ db, news })), issoPython())
    return polls.map((p) => {
      if (!p.ok) throw new Error(p.error)
      assert.ok(p.news)
      return p.news
    })
  }
  const q = (after: SiteQuery['after'], scope: SiteQuery['scope'] = 'all', limit = 10): Query => ({ db: db(), after, scope, limit })

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isso-notify-'))
  })
  after(async () => {
    await writer?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('no database yet: says so and knows nothing', async () => {
    const [a] = await read([q({ id: 3, created: 3 })])
    assert.deepEqual(a, { exists: false, top: { id: 0, created: 0 }, total: 0, waiting: 0, items: [] })
  })

  it('lists what is new oldest first, counts all of it, in each scope, for several databases in one run', async () => {
    writer = issoWriter(db()) // creates the schema, as Isso does at start
    await isso([])
    const t0 = Date.now() / 1000
    const [empty] = await read([q(null)])
    assert.deepEqual({ ...empty, top: { ...empty.top, created: 0 } }, { exists: true, top: { id: 0, created: 0 }, total: 0, waiting: 0, items: [] })
    assert.ok(Math.abs(empty.top.created - t0) < 5, 'the time of the read')

    const ids = await isso([
      { uri: '/a/', title: 'Post A', text: 'published **one**', mode: 1, author: 'Ann' },
      { uri: '/a/', text: 'waiting two', mode: 2 },
      { uri: '/b/', title: 'Post B', text: 'waiting three', mode: 2, author: 'Bob' },
      { uri: '/b/', text: 'four, deleted with replies', mode: 4 },
    ])
    assert.deepEqual(ids, [1, 2, 3, 4])
    const [all, waiting, mark, missing] = await read([
      q({ id: 0, created: 0 }),
      q({ id: 0, created: 0 }, 'waiting'),
      q(null),
      { ...q(null), db: join(dir, 'other.db') },
    ])
    assert.equal(all.total, 3)
    assert.equal(all.waiting, 2)
    assert.deepEqual(all.items.map((c) => [c.id, c.waiting, c.author, c.text, c.uri, c.title]), [
      [1, false, 'Ann', 'published **one**', '/a/', 'Post A'],
      [2, true, null, 'waiting two', '/a/', 'Post A'],
      [3, true, 'Bob', 'waiting three', '/b/', 'Post B'],
    ])
    assert.deepEqual(waiting.items.map((c) => c.id), [2, 3])
    assert.equal(mark.top.id, 4)
    assert.equal(mark.items.length, 0)
    assert.equal(missing.exists, false)
  })

  it('lists at most `limit`, still counting them all', async () => {
    const [a] = await read([q({ id: 0, created: 0 }, 'all', 2)])
    assert.equal(a.total, 3)
    assert.deepEqual(a.items.map((c) => c.id), [1, 2])
  })

  it('a comment that gets the id of a deleted newest one (Isso reuses it) is still new, by its time', async () => {
    const [before] = await read([q(null)])
    await isso([{ delete: 4 }])
    const [reused] = await isso([{ uri: '/b/', text: 'five, with an old id', mode: 1 }])
    assert.equal(reused, 4, 'Isso 0.14.0 no longer reuses the id: this test needs a new case')
    const [a] = await read([q(before.top)])
    assert.deepEqual(a.items.map((c) => [c.id, c.text]), [[4, 'five, with an old id']])
    assert.ok(a.top.created > before.top.created)
  })

  it('the newest comments deleted: nothing is new, and the next comment, on a reused id, is', async () => {
    const [before] = await read([q(null)])
    const [x, y] = await isso([
      { uri: '/b/', text: 'spam one', mode: 1 },
      { uri: '/b/', text: 'spam two', mode: 1 },
    ])
    const [seen] = await read([q(before.top)])
    assert.deepEqual(seen.items.map((c) => c.id), [x, y])
    await isso([{ delete: y }, { delete: x }])
    const [gone] = await read([q(seen.top)])
    assert.equal(gone.total, 0)
    const [again] = await isso([{ uri: '/b/', text: 'a real one', mode: 1 }])
    assert.equal(again, x)
    const [a] = await read([q(seen.top)])
    assert.deepEqual(a.items.map((c) => c.text), ['a real one'])
  })

  it('an imported comment (an old `created`, a new id) is new by its id: the Import action must reset the mark', async () => {
    const [before] = await read([q(null)])
    await isso([{ uri: '/c/', text: 'from Disqus, 2019', mode: 1, created: 1_550_000_000 }])
    const [a] = await read([q(before.top)])
    assert.deepEqual(a.items.map((c) => c.text), ['from Disqus, 2019'])
  })

  it('a comment dated in the future (an import) does not make older ones new again', async () => {
    const [before] = await read([q(null)])
    await isso([{ uri: '/c/', text: 'from the future', mode: 1, created: 4_000_000_000 }])
    const [a] = await read([q(before.top)])
    assert.deepEqual(a.items.map((c) => c.text), ['from the future'])
    assert.equal(a.top.created, 4_000_000_000)
    const [b] = await read([q(a.top)])
    assert.equal(b.total, 0)
  })

  it('reads without writing: the database file is not modified', async () => {
    const { mtimeMs, size } = await stat(db())
    const started = process.hrtime.bigint()
    await read([q({ id: 0, created: 0 })])
    console.log(`new-comments read (one Python run): ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`)
    const now = await stat(db())
    assert.deepEqual([now.mtimeMs, now.size], [mtimeMs, size])
  })

  it('fails with the reason when the file is no database', async () => {
    await assert.rejects(read([{ ...q(null), db: __filename }]), /DatabaseError|not a database/)
  })
})

describe('parsePoll: new comments', () => {
  const ok = { exists: true, top: { id: 1, created: 2 }, total: 1, waiting: 0, items: [{ id: 1, created: 2, waiting: false, author: null, text: 'x', uri: '/', title: null }] }
  const waiting = { count: 0, oldest: null }
  const asked = [{ db: '/db/comments.db', news: { after: null, scope: 'all', limit: 10 } as const }]
  const site = (news: unknown) => ({ waiting, news })
  it('accepts the script’s answer, one per query', () => {
    assert.deepEqual(parsePoll(JSON.stringify([site(ok)]), asked), [{ ok: true, waiting: { count: 0, oldest: null }, news: ok }])
    assert.deepEqual(parsePoll(JSON.stringify([{ error: 'sqlite3.DatabaseError: file is not a database' }]), asked), [
      { ok: false, error: 'sqlite3.DatabaseError: file is not a database' },
    ])
  })
  it('refuses anything else', () => {
    for (const bad of [
      '',
      'nope',
      '{}',
      JSON.stringify([site(ok), site(ok)]),
      JSON.stringify([site({ ...ok, top: null })]),
      JSON.stringify([site({ ...ok, items: [{ ...ok.items[0], text: 5 }] })]),
      // asked, and no answer; or an answer to a question not asked
      JSON.stringify([site(null)]),
    ]) {
      assert.equal(parsePoll(bad, asked), null, bad)
    }
    assert.equal(parsePoll(JSON.stringify([site(ok)]), [{ db: '/db/comments.db', news: null }]), null)
  })
})
