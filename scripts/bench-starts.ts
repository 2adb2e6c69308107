// `node --import tsx scripts/bench-starts.ts [--comments 60000] [--starts 20] [--reads 12] [--only image|direct|main]`
// (as root: it runs in the end-to-end tests' namespaces, test/e2e/harness.ts).
//
// What the first reads after a start of Isso cost, side by side:
//   image    the image's own command, `gunicorn -b … -w 4 --preload --worker-tmp-dir
//            /dev/shm isso.run`, run directly from .isso-venv on a copy of the database;
//   package  the package's command (assets/isso_sites.py with assets/isso_gunicorn.py,
//            each worker building its app), run the same way ("direct"), and through
//            the package's `main` under the StartOS runtime double ("main").
// Same settings (the file main derives, moderation on) and the same database of
// `--comments` published comments (Isso's schema, made by its own SQLite3 class). Each
// start: wait until GET /info answers 200 (what the health check saw), then `--reads`
// concurrent GETs of different pages' comments (database reads); a read counts as failed
// on any status but 200, an error, or no answer within 60 s.
import { containerProcesses, e2eSkip, e2eVolume, ISSO_URL, request, Runtime, until, volumePaths, type MainRun } from '../test/e2e/harness'
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import * as http from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { configureServerAction } from '../startos/actions/configureServer'
import { setAdminPasswordAction } from '../startos/actions/setAdminPassword'
import { setWebsitesAction } from '../startos/actions/setWebsites'
import { issoSettingsText } from '../startos/isso/config'
import { parseConfig } from '../startos/isso/configparser'
import { readServerInput } from '../startos/isso/server'
import { issoPython, ISSO_VENV } from '../test/helpers/isso'

const configureServer = configureServerAction(e2eVolume)
const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const COMMENTS = arg('comments', 60_000)
const STARTS = arg('starts', 20)
const READS = arg('reads', 12)
// --only image|direct|main: one of the three (the default runs all three).
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null
const THREADS = 600
const READ_TIMEOUT_MS = 60_000
const SLOW_MS = 5_000

// Published comments (mode 1) spread over THREADS pages, in Isso's own schema.
const BUILD = `
import sqlite3, sys, time

const configureServer = configureServerAction(e2eVolume)
const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)
from isso import config
from isso.db import SQLite3
SQLite3(sys.argv[1], config.load(config.default_file()))
c = sqlite3.connect(sys.argv[1])
c.executemany("INSERT INTO threads (uri, title) VALUES (?, ?)", [("/p/%d/" % i, "Post %d" % i) for i in range(${THREADS})])
now = time.time()
n = int(sys.argv[2])
c.executemany(
    "INSERT INTO comments (tid, parent, created, modified, mode, remote_addr, text, author, email, website, likes, dislikes, voters, notification)"
    " VALUES (?, NULL, ?, NULL, 1, '192.0.2.0', ?, 'Reader', NULL, NULL, 0, 0, x'00', 0)",
    [(1 + i % ${THREADS}, now - (n - i) * 60, "lorem ipsum dolor sit amet " * 12) for i in range(n)],
)
c.commit()
`

interface Start {
  upMs: number
  reads: { ms: number; ok: boolean }[]
}

function read(path: string): Promise<{ ms: number; ok: boolean }> {
  const started = Date.now()
  return new Promise((resolve) => {
    const done = (ok: boolean) => resolve({ ms: Date.now() - started, ok })
    const req = http.get(`${ISSO_URL}${path}`, { timeout: READ_TIMEOUT_MS, agent: false }, (res) => {
      res.resume().on('end', () => done(res.statusCode === 200))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', () => done(false))
  })
}

async function firstReads(started: number): Promise<Start> {
  await until('GET /info 200', 120_000, async () => (await request('GET', '/info').catch(() => null))?.status === 200)
  const upMs = Date.now() - started
  const offset = Math.floor(Math.random() * THREADS)
  const reads = await Promise.all(Array.from({ length: READS }, (_, i) => read(`/?uri=${encodeURIComponent(`/p/${(offset + i) % THREADS}/`)}`)))
  return { upMs, reads }
}

const IMAGE_FLAGS = ['-b', '0.0.0.0:8080', '-w', '4', '--preload', '--worker-tmp-dir', '/dev/shm']
const ASSETS = join(__dirname, '..', 'assets')
const COMMANDS = {
  image: [...IMAGE_FLAGS, 'isso.run'],
  // The package's command outside main, to tell its cost from main's own.
  'package (direct)': [...IMAGE_FLAGS, '--config', join(ASSETS, 'isso_gunicorn.py'), '--pythonpath', ASSETS, 'isso_sites:application'],
}

async function directStarts(label: keyof typeof COMMANDS, settingsText: string, db: string): Promise<Start[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-image-'))
  const cfg = join(dir, 'isso.cfg')
  const copy = join(dir, 'comments.db')
  copyFileSync(db, copy)
  writeFileSync(cfg, issoSettingsText(parseConfig(settingsText), { dbpath: copy }))
  const results: Start[] = []
  for (let i = 0; i < STARTS; i++) {
    const started = Date.now()
    const gunicorn = spawn(
      join(ISSO_VENV, 'bin', 'gunicorn'),
      COMMANDS[label],
      { env: { PATH: '/usr/bin:/bin', ISSO_SETTINGS: cfg }, stdio: 'ignore', detached: true },
    )
    const exited = new Promise((r) => gunicorn.once('exit', r))
    try {
      results.push(await firstReads(started))
    } finally {
      // A hung worker ignores SIGTERM until gunicorn's timeout: the whole group goes.
      process.kill(-gunicorn.pid!, 'SIGKILL')
      await exited
      await until('port 8080 free', 10_000, async () => (await request('GET', '/info').catch(() => null)) === null)
    }
    report(`${label} ${i + 1}`, [results[i]])
  }
  rmSync(dir, { recursive: true, force: true })
  return results
}

async function packageStarts(rt: Runtime): Promise<Start[]> {
  const results: Start[] = []
  for (let i = 0; i < STARTS; i++) {
    const started = Date.now()
    const run: MainRun = await rt.startMain()
    try {
      results.push(await firstReads(started))
    } finally {
      // On a busy machine the stop can outlast the harness's bound; wait it out here.
      await run.stop().catch((error: unknown) => console.log(`stop: ${String(error)}`))
      await until('no Isso left', 120_000, () => containerProcesses().length === 0)
    }
    report(`package (main) ${i + 1}`, [results[i]])
  }
  return results
}

function report(label: string, starts: Start[]): void {
  const reads = starts.flatMap((s) => s.reads)
  const worst = Math.max(...reads.map((r) => r.ms))
  const slowStarts = starts.filter((s) => s.reads.some((r) => !r.ok || r.ms > SLOW_MS)).length
  const failed = reads.filter((r) => !r.ok).length
  const up = starts.map((s) => s.upMs).sort((a, b) => a - b)
  console.log(
    `${label.padEnd(20)} starts ${String(starts.length).padStart(2)}  reads ${String(reads.length).padStart(3)}  ` +
      `failed ${String(failed).padStart(2)}  starts with a read > ${SLOW_MS / 1000} s or failed ${String(slowStarts).padStart(2)}  ` +
      `worst read ${(worst / 1000).toFixed(2)} s  median up ${(up[Math.floor(up.length / 2)] / 1000).toFixed(1)} s`,
  )
}

async function bench(): Promise<void> {
  const skip = e2eSkip()
  if (skip) throw new Error(skip)
  const rt = new Runtime()
  try {
    await rt.install()
    await rt.runAction(setWebsites, { websites: ['https://blog.example.com'] })
    await rt.runAction(setAdminPassword, {})
    const input = readServerInput(parseConfig(await rt.readCfg()))
    input.moderation.enabled = true
    await rt.runAction(configureServer, { ...input, notifications: 'auto' })
    execFileSync('mkdir', ['-p', join(volumePaths.root, 'db')])
    execFileSync(issoPython(), ['-c', BUILD, volumePaths.db, String(COMMENTS)])
    const mb = (statSync(volumePaths.db).size / 1e6).toFixed(1)
    console.log(`database: ${COMMENTS} published comments on ${THREADS} pages, ${mb} MB; moderation on; ${READS} concurrent first reads per start`)
    console.log(`load average before: ${readFileSync('/proc/loadavg', 'utf8').trim()}`)
    const cfg = await rt.readCfg()
    const image = !ONLY || ONLY === 'image' ? await directStarts('image', cfg, volumePaths.db) : []
    const direct = !ONLY || ONLY === 'direct' ? await directStarts('package (direct)', cfg, volumePaths.db) : []
    const pkg = !ONLY || ONLY === 'main' ? await packageStarts(rt) : []
    console.log('')
    console.log(`load average after: ${readFileSync('/proc/loadavg', 'utf8').trim()}`)
    if (image.length) report('image (isso.run)', image)
    if (direct.length) report('package (direct)', direct)
    if (pkg.length) report('package (main)', pkg)
  } finally {
    await rt.close()
  }
}

bench().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
