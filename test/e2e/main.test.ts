// install → Websites → Set Admin Password → main, against upstream Isso 0.14.0 run by
// the runtime double: what a new user gets, checked from outside (processes, HTTP,
// the database, health), then a change while running and the stop.
import { containerProcesses, e2eSkip, e2eVolume, issoProcesses, logIn, MainRun, passwordShown, request, Runtime, sqlite, until, volumePaths } from './harness'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readlinkSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { checkIssoInfo } from '../../startos/health/checkIssoInfo'
import { IMAGE_PATH, packageCommand } from './runtime/layout'

const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)

const WEBSITE = 'https://blog.example.com'
// Printed in Isso's documentation and its sample isso.cfg.
const UPSTREAM_DEFAULT_PASSWORD = 'please_choose_a_strong_password'

describe('a fresh install, configured and started', { skip: e2eSkip() }, () => {
  let rt: Runtime
  let run: MainRun
  let password: string

  before(async () => {
    rt = new Runtime()
    await rt.install()
    await rt.runAction(setWebsites, { websites: [WEBSITE] })
    password = passwordShown(await rt.runAction(setAdminPassword, {}))
    run = await rt.startMain()
    await run.waitForIsso()
  })
  after(() => rt?.close())

  it("runs the image's entrypoint with its flags, then the package's gunicorn settings and WSGI entry, in WORKDIR, inside the subcontainer", async () => {
    // gunicorn listens before it has forked all its workers.
    await until('gunicorn -w 4: a master and four workers', 60_000, () => containerProcesses().length === 5)
    const procs = containerProcesses()
    const master = procs.filter((p) => !procs.some((q) => q.pid === p.ppid))
    assert.equal(master.length, 1, `one gunicorn master expected: ${JSON.stringify(procs)}`)
    // The kernel runs gunicorn's shebang interpreter: argv[0] is the venv's python.
    assert.deepEqual(master[0].argv.slice(1), packageCommand())
    assert.equal(readlinkSync(`/proc/${master[0].pid}/cwd`), `${master[0].root}/isso`)
    // The environment is the image's (plus main's exec env), nothing of the test runner's.
    const env = readFileSync(`/proc/${master[0].pid}/environ`, 'utf8').split('\0')
    assert.ok(env.includes(IMAGE_PATH), `not the image's PATH: ${env.join(' ')}`)
    assert.ok(!env.some((e) => e.startsWith('NODE_TEST_CONTEXT=')), 'the test runner leaked its environment')
  })

  it('answers GET /info with 200 and the website as origin', async () => {
    const reply = await request('GET', '/info')
    assert.equal(reply.status, 200)
    const info = JSON.parse(reply.body) as { version: string; origin: string }
    assert.equal(info.version, '0.14.0')
    assert.equal(info.origin, WEBSITE)
  })

  it('reports success from the package health check, through the daemon and called directly', async () => {
    const health = await run.waitForHealth('success')
    assert.equal(health.id, 'primary')
    assert.equal((await checkIssoInfo('http://localhost:8080/info', 2000)).result, 'success')
  })

  it('stores a comment posted from the website in the volume db/comments.db', async () => {
    const reply = await request('POST', '/new?uri=%2Fpost%2F', JSON.stringify({ text: 'Grüße from the e2e test', title: 'Post' }), {
      'Content-Type': 'application/json',
      Origin: WEBSITE,
    })
    assert.equal(reply.status, 201, reply.body)
    assert.deepEqual(sqlite('SELECT threads.uri, comments.text FROM comments JOIN threads ON threads.id = comments.tid'), [
      ['/post/', 'Grüße from the e2e test'],
    ])
  })

  it('lets the admin log in with the generated password, not with upstream default', async () => {
    assert.equal(await logIn(password), true)
    assert.equal(await logIn(UPSTREAM_DEFAULT_PASSWORD), false)
  })

  it('restarts Isso by itself when an action changes isso.cfg while it runs', async () => {
    const before = containerProcesses().map((p) => p.pid)
    const next = passwordShown(await rt.runAction(setAdminPassword, {}))
    await run.waitForStarts(2)
    await run.waitForIsso()
    assert.ok(!containerProcesses().some((p) => before.includes(p.pid)), 'the old gunicorn is still running')
    assert.equal(await logIn(next), true)
    assert.equal(await logIn(password), false)
  })

  it('leaves no Isso process and no subcontainer behind when stopped', async () => {
    const pids = containerProcesses().map((p) => p.pid)
    const roots = new Set(containerProcesses().map((p) => p.root))
    assert.ok(pids.length > 0)
    await run.stop()
    assert.deepEqual(
      pids.filter((pid) => existsSync(`/proc/${pid}`)),
      [],
      'gunicorn processes outlived the stop',
    )
    assert.deepEqual(issoProcesses(), [])
    assert.deepEqual(containerProcesses(), [])
    for (const root of roots) assert.equal(existsSync(root), false, `${root} was not destroyed`)
    assert.equal((await request('GET', '/info').catch((e: NodeJS.ErrnoException) => e.code)), 'ECONNREFUSED')
    assert.ok(existsSync(volumePaths.db), 'the database stays in the volume')
  })
})
