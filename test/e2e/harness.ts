// The end-to-end harness: import it FIRST in every test/e2e file (its first import moves
// the file into its own namespaces, see runtime/namespace.ts). It drives the package as
// StartOS does, against upstream Isso 0.14.0 from .isso-venv, through the runtime double
// in runtime/: init on install, actions, and main, whose daemon really runs.
//
//   const rt = new Runtime()          // fresh volume, fresh recorder
//   await rt.install()                // init as on install (seeds the volume)
//   await rt.runAction(setWebsites, { websites: [...] })
//   const run = await rt.startMain()  // main() + build(), as the runtime does
//   await run.waitForIsso()           // GET /info answered 200
//   await run.stop()                  // leave main's context, wait for the teardown
//   await rt.close()
import { namespaceProblem } from './runtime/namespace'
import type { T } from '@start9labs/start-sdk'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import * as http from 'node:http'
import { join } from 'node:path'
import { actionsOn } from '../../startos/actions'
import { POLL_TIMING, pollSchedule } from '../../startos/health/commentsPoll'
import { ISSO_SERVER_TIMING } from '../../startos/health/issoServerTiming'
import { initOn } from '../../startos/init'
import { mainWith, type MainDeps } from '../../startos/main'
import { volumeAt } from '../../startos/sites'
import { versionGraphOn } from '../../startos/versions'
import { issoPython, skipWithoutIsso } from '../helpers/isso'
import { newContext, newRecorder, type Context, type Recorder } from './runtime/effects'
import { SUBCONTAINERS, VOLUME } from './runtime/layout'

/** For `describe(name, { skip: e2eSkip() }, …)`: false when the tests can run, else why not. */
export const e2eSkip = (): false | string => namespaceProblem ?? skipWithoutIsso()

export const ISSO_URL = 'http://127.0.0.1:8080'
export const E2E_QUIET = { quietMs: 250, maxWaitMs: 10_000 }
/**
 * Volume `main` as the package sees it here: the real path, with the wait for a quiet
 * isso.cfg shortened from 1.5 s. Every action and start here follows a write by a step
 * before it, and the suite would spend most of its time waiting; handEdits.test.ts still
 * pauses longer than this, so a settled empty file is covered. Hand it to the actions a
 * test runs: `setWebsitesAction(e2eVolume)`.
 */
export const e2eVolume = volumeAt(VOLUME, E2E_QUIET)
type Main = ReturnType<typeof mainWith>

export const volumePaths = {
  root: VOLUME,
  cfg: join(VOLUME, 'config/isso.cfg'),
  db: join(VOLUME, 'db/comments.db'),
}

/** An action as `sdk.Action.withInput/withoutInput` makes it (what the runtime calls). */
interface RunnableAction<Input> {
  id: string
  getInput(o: { effects: T.Effects; prefill: unknown }): Promise<unknown>
  run(o: { effects: T.Effects; input: Input }): Promise<T.ActionResult | null | void>
}

export class Runtime {
  readonly rec: Recorder = newRecorder()
  private initContext: Context | null = null
  private mains: MainRun[] = []

  /** Starts from an empty volume `main`. */
  constructor() {
    rmSync(VOLUME, { recursive: true, force: true })
    mkdirSync(VOLUME, { recursive: true })
  }

  /** init as on a fresh install. Its context (and the watchers it starts) lives until close(). */
  async install(kind: 'install' | null = 'install'): Promise<void> {
    this.initContext?.leave()
    this.initContext = newContext(this.rec, 'init')
    const { init } = initOn(e2eVolume, actionsOn(e2eVolume), versionGraphOn(e2eVolume))
    await init({ effects: this.initContext.effects, kind })
  }

  /** Opens the action's form as the owner would see it: the built input spec. */
  async openForm(action: RunnableAction<unknown>): Promise<Record<string, unknown>> {
    const ctx = newContext(this.rec, `action:${action.id}`)
    try {
      const form = (await action.getInput({ effects: ctx.effects, prefill: null })) as { spec: Record<string, unknown> }
      return form.spec
    } finally {
      ctx.leave()
    }
  }

  /**
   * Opens the action's form, then runs it with `input`, in a context of its own. With
   * `{ formOpen: true }` it runs the form opened last (openForm), as when the owner
   * submits a form opened a while ago: the SDK checks the input against that form.
   */
  async runAction<Input>(action: RunnableAction<Input>, input: Input, { formOpen = false } = {}): Promise<T.ActionResult | null> {
    const ctx = newContext(this.rec, `action:${action.id}`)
    try {
      if (!formOpen) await action.getInput({ effects: ctx.effects, prefill: null })
      return (await action.run({ effects: ctx.effects, input })) ?? null
    } finally {
      ctx.leave()
    }
  }

  /**
   * Runs main and builds its daemons, as the runtime does. Rejects with main's error
   * when main refuses to start. When a `.const()` value main read changes, the run
   * restarts main by itself (leave, tear down, run again), as StartOS does. `deps`: the
   * package's (its poll schedule, Isso Server's timing) unless a test replaces one.
   */
  async startMain(deps: Partial<Omit<MainDeps, 'volume'>> = {}): Promise<MainRun> {
    const packages = { pollSchedule: pollSchedule(POLL_TIMING), issoServerTiming: ISSO_SERVER_TIMING }
    const run = new MainRun(this.rec, mainWith({ volume: e2eVolume, ...packages, ...deps }))
    await run.start()
    this.mains.push(run)
    return run
  }

  readCfg = () => readFile(volumePaths.cfg, 'utf8')
  writeCfg = (text: string) => writeFile(volumePaths.cfg, text)

  /** Stops every main still running and leaves the init context. */
  async close(): Promise<void> {
    await Promise.all(this.mains.map((m) => m.stop()))
    this.initContext?.leave()
  }
}

export class MainRun {
  /** How often the runtime ran main (1 + restarts after a change). */
  starts = 0
  /** The error of the latest main run that refused to start (null once one starts). */
  lastError: Error | null = null
  private ctx: Context | null = null
  private daemons: { term(): Promise<void> } | null = null
  private restarting: Promise<void> = Promise.resolve()
  private stopped = false

  constructor(
    readonly rec: Recorder,
    private readonly mainFn: Main,
  ) {}

  async start(): Promise<void> {
    this.starts++
    const ctx = newContext(this.rec, `main#${this.starts}`, () => this.restart())
    this.ctx = ctx
    try {
      const buildable = await within(this.mainFn({ effects: ctx.effects }), 30_000, 'main to return its daemons')
      this.daemons = await within(buildable.build(), 30_000, 'the daemons to build')
      this.lastError = null
    } catch (error) {
      ctx.leave()
      this.lastError = error as Error
      throw error
    }
  }

  // What StartOS does on constRetry: stop this run of main, then run it again.
  private restart(): void {
    if (this.stopped) return
    this.restarting = this.restarting.then(async () => {
      await this.teardown()
      if (!this.stopped) await this.start().catch(() => undefined)
    })
  }

  /** Resolves once main has been run `n` times in all (restarts included), or throws at the deadline. */
  async waitForStarts(n: number, timeoutMs = 60_000): Promise<void> {
    await until(`main to run ${n} times`, timeoutMs, async () => {
      await this.restarting
      return this.starts >= n
    })
  }

  /**
   * Polls GET /info until Isso answers 200; returns its JSON. The bound is generous: each
   * of gunicorn's four workers builds Isso before it answers, and on a machine busy with
   * other test suites that took over 15 s.
   */
  async waitForIsso(timeoutMs = 60_000): Promise<unknown> {
    let body: unknown = null
    await until('Isso to answer GET /info with 200', timeoutMs, async () => {
      const r = await request('GET', '/info').catch(() => null)
      if (r?.status !== 200) return false
      body = JSON.parse(r.body)
      return true
    })
    return body
  }

  /** Waits for the daemon's health check to report `result` through effects.setHealth. */
  async waitForHealth(result: T.SetHealth['result'], timeoutMs = 15_000): Promise<T.SetHealth> {
    let found: T.SetHealth | undefined
    await until(`health ${result}`, timeoutMs, async () => {
      found = this.rec.health.find((h) => h.result === result)
      return found !== undefined
    })
    return found!
  }

  /** Leaves main's context (the runtime's stop) and waits until the daemons are torn down. */
  async stop(): Promise<void> {
    this.stopped = true
    await this.restarting
    await this.teardown()
  }

  private async teardown(): Promise<void> {
    const { ctx, daemons } = this
    this.ctx = null
    this.daemons = null
    ctx?.leave()
    // leave() started Daemons.term() (an onLeaveContext hook); term() is idempotent
    // and resolves when the processes have exited and the subcontainer is destroyed.
    // Bounded: a daemon whose spawn failed never exits, and its term() never resolves.
    // Generous: gunicorn's master (26.x in .isso-venv) exits some 7 s after its workers
    // on an idle machine, and over 15 s on a loaded one.
    if (daemons) await within(daemons.term(), 60_000, 'main to stop')
  }
}

export interface Proc {
  pid: number
  ppid: number
  argv: string[]
  /** The process's root directory: a subcontainer's rootfs for Isso's processes. */
  root: string
}

/** Every live process in this file's pid namespace (zombies excluded). */
export function processes(): Proc[] {
  const list: Proc[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (state === 'Z' || state === 'X') continue
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').slice(0, -1)
      list.push({ pid: Number(entry), ppid: Number(ppid), argv, root: readlinkSync(`/proc/${entry}/root`) })
    } catch {
      // exited while we looked
    }
  }
  return list
}

/** Processes running inside a subcontainer (root directory under the double's rootfs dir). */
export const containerProcesses = () => processes().filter((p) => p.root.startsWith(`${SUBCONTAINERS}/`))

/** Isso's processes wherever they run: anything running gunicorn or isso. */
export const issoProcesses = () =>
  processes().filter((p) => p.argv.some((a) => /gunicorn|isso\.run|\/isso\/bin\//.test(a)))

export interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** One HTTP request to Isso on loopback. */
export function request(method: string, path: string, body?: string, headers: http.OutgoingHttpHeaders = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${ISSO_URL}${path}`, { method, headers, timeout: 5000 }, (res) => {
      let data = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (data += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }))
    })
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within 5 s`)))
    req.on('error', reject)
    req.end(body)
  })
}

/** Posts a comment as a visitor of `origin` would, to the site at `prefix` ('' or '/<name>'). */
export const postComment = (prefix: string, uri: string, origin: string, text: string) =>
  request('POST', `${prefix}/new?uri=${encodeURIComponent(uri)}`, JSON.stringify({ text, title: 'About' }), {
    'Content-Type': 'application/json',
    Origin: origin,
  })

/** The published comments' texts (as Isso renders them) on `uri` of the site at `prefix`; none when the thread does not exist. */
export async function commentTexts(prefix: string, uri: string): Promise<string[]> {
  const reply = await request('GET', `${prefix}/?uri=${encodeURIComponent(uri)}`)
  if (reply.status === 404) return []
  assert.equal(reply.status, 200, reply.body)
  return (JSON.parse(reply.body) as { replies: { text: string }[] }).replies.map((c) => c.text)
}

/** The secret an action showed once (Set Admin Password, Add Site). */
export function passwordShown(result: T.ActionResult | null): string {
  if (result?.version !== '1' || result.result?.type !== 'single') throw new Error('the action showed no password')
  return result.result.value
}

/**
 * POST <prefix>/login/ as the admin panel's form does: a redirect to the panel with a
 * session cookie means logged in; a wrong password gets the login page again (200).
 */
export async function logIn(password: string, prefix = ''): Promise<boolean> {
  const reply = await request('POST', `${prefix}/login/`, new URLSearchParams({ password }).toString(), {
    'Content-Type': 'application/x-www-form-urlencoded',
  })
  const loggedIn = reply.status === 302 && /admin-session=/.test(String(reply.headers['set-cookie']))
  if (!loggedIn && reply.status !== 200) throw new Error(`unexpected login answer ${reply.status}`)
  return loggedIn
}

/** Runs a query on the volume's comments.db with Python's sqlite3 (the venv's Python). */
export function sqlite(query: string): unknown[][] {
  const script = 'import json, sqlite3, sys; print(json.dumps(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchall()))'
  return JSON.parse(execFileSync(issoPython(), ['-c', script, volumePaths.db, query], { encoding: 'utf8' })) as unknown[][]
}

/** `promise`, or a rejection naming `what` once `timeoutMs` have passed. */
export function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs)
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}

/** Polls `check` every 50 ms until it is true; throws naming `what` at the deadline. */
export async function until(what: string, timeoutMs: number, check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}
