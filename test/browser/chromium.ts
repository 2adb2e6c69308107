// Debian's Chromium, headless, driven by playwright-core, for the browser tests. One
// instance serves a whole test file (each case opens its own context: fresh cookies
// and storage). Everything it writes goes under one per-run directory, which is also its
// HOME: that is how its processes are found again at the end, crash handler included
// (that one detaches from the browser's process tree), and stopped by PID.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

// Without the background-networking flags Chromium keeps trying Google's hosts, which a
// closed network refuses; --no-sandbox because the tests run as root.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** For `describe(…, { skip })`: false when Chromium is installed; CI must have it. */
export function chromiumSkip(): false | string {
  if (existsSync(CHROMIUM)) return false
  const why = `${CHROMIUM} is missing: apt-get install chromium`
  if (process.env.CI === 'true') throw new Error(`CI=true but ${why}`)
  return why
}

export interface RunningChromium {
  browser: Browser
  /** The per-run HOME (and TMPDIR, where playwright makes the fresh profile). */
  home: string
  /** Closes the browser, then stops by PID whatever still runs with this HOME. */
  close(): Promise<void>
}

export async function launchChromium(): Promise<RunningChromium> {
  const home = await mkdtemp(join(tmpdir(), 'isso-chromium-'))
  // playwright makes its fresh --user-data-dir under os.tmpdir(), read at launch time.
  const savedTmp = process.env.TMPDIR
  process.env.TMPDIR = home
  let browser: Browser
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ARGS,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, TMPDIR: home },
      timeout: 30_000,
    })
  } catch (error) {
    await stopByHome(home)
    await rm(home, { recursive: true, force: true })
    throw error
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = savedTmp
  }
  const close = async () => {
    await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 10_000).unref())])
    await stopByHome(home)
    await rm(home, { recursive: true, force: true })
  }
  return { browser, home, close }
}

/** PIDs of live processes whose environment has HOME=<home>. */
export function pidsWithHome(home: string): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      if (/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3))) continue
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`HOME=${home}`)) pids.push(Number(entry))
    } catch {
      // exited while we looked
    }
  }
  return pids
}

// SIGTERM, then SIGKILL after 5 s; resolves when none is left (throws after 10 s).
async function stopByHome(home: string): Promise<void> {
  const signal = (pids: number[], sig: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, sig)
      } catch {
        // already gone
      }
    }
  }
  signal(pidsWithHome(home), 'SIGTERM')
  const start = Date.now()
  let killed = false
  for (;;) {
    const left = pidsWithHome(home)
    if (left.length === 0) return
    if (!killed && Date.now() - start > 5_000) {
      signal(left, 'SIGKILL')
      killed = true
    }
    if (Date.now() - start > 10_000) throw new Error(`Chromium processes outlived SIGKILL: ${left.join(' ')}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** A page in a fresh context, with what its console and scripts reported. */
export interface Visit {
  page: Page
  context: BrowserContext
  /** Console errors and uncaught exceptions, in order. */
  errors: string[]
  close(): Promise<void>
}

export async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext()
  context.setDefaultTimeout(10_000)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`)
  })
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`))
  await page.goto(url, { waitUntil: 'load' })
  return { page, context, errors, close: () => context.close() }
}
