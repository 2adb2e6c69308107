// One poll with the database's answers given: what is told and what is remembered when
// telling fails for one site, when main is stopping, and when the reader fails. (The
// poll against real Isso under main is test/e2e/notify.test.ts.)
import assert from 'node:assert/strict'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { describe, it } from 'node:test'
import type { T } from '@start9labs/start-sdk'
import type { SiteAnswer } from '../../startos/isso/notify'
import { pollNewComments, type NotifySite } from '../../startos/notifications/poller'
import { storeOf } from '../helpers/store'
import { tempVolume } from '../helpers/volume'
import { scriptedRunner } from '../helpers/runner'

const SITES: NotifySite[] = [
  { name: null, dbPath: '/db/comments.db', moderation: false, mail: false },
  { name: 'photos', dbPath: '/db/photos/comments.db', moderation: false, mail: false },
]
const answer = (id: number): SiteAnswer => ({
  exists: true,
  top: { id, created: 2000 },
  total: 1,
  waiting: 0,
  items: [{ id, created: 1999, waiting: false, author: 'Ann', text: 'Hi', uri: '/p/', title: null }],
})
const STORE = storeOf({ first: { seen: { id: 1, created: 1000 } }, extra: { photos: { seen: { id: 1, created: 1000 } } } })

describe('pollNewComments', () => {
  const { store } = tempVolume('isso-notify-poller-')
  const reset = async () => {
    await mkdir(dirname(store), { recursive: true })
    await writeFile(store, JSON.stringify(STORE))
  }
  const seen = async () => {
    type Seen = { seen: { id: number } }
    const { firstSite, extraSites } = JSON.parse(await readFile(store, 'utf8')) as { firstSite: Seen; extraSites: Seen[] }
    return [firstSite.seen.id, extraSites[0].seen.id]
  }
  const exec = scriptedRunner(async (command) => {
    const queries = JSON.parse(command[3]) as unknown[]
    assert.equal(queries.length, 2, 'one process for both sites')
    return { exitCode: 0, stdout: JSON.stringify([answer(2), answer(5)]), stderr: '' }
  })
  const effects = (create: (n: T.CreateNotificationParams) => Promise<null>, isInContext = true) =>
    ({ isInContext, notification: { create } }) as unknown as T.Effects

  it('tells each site apart and remembers both', async () => {
    await reset()
    const told: T.CreateNotificationParams[] = []
    const result = await pollNewComments(effects(async (n) => (told.push(n), null)), exec, SITES)
    assert.equal(result.result, 'success')
    assert.deepEqual(told.map((n) => n.title), ['first blog: New comment', 'photos: New comment'])
    assert.deepEqual(await seen(), [2, 5])
  })

  it('a site that could not be told is not remembered (the next poll tries again); the other is', async () => {
    await reset()
    let calls = 0
    const result = await pollNewComments(
      effects(async () => {
        if (calls++ === 0) throw new Error('notification service unavailable')
        return null
      }),
      exec,
      SITES,
    )
    assert.equal(result.result, 'success')
    assert.deepEqual(await seen(), [1, 5])
  })

  it('main stopping: nothing told, nothing remembered', async () => {
    await reset()
    const told: unknown[] = []
    await pollNewComments(effects(async (n) => (told.push(n), null), false), exec, SITES)
    assert.deepEqual(told, [])
    assert.deepEqual(await seen(), [1, 1])
  })

  it('the reader failing: a failure with its reason, nothing told or written', async () => {
    await reset()
    const before = await readFile(store, 'utf8')
    const failing = scriptedRunner(async () => ({ exitCode: 1, stdout: '', stderr: 'Traceback …\nsqlite3.DatabaseError: file is not a database' }))
    const result = await pollNewComments(effects(async () => assert.fail('told')), failing, SITES)
    assert.deepEqual(result, { result: 'failure', message: 'sqlite3.DatabaseError: file is not a database' })
    assert.equal(await readFile(store, 'utf8'), before)
  })
})
