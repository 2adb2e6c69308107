// A real Isso 0.14.0 for end-to-end tests: upstream's gunicorn from the venv, with the
// image's flags, running Isso as the package's main runs it (assets/isso_sites.py with
// the settings in assets/isso_gunicorn.py: each worker builds the app before its first
// request), with the given isso.cfg, on a free loopback port.
//
//   const isso = await startIsso(cfgText, dir)   // { base: 'http://127.0.0.1:PORT', stop() }
//
// With `sites` ({ blog: cfgText }), several sites: the first at /, each other at /<name>/.
// With `workers`, that many workers (the image runs 4; one is enough for most tests).
//
// The cfg's [general] host entries should answer or refuse at once: Isso sends HEAD / to
// each at start-up with a 5 s timeout.
import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { issoVenv } from './isso'

const ASSETS = resolve(__dirname, '..', '..', 'assets')

export interface RunningIsso {
  base: string
  /** SIGTERM, then gunicorn's exit status and everything it logged. */
  stop(): Promise<{ code: number | null; log: string }>
}

export async function startIsso(cfgText: string, dir: string, sites?: Record<string, string>, workers = 1): Promise<RunningIsso> {
  const cfg = join(dir, 'isso.cfg')
  await writeFile(cfg, cfgText)
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', ISSO_SETTINGS: cfg }
  if (sites) {
    env.ISSO_SITES = join(dir, 'sites')
    await mkdir(env.ISSO_SITES, { recursive: true })
    for (const [name, text] of Object.entries(sites)) await writeFile(join(env.ISSO_SITES, `${name}.cfg`), text)
  }
  const app = ['--config', join(ASSETS, 'isso_gunicorn.py'), '--pythonpath', ASSETS, 'isso_sites:application']
  const proc = spawn(join(issoVenv()!, 'bin', 'gunicorn'), ['-b', '127.0.0.1:0', '-w', String(workers), '--preload', ...app], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let log = ''
  proc.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)))
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM')
    return { code: await exited, log }
  }
  const base = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`gunicorn did not listen within 15 s:\n${log}`)), 15_000)
    proc.stderr!.on('data', () => {
      const port = /Listening at: http:\/\/127\.0\.0\.1:(\d+)/.exec(log)?.[1]
      if (port) {
        clearTimeout(timer)
        ok(`http://127.0.0.1:${port}`)
      }
    })
    proc.on('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`gunicorn exited (${code}):\n${log}`))
    })
  }).catch(async (e) => {
    await stop()
    throw e
  })
  // gunicorn listens before its worker has built Isso; wait (bounded) until Isso reads
  // its database (the comments of a page: 200, empty).
  for (const deadline = Date.now() + 15_000; ; ) {
    const ok = await fetch(`${base}/?uri=%2F__ready__`, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false)
    if (ok) break
    // A worker whose Isso refuses to start stops gunicorn after it listened.
    if (proc.exitCode !== null) throw new Error(`gunicorn exited (${proc.exitCode}):\n${log}`)
    if (Date.now() > deadline) {
      await stop()
      throw new Error('Isso did not read its database within 15 s')
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  return { base, stop }
}
