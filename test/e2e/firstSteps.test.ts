// A fresh install's first steps, as StartOS would show them, against upstream Isso 0.14.0:
// the critical password task, then the important Websites task, which stays after the
// password (Isso runs, but no page may show comments yet; its health says so) and goes
// once a website is listed.
import { e2eSkip, e2eVolume, MainRun, Runtime, until } from './harness'
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { T } from '@start9labs/start-sdk'
import { PASSWORD_TASK_ID, setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { setWebsitesAction, WEBSITES_TASK_ID } from '../../startos/actions/setWebsites'

const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)

const NO_WEBSITE = /No website is allowed yet: add your blog's address with the Websites action\./

describe('first steps: the tasks of a fresh install', { skip: e2eSkip() }, () => {
  let rt: Runtime
  let run: MainRun
  // What reached StartOS since the last mark: the tasks created and cleared.
  let marks = { created: 0, cleared: 0, health: 0 }
  const sinceMark = () => ({
    created: rt.rec.createdTasks.slice(marks.created),
    cleared: rt.rec.clearedTasks.slice(marks.cleared).flatMap((c) => ('only' in c ? c.only : [])),
    health: rt.rec.health.slice(marks.health),
  })
  const mark = () => {
    marks = { created: rt.rec.createdTasks.length, cleared: rt.rec.clearedTasks.length, health: rt.rec.health.length }
  }
  const severity = (tasks: T.CreateTaskParams[], id: string) => tasks.find((t) => t.replayId === id)?.severity

  before(async () => {
    rt = new Runtime()
    mark()
    await rt.install()
  })
  after(() => rt?.close())

  it('a fresh install asks for the password (critical) and for a website (important)', () => {
    const { created, cleared } = sinceMark()
    assert.equal(severity(created, PASSWORD_TASK_ID), 'critical')
    assert.equal(severity(created, WEBSITES_TASK_ID), 'important')
    assert.deepEqual(cleared, [])
  })

  it('after the password, the Websites task stays, and Isso runs saying no website is allowed yet', async () => {
    mark()
    await rt.runAction(setAdminPassword, {})
    await until('the password task to clear', 10_000, () => sinceMark().cleared.includes(PASSWORD_TASK_ID))
    assert.ok(!sinceMark().cleared.includes(WEBSITES_TASK_ID), 'the Websites task went with the password')
    run = await rt.startMain()
    await run.waitForIsso()
    const health = await run.waitForHealth('success', 30_000)
    assert.equal(health.id, 'primary')
    assert.match(health.message ?? '', NO_WEBSITE)
    assert.ok(!sinceMark().cleared.includes(WEBSITES_TASK_ID))
  })

  it('adding a website clears the task, and the health no longer says so', async () => {
    mark()
    await rt.runAction(setWebsites, { websites: ['https://blog.example.com'] })
    await until('the Websites task to clear', 10_000, () => sinceMark().cleared.includes(WEBSITES_TASK_ID))
    // main restarts by itself for the changed file: its next healthy report has no note.
    await until('a healthy report without the note', 40_000, () =>
      sinceMark().health.some((h) => h.id === 'primary' && h.result === 'success' && !NO_WEBSITE.test(h.message ?? '')),
    )
    assert.equal(severity(sinceMark().created, WEBSITES_TASK_ID), undefined, 'the Websites task came back')
  })
})
