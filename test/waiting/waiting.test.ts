// Waiting comments: the poll's count against the database of a real Isso 0.14.0 that
// holds comments for approval (posted through its API, moderation on), and the health
// message built from the count.
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { parseConfig } from '../../startos/isso/configparser'
import { moderationContext, waitingHealth } from '../../startos/health/waitingMessage'
import { parsePoll, readPoll, type PollQuery } from '../../startos/isso/poll'
import { issoPython, skipWithoutIsso } from '../helpers/isso'
import { localRunner } from '../helpers/runner'
import { startIsso, type RunningIsso } from '../helpers/issoServer'

const localExec = localRunner()

/** The waiting count of one database, as the poll reads it (notifications off: nothing else asked). */
async function readWaitingComments(db: string) {
  const [poll] = await readPoll(localExec, [{ db, news: null }], issoPython())
  if (!poll.ok) throw new Error(poll.error)
  assert.equal(poll.news, null)
  return poll.waiting
}

describe('readWaitingComments against a real Isso database', { skip: skipWithoutIsso() }, () => {
  let dir: string
  let isso: RunningIsso
  const origin = 'http://127.0.0.2:9'
  const db = () => join(dir, 'comments.db')

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isso-waiting-'))
    isso = await startIsso(
      `[general]\ndbpath = ${join(dir, 'comments.db')}\nhost =\n    ${origin}\n[admin]\nenabled = true\npassword = waiting-Pa55word\n` +
        `[moderation]\nenabled = true\npurge-after = 30d\n[guard]\nenabled = false\n`,
      dir,
    )
  })
  after(async () => {
    await isso?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  const post = async (uri: string, text: string) => {
    const res = await fetch(`${isso.base}/new?uri=${encodeURIComponent(uri)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ text, title: 'A post' }),
    })
    assert.equal(res.status, 202, await res.text()) // 202: accepted, waiting for approval
  }

  it('a database with no comments yet, and one that does not exist, count 0', async () => {
    assert.deepEqual(await readWaitingComments(db()), { count: 0, oldest: null })
    assert.deepEqual(await readWaitingComments(join(dir, 'nothing.db')), { count: 0, oldest: null })
  })

  it('counts what Isso holds for approval and dates the oldest, while Isso runs', async () => {
    const before = Date.now()
    await post('/one/', 'First, waiting')
    await post('/one/', 'Second, waiting')
    await post('/two/', 'Third, waiting')
    const started = process.hrtime.bigint()
    const waiting = await readWaitingComments(db())
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    assert.equal(waiting.count, 3)
    assert.ok(waiting.oldest)
    assert.ok(Math.abs(waiting.oldest.getTime() - before) < 5_000, waiting.oldest.toISOString())
    // What one read costs (a Python start and one indexed COUNT): printed for the report.
    console.log(`waiting-comments read: ${ms.toFixed(0)} ms`)
    // Isso is untouched by the read: its public API still hides the three.
    const shown = (await (await fetch(`${isso.base}/?uri=%2Fone%2F`)).json()) as { replies: unknown[] }
    assert.deepEqual(shown.replies, [])
  })

  it('fails with the reason when the file is no database, and still counts the other sites', async () => {
    await assert.rejects(readWaitingComments(join(__dirname, 'waiting.test.ts')), /DatabaseError|not a database/)
    const [bad, good] = await readPoll(localExec, [{ db: join(__dirname, 'waiting.test.ts'), news: null }, { db: db(), news: null }], issoPython())
    assert.ok(!bad.ok && /^sqlite3\.DatabaseError: /.test(bad.error), JSON.stringify(bad))
    assert.equal(good.ok && good.waiting.count, 3)
  })
})

describe('waitingHealth: the message', () => {
  const now = new Date('2026-03-01T12:00:00Z')
  const day = 86400_000
  const ctx = (moderation: boolean, mail: boolean, notified = false) => ({ moderation, mail, purgeAfterSeconds: 30 * 86400, notified })

  it('three waiting, e-mail and StartOS notifications off: when the oldest goes, and that nobody is told', () => {
    const r = waitingHealth({ count: 3, oldest: new Date(now.getTime() - 18 * day) }, ctx(true, false), now)
    assert.equal(r.result, 'success')
    assert.equal(
      r.message,
      'Comments waiting for approval: 3. Isso deletes the oldest from 3/13/2026 on unless you approve it. Nobody is told of them: e-mail and StartOS notifications are off. Approve or delete them with the Review Waiting Comments action, or in the admin panel.',
    )
  })

  it('e-mail off but StartOS notifications on: the owner is told, so nothing is said about it', () => {
    const r = waitingHealth({ count: 3, oldest: new Date(now.getTime() - 18 * day) }, ctx(true, false, true), now)
    assert.doesNotMatch(r.message, /[Nn]obody is told/)
    assert.doesNotMatch(waitingHealth({ count: 0, oldest: null }, ctx(true, false, true), now).message, /nobody is told/)
  })

  it('overdue, mail on: the next clean-up; nothing said about mail', () => {
    const r = waitingHealth({ count: 1, oldest: new Date(now.getTime() - 31 * day) }, ctx(true, true), now)
    assert.equal(r.message, 'Comments waiting for approval: 1. Isso deletes the oldest at its next clean-up unless you approve it. Approve or delete them with the Review Waiting Comments action, or in the admin panel.')
  })

  it('moderation switched off with comments still held; none waiting', () => {
    assert.match(waitingHealth({ count: 2, oldest: now }, ctx(false, true), now).message, /Moderation is off now, so they stay hidden/)
    assert.equal(waitingHealth({ count: 0, oldest: null }, ctx(false, false), now).message, 'No comments are waiting for approval.')
    assert.match(waitingHealth({ count: 0, oldest: null }, ctx(true, false), now).message, /nobody is told of them: e-mail and StartOS notifications are off/)
  })

  it('moderationContext reads isso.cfg as Isso does', () => {
    const doc = parseConfig('[general]\nnotify = stdout, smtp\n[moderation]\nenabled = yes\npurge-after = 2w\n')
    assert.deepEqual(moderationContext(doc), { moderation: true, mail: true, purgeAfterSeconds: 14 * 86400, notified: true })
  })

  it('moderationContext: StartOS notifications tell of waiting comments unless the choice is off', () => {
    const doc = parseConfig('[moderation]\nenabled = true\n')
    for (const choice of [undefined, 'auto', 'all', 'waiting'] as const) assert.equal(moderationContext(doc, choice).notified, true, String(choice))
    assert.equal(moderationContext(doc, 'off').notified, false)
  })

  it('parsePoll takes only the reader’s own answer of the waiting count', () => {
    const q: PollQuery[] = [{ db: '/db/comments.db', news: null }]
    const one = (waiting: unknown) => parsePoll(JSON.stringify([{ waiting, news: null }]), q)
    assert.deepEqual(one({ count: 0, oldest: null }), [{ ok: true, waiting: { count: 0, oldest: null }, news: null }])
    assert.deepEqual(one({ count: 2, oldest: 1700000000.5 }), [{ ok: true, waiting: { count: 2, oldest: new Date(1700000000500) }, news: null }])
    assert.equal(parsePoll('Traceback', q), null)
    for (const bad of [{ count: -1, oldest: null }, { count: 1.5, oldest: null }, { count: 1, oldest: '1700000000' }, null]) assert.equal(one(bad), null, JSON.stringify(bad))
  })
})
