// How gunicorn's workers leave, with the package's settings (assets/isso_gunicorn.py) and
// upstream Isso 0.14.0 under the venv's gunicorn, four workers as in the image. A worker
// stopped by SIGTERM leaves from the worker_exit hook without Python's teardown: gunicorn
// still exits 0 and nothing written before the stop is lost. A worker whose Isso refuses
// to start still stops gunicorn with "Worker failed to boot" (status 3), not respawned.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { issoPython, skipWithoutIsso } from '../helpers/isso'
import { startIsso, type RunningIsso } from '../helpers/issoServer'

const WEBSITE = 'http://127.0.0.1:9' // refused at once: Isso's start-up check does not wait
const settings = (db: string, hosts: string) => `[general]\ndbpath = ${db}\n${hosts}\n[guard]\nenabled = false\n`
const commentTexts = (db: string): string[] =>
  JSON.parse(execFileSync(issoPython(), ['-c', 'import json,sqlite3,sys; print(json.dumps([r[0] for r in sqlite3.connect(sys.argv[1]).execute("SELECT text FROM comments")]))', db], { encoding: 'utf8' })) as string[]

describe("gunicorn's workers leaving (assets/isso_gunicorn.py worker_exit, real Isso)", { skip: skipWithoutIsso() }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'isso-worker-exit-'))
  let isso: RunningIsso | undefined
  after(async () => {
    await isso?.stop() // when a test failed before its own stop
    rmSync(dir, { recursive: true, force: true })
  })

  it('stopped by SIGTERM: gunicorn exits 0, no worker fails, a comment posted just before is in the database', async () => {
    const db = join(dir, 'comments.db')
    isso = await startIsso(settings(db, `host = ${WEBSITE}`), dir, undefined, 4)
    const posted = await fetch(`${isso.base}/new?uri=%2Fpost%2F`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: WEBSITE },
      body: JSON.stringify({ text: 'Just before the stop', title: 'Post' }),
    })
    assert.equal(posted.status, 201, await posted.text())
    const { code, log } = await isso.stop()
    assert.equal(code, 0, log)
    assert.doesNotMatch(log, /exited with code|Worker failed/, log)
    assert.equal(log.match(/Worker exiting/g)?.length, 4, log)
    assert.deepEqual(commentTexts(db), ['Just before the stop'])
  })

  it('a site Isso refuses (no website): gunicorn stops with status 3, "Worker failed to boot"', async () => {
    const refusing = join(dir, 'refusing')
    mkdirSync(refusing)
    await assert.rejects(startIsso(settings(join(refusing, 'comments.db'), ''), refusing, undefined, 4), (e: Error) => {
      assert.match(e.message, /^gunicorn exited \(3\)/)
      assert.match(e.message, /Isso refused to start/)
      assert.match(e.message, /Reason: Worker failed to boot/)
      return true
    })
  })
})
