// How main runs Isso under gunicorn, checked from outside against upstream Isso 0.14.0,
// with moderation on (Isso then starts its purge thread, isso/core.py ThreadedMixin):
// the gunicorn master runs no thread of Isso's when it forks, every worker builds its
// app before its first request, one worker runs the purge loop, and a first start on an
// empty database comes up whole.
//
// A worker that has built the site's app has the site's purge lock file open
// (assets/isso_purge.py opens it from Isso's constructor); the one that holds the lock
// runs the purge loop.
//
// The purge thread is told apart by what it does between purges: `time.sleep(purge-after)`,
// which CPython on Linux makes a clock_nanosleep system call (/proc/<pid>/task/<tid>/syscall
// shows its number). gunicorn's own threads wait in epoll/select/futex instead. Under the
// image's command (`--preload isso.run`) the master shows one such thread; it was the
// cause of workers hanging at their first database access.
import { containerProcesses, e2eSkip, e2eVolume, MainRun, request, Runtime, sqlite, until, volumePaths } from './harness'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { arch } from 'node:os'
import { after, before, describe, it } from 'node:test'
import { configureServerAction } from '../../startos/actions/configureServer'
import { setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { parseConfig } from '../../startos/isso/configparser'
import { readServerInput } from '../../startos/isso/server'

const configureServer = configureServerAction(e2eVolume)
const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)

const WEBSITE = 'https://blog.example.com'

// clock_nanosleep's number in the kernel's system call table, per architecture.
const CLOCK_NANOSLEEP: Record<string, number> = { x64: 230, arm64: 115 }

/** The threads of `pid` that sleep in clock_nanosleep right now. */
function sleepingThreads(pid: number): number {
  let count = 0
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const call = Number(readFileSync(`/proc/${pid}/task/${tid}/syscall`, 'utf8').split(' ')[0])
    if (call === CLOCK_NANOSLEEP[arch()]) count++
  }
  return count
}

const hasPurgeLock = (pid: number) =>
  readdirSync(`/proc/${pid}/fd`).some((fd) => {
    try {
      return /\/tmp\/isso-purge-\d+-[0-9a-f]+\.lock$/.test(readlinkSync(`/proc/${pid}/fd/${fd}`))
    } catch {
      return false // closed meanwhile
    }
  })

/** Four workers, each built (purge lock open), exactly one purge loop among them. */
const builtWorkers = (workers: { pid: number }[]) =>
  workers.length === 4 && workers.every((w) => hasPurgeLock(w.pid)) && workers.reduce((n, w) => n + sleepingThreads(w.pid), 0) === 1

const gunicorn = () => {
  const procs = containerProcesses()
  const masters = procs.filter((p) => !procs.some((q) => q.pid === p.ppid))
  return { masters, workers: procs.filter((p) => masters.some((m) => m.pid === p.ppid)) }
}

/** One GET of a page's comments (a database read) and how long it took, in ms. */
async function timedRead(): Promise<{ status: number; ms: number }> {
  const started = Date.now()
  const reply = await request('GET', '/?uri=%2Fpost%2F')
  return { status: reply.status, ms: Date.now() - started }
}

describe("Isso's app built in each gunicorn worker, no Isso thread in the master", { skip: e2eSkip() || (!(arch() in CLOCK_NANOSLEEP) && `no clock_nanosleep number known for ${arch()}`) }, () => {
  let rt: Runtime
  let run: MainRun

  before(async () => {
    rt = new Runtime()
    await rt.install()
    await rt.runAction(setWebsites, { websites: [WEBSITE] })
    await rt.runAction(setAdminPassword, {})
    const input = readServerInput(parseConfig(await rt.readCfg()))
    input.moderation.enabled = true
    await rt.runAction(configureServer, { ...input, notifications: 'auto' })
  })
  after(() => rt?.close())

  it('starts on an empty database: one master, four workers, each built, one purge loop among them, none in the master', async () => {
    assert.equal(existsSync(volumePaths.db), false, 'the database exists before the first start')
    run = await rt.startMain()
    // No request of ours before this point: the workers build while gunicorn's master
    // waits. (main's own health check sends a GET /info now and then, one at a time: it
    // could reach one worker, not four.)
    await until('four built gunicorn workers, one purge loop', 60_000, () => {
      const { masters, workers } = gunicorn()
      return masters.length === 1 && builtWorkers(workers)
    })
    const { masters, workers } = gunicorn()
    assert.equal(sleepingThreads(masters[0].pid), 0, "a thread of Isso's sleeps in gunicorn's master")
    // The set-up ran once, in the master, with Isso's own code: one session key, Isso's
    // schema at its newest version, and the package's record of the password.
    assert.deepEqual(sqlite("SELECT key FROM preferences ORDER BY key"), [['session-key'], ['startos-session-key-password']])
    assert.deepEqual(sqlite('PRAGMA user_version'), [[5]])
    // Still the same four: none failed to boot and was replaced.
    await new Promise((r) => setTimeout(r, 1000))
    assert.deepEqual(gunicorn().workers.map((w) => w.pid).sort(), workers.map((w) => w.pid).sort())
  })

  it('answers twelve concurrent first reads, each within 5 s', async () => {
    const reads = await Promise.all(Array.from({ length: 12 }, timedRead))
    for (const { status, ms } of reads) {
      assert.equal(status, 200)
      assert.ok(ms < 5000, `a first read took ${ms} ms`)
    }
  })

  it('after a restart, the same; and when the purging worker dies, its replacement takes the purge over', async () => {
    const before = gunicorn().masters[0].pid
    const starts = run.starts
    // Any change of isso.cfg restarts main; this one rotates nothing.
    await rt.writeCfg(`${await rt.readCfg()}\n# restarted by the test\n`)
    await run.waitForStarts(starts + 1, 60_000)
    await until('a new master with four built workers, one purge loop', 60_000, () => {
      const { masters, workers } = gunicorn()
      return masters.length === 1 && masters[0].pid !== before && builtWorkers(workers)
    })
    assert.equal(sleepingThreads(gunicorn().masters[0].pid), 0)
    const reads = await Promise.all(Array.from({ length: 12 }, timedRead))
    assert.deepEqual(reads.filter((r) => r.status !== 200 || r.ms >= 5000), [])
    const purger = gunicorn().workers.find((w) => sleepingThreads(w.pid) === 1)!
    process.kill(purger.pid, 'SIGKILL')
    await until('a replacement worker with the purge loop', 60_000, () => {
      const { workers } = gunicorn()
      return !workers.some((w) => w.pid === purger.pid) && builtWorkers(workers)
    })
  })
})
