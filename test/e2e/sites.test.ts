// Two sites on one server, set up with the package's actions and served by main under
// the runtime double, against upstream Isso 0.14.0: each site has its own threads, its
// own admin password and its own database; removing a site keeps its comments; with one
// site again, the files and the daemon's command are what they were.
import { commentTexts, containerProcesses, e2eSkip, e2eVolume, logIn, MainRun, passwordShown, postComment, request, Runtime, volumePaths } from './harness'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { addSiteAction } from '../../startos/actions/addSite'
import { removeSiteAction } from '../../startos/actions/removeSite'
import { setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { issoPython } from '../helpers/isso'
import { packageCommand } from './runtime/layout'

const addSite = addSiteAction(e2eVolume)
const removeSite = removeSiteAction(e2eVolume)
const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)

const FIRST = 'https://blog.example.com'
const SECOND = 'https://photos.example.net'
const storePath = join(volumePaths.root, 'start9/store.json')


function rows(dbFile: string, query: string): unknown[][] {
  const script = 'import json, sqlite3, sys; print(json.dumps(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchall()))'
  return JSON.parse(execFileSync(issoPython(), ['-c', script, dbFile, query], { encoding: 'utf8' })) as unknown[][]
}

describe('several sites on one server', { skip: e2eSkip() }, () => {
  let rt: Runtime
  let run: MainRun
  let firstPassword: string
  let secondPassword: string
  let storeWithOneSite: string

  before(async () => {
    rt = new Runtime()
    await rt.install()
    await rt.runAction(setWebsites, { websites: [FIRST] })
    firstPassword = passwordShown(await rt.runAction(setAdminPassword, {}))
    storeWithOneSite = readFileSync(storePath, 'utf8')
    secondPassword = passwordShown(await rt.runAction(addSite, { name: 'photos', websites: [SECOND] }))
    run = await rt.startMain()
    await run.waitForIsso()
  })
  after(() => rt?.close())

  it('runs the image’s gunicorn with its own flags, serving both sites through isso_sites.py', async () => {
    await until(() => containerProcesses().length >= 2)
    const procs = containerProcesses()
    const master = procs.find((p) => !procs.some((q) => q.pid === p.ppid))!
    assert.deepEqual(master.argv.slice(1), packageCommand())
  })

  it('answers /info and serves the embed script for each site', async () => {
    for (const prefix of ['', '/photos']) {
      assert.equal((await request('GET', `${prefix}/info`)).status, 200, `${prefix}/info`)
      assert.equal((await request('GET', `${prefix}/js/embed.min.js`)).status, 200, `${prefix}/js/embed.min.js`)
    }
    await run.waitForHealth('success')
  })

  it("keeps each site's comments apart, each in its own database", async () => {
    assert.equal((await postComment('', '/about/', FIRST, 'On the blog')).status, 201)
    assert.equal((await postComment('/photos', '/about/', SECOND, 'On the photos site')).status, 201)
    assert.deepEqual(await commentTexts('', '/about/'), ['<p>On the blog</p>'])
    assert.deepEqual(await commentTexts('/photos', '/about/'), ['<p>On the photos site</p>'])
    assert.deepEqual(rows(volumePaths.db, 'SELECT text FROM comments'), [['On the blog']])
    assert.deepEqual(rows(join(volumePaths.root, 'db/photos/comments.db'), 'SELECT text FROM comments'), [['On the photos site']])
    // Each site's CORS list is its own: the blog's origin cannot post to the photos site.
    const cross = await request('GET', '/photos/config', undefined, { Origin: FIRST })
    assert.notEqual(cross.headers['access-control-allow-origin'], FIRST)
  })

  it('lets each admin panel in with its own password only', async () => {
    assert.equal(await logIn(firstPassword), true)
    assert.equal(await logIn(secondPassword, '/photos'), true)
    assert.equal(await logIn(secondPassword), false)
    assert.equal(await logIn(firstPassword, '/photos'), false)
  })

  it("shows both sites' waiting comments on the dashboard", async () => {
    const waiting = await until(() => rt.rec.health.find((h) => h.id === 'waiting' && h.result === 'success'))
    assert.match(waiting.message ?? '', /photos/)
  })

  it('removing the site keeps its comments; with one site again, store.json and the command are as before (ISSO_SITES gone)', async () => {
    const starts = run.starts
    await rt.runAction(removeSite, { site: 'photos', deleteComments: false })
    await run.waitForStarts(starts + 1)
    await run.waitForIsso()
    assert.equal((await request('GET', '/photos/info')).status, 404)
    const kept = readdirSync(join(volumePaths.root, 'db')).filter((n) => n.startsWith('photos.removed-'))
    assert.equal(kept.length, 1)
    const folder = join(volumePaths.root, 'db', kept[0])
    assert.deepEqual(rows(join(folder, 'comments.db'), 'SELECT text FROM comments'), [['On the photos site']])
    assert.ok(existsSync(join(folder, 'photos.cfg')), 'its config was not kept')
    assert.equal(existsSync(join(volumePaths.root, 'config/photos.cfg')), false)
    // Apart from the first site's `seen`, main's own note of the comments it has seen
    // (and so announced), which appears with its first poll.
    const { firstSite, ...rest } = JSON.parse(readFileSync(storePath, 'utf8')) as { firstSite: Record<string, unknown> }
    const { seen: _seen, ...firstRecord } = firstSite
    assert.equal(JSON.stringify({ firstSite: firstRecord, ...rest }, null, 2), storeWithOneSite)
    await until(() => containerProcesses().length >= 2)
    const procs = containerProcesses()
    const master = procs.find((p) => !procs.some((q) => q.pid === p.ppid))!
    assert.deepEqual(master.argv.slice(1), packageCommand())
    const env = readFileSync(`/proc/${master.pid}/environ`, 'utf8').split('\0')
    assert.ok(!env.some((e) => e.startsWith('ISSO_SITES=')), 'still serving extra sites')
  })
})

/** Polls `check` every 50 ms for up to 60 s; returns its first truthy value. */
async function until<T>(check: () => T | false | undefined | null): Promise<T> {
  const deadline = Date.now() + 60_000
  for (;;) {
    const value = check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${check.toString()}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}
