// One poll with the database's answers given: what is told and what is remembered when
// telling fails for one site, when main is stopping, and when the reader fails; and what
// the same poll shows on the dashboard. (The poll against real Isso under main is
// test/e2e/notify.test.ts.)
import assert from 'node:assert/strict'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { describe, it } from 'node:test'
import type { WaitingSite } from '../../startos/health/checkWaiting'
import { commentsPollCheck, pollComments, pollSchedule } from '../../startos/health/commentsPoll'
import { parseConfig } from '../../startos/isso/configparser'
import type { PollQuery, SiteAnswer } from '../../startos/isso/poll'
import { fakeEffects } from '../helpers/effects'
import { scriptedRunner } from '../helpers/runner'
import { storeOf } from '../helpers/store'
import { tempVolume } from '../helpers/volume'

const MODERATION_OFF = parseConfig('[moderation]\nenabled = false\n')
const SITES: WaitingSite[] = [
  { name: null, dbPath: '/db/comments.db', doc: MODERATION_OFF },
  { name: 'photos', dbPath: '/db/photos/comments.db', doc: MODERATION_OFF },
]
const answer = (id: number): SiteAnswer => ({
  exists: true,
  top: { id, created: 2000 },
  total: 1,
  waiting: 0,
  items: [{ id, created: 1999, waiting: false, author: 'Ann', text: 'Hi', uri: '/p/', title: null }],
})
const STORE = storeOf({ first: { seen: { id: 1, created: 1000 } }, extra: { photos: { seen: { id: 1, created: 1000 } } } })
const NOW = () => new Date('2026-03-01T12:00:00Z')

describe('pollComments', () => {
  const { store, volume } = tempVolume('isso-notify-poller-')
  const reset = async (content: object = STORE) => {
    await mkdir(dirname(store), { recursive: true })
    await writeFile(store, JSON.stringify(content))
  }
  const seen = async () => {
    type Seen = { seen: { id: number } }
    const { firstSite, extraSites } = JSON.parse(await readFile(store, 'utf8')) as { firstSite: Seen; extraSites: Seen[] }
    return [firstSite.seen.id, extraSites[0].seen.id]
  }
  const asked: PollQuery[][] = []
  const exec = scriptedRunner(async (command) => {
    const queries = JSON.parse(command[3]) as PollQuery[]
    asked.push(queries)
    assert.equal(queries.length, 2, 'one process for both sites')
    return {
      exitCode: 0,
      stdout: JSON.stringify([
        { waiting: { count: 0, oldest: null }, news: queries[0].news && answer(2) },
        { waiting: { count: 0, oldest: null }, news: queries[1].news && answer(5) },
      ]),
      stderr: '',
    }
  })

  it('tells each site apart and remembers both', async () => {
    await reset()
    const fake = fakeEffects()
    const result = await pollComments(volume, fake.effects, exec, SITES, NOW)
    assert.equal(result.notify.result, 'success')
    assert.deepEqual(fake.notifications.map((n) => n.title), ['first blog: New comment', 'photos: New comment'])
    assert.deepEqual(await seen(), [2, 5])
  })

  it('a site that could not be told is not remembered (the next poll tries again); the other is', async () => {
    await reset()
    let calls = 0
    const fake = fakeEffects({
      createNotification: async () => {
        if (calls++ === 0) throw new Error('notification service unavailable')
        return null
      },
    })
    const result = await pollComments(volume, fake.effects, exec, SITES, NOW)
    assert.equal(result.notify.result, 'success')
    assert.deepEqual(await seen(), [1, 5])
  })

  it('main stopping: nothing told, nothing remembered', async () => {
    await reset()
    const fake = fakeEffects()
    fake.leaveContext()
    await pollComments(volume, fake.effects, exec, SITES, NOW)
    assert.deepEqual(fake.notifications, [])
    assert.deepEqual(await seen(), [1, 1])
  })

  it('the reader failing: a failure with its reason, nothing told or written; the dashboard says it cannot count', async () => {
    await reset()
    const before = await readFile(store, 'utf8')
    const failing = scriptedRunner(async () => ({ exitCode: 1, stdout: '', stderr: 'Traceback …\nsqlite3.DatabaseError: file is not a database' }))
    const fake = fakeEffects({ createNotification: async () => assert.fail('told') })
    const result = await pollComments(volume, fake.effects, failing, SITES, NOW)
    assert.deepEqual(result.notify, { result: 'failure', message: 'sqlite3.DatabaseError: file is not a database' })
    assert.deepEqual(result.waiting, {
      result: 'failure',
      message: 'Cannot count the comments waiting for approval: sqlite3.DatabaseError: file is not a database',
    })
    assert.equal(await readFile(store, 'utf8'), before)
  })

  it("one site's database unreadable: the dashboard names that site; nothing told or written for any", async () => {
    await reset()
    const before = await readFile(store, 'utf8')
    const oneBad = scriptedRunner(async () => ({
      exitCode: 0,
      stdout: JSON.stringify([{ waiting: { count: 1, oldest: 1_772_000_000 }, news: answer(2) }, { error: 'sqlite3.DatabaseError: file is not a database' }]),
      stderr: '',
    }))
    const fake = fakeEffects()
    const result = await pollComments(volume, fake.effects, oneBad, SITES, NOW)
    assert.deepEqual(result.notify, { result: 'failure', message: 'sqlite3.DatabaseError: file is not a database' })
    assert.deepEqual(result.waiting, {
      result: 'failure',
      message: 'Blog photos: Cannot count the comments waiting for approval: sqlite3.DatabaseError: file is not a database',
    })
    assert.deepEqual(fake.notifications, [])
    assert.equal(await readFile(store, 'utf8'), before)
  })

  it("the same read counts each site's waiting comments for the dashboard, each blog named, in one paragraph", async () => {
    await reset()
    const counts = scriptedRunner(async () => ({
      exitCode: 0,
      stdout: JSON.stringify([
        { waiting: { count: 0, oldest: null }, news: answer(1) },
        { waiting: { count: 2, oldest: 1_772_300_000 }, news: answer(1) },
      ]),
      stderr: '',
    }))
    const result = await pollComments(volume, fakeEffects().effects, counts, SITES, NOW)
    assert.equal(result.waiting.result, 'success')
    assert.equal(
      result.waiting.message,
      'Blog /: No comments are waiting for approval. ' +
        'Blog photos: Comments waiting for approval: 2. Moderation is off now, so they stay hidden and are never deleted by themselves. Approve or delete them with the Review Waiting Comments action, or in the admin panel.',
    )
  })

  it('notifications off for a site: its database is still read for the count, without the new-comments question', async () => {
    await reset(storeOf({ first: { seen: { id: 1, created: 1000 } }, extra: { photos: { notifications: 'off', seen: { id: 1, created: 1000 } } } }))
    asked.length = 0
    const fake = fakeEffects()
    const result = await pollComments(volume, fake.effects, exec, SITES, NOW)
    assert.equal(result.waiting.result, 'success')
    assert.deepEqual(asked[0].map((q) => [q.db, q.news === null]), [
      ['/db/comments.db', false],
      ['/db/photos/comments.db', true],
    ])
    assert.deepEqual(fake.notifications.map((n) => n.title), ['first blog: New comment'])
    const [photos] = (JSON.parse(await readFile(store, 'utf8')) as { extraSites: object[] }).extraSites
    assert.deepEqual(photos, { name: 'photos', smtp: { selection: 'disabled', value: {} }, notifications: 'off' }, 'off forgets what was seen')
  })
})

describe('the check main runs', () => {
  const { volume } = tempVolume('isso-notify-check-')
  it('runs no poll once main is stopping (its context left), and keeps the last answer', async () => {
    let runs = 0
    const counting = scriptedRunner(async (command) => {
      runs++
      const queries = JSON.parse(command[3]) as PollQuery[]
      return { exitCode: 0, stdout: JSON.stringify(queries.map(() => ({ waiting: { count: 2, oldest: null }, news: null }))), stderr: '' }
    })
    const fake = fakeEffects()
    const check = commentsPollCheck(volume, fake.effects, counting, SITES, pollSchedule({ firstMs: 1, intervalMs: 1, retryMs: 1 }), NOW)
    const running = await check.fn()
    assert.equal(runs, 1)
    assert.match(running.message, /2/)
    fake.leaveContext()
    assert.deepEqual(await check.fn(), running)
    assert.equal(runs, 1, 'a poll ran after main left its context')
  })
})

describe('pollSchedule', () => {
  const timing = { firstMs: 10, intervalMs: 1_500, retryMs: 20 }
  /** Whether the trigger asks for a poll within `ms`, after a poll whose check said `lastResult`. */
  const pollsWithin = async (ms: number, lastResult: 'success' | 'failure' | 'starting', notifyFailed: boolean) => {
    const trigger = pollSchedule(timing)(() => notifyFailed)(() => ({ lastResult }))
    const next = trigger.next().then(() => true)
    return Promise.race([next, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))])
  }

  it('first poll soon after Isso is up, then every interval; a failed count retried sooner', async () => {
    assert.equal(await pollsWithin(1_000, 'starting', false), true)
    assert.equal(await pollsWithin(300, 'success', false), false)
    assert.equal(await pollsWithin(1_000, 'failure', false), true)
  })

  it('a failed notifications round is retried sooner too, although the count succeeded', async () => {
    assert.equal(await pollsWithin(1_000, 'success', true), true)
  })
})
