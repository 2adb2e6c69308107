// `node --import tsx scripts/bench-notify.ts`: what main's one poll a minute costs (the
// waiting count for the dashboard and the new comments for notifications, isso/poll/),
// with upstream Isso 0.14.0's Python from scripts/isso-env.sh, on databases of 10,000
// comments each (Isso's schema, built by its own SQLite3 class): the duration of one
// poll, the CPU time it takes (the Python process's user + system time), and how long
// its read transaction holds SQLite's shared lock. Median of 20 runs each, for one site
// and for three sites (still one process), a quiet poll (nothing new) and one with 10
// new comments.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pollCommand, type PollQuery } from '../startos/isso/poll'
import { issoPython, issoVenv } from '../test/helpers/isso'

const COMMENTS = 10_000
const RUNS = 20

const BUILD = `
import sqlite3, sys, time
from isso import config
from isso.db import SQLite3
SQLite3(sys.argv[1], config.load(config.default_file()))
c = sqlite3.connect(sys.argv[1])
c.executemany("INSERT INTO threads (uri, title) VALUES (?, ?)", [("/p/%d/" % i, "Post %d" % i) for i in range(500)])
now = time.time()
c.executemany(
    "INSERT INTO comments (tid, parent, created, modified, mode, remote_addr, text, author, email, website, likes, dislikes, voters, notification)"
    " VALUES (?, NULL, ?, NULL, ?, '192.0.2.0', ?, 'Reader', NULL, NULL, 0, 0, x'00', 0)",
    [(1 + i % 500, now - (int(sys.argv[2]) - i), 2 if i % 7 == 0 else 1, "lorem ipsum " * 40) for i in range(int(sys.argv[2]))],
)
c.commit()
print(c.execute("SELECT MAX(id), MAX(created) FROM comments").fetchone()[1])
`

// Children's CPU time as the kernel counts it (/proc/self/stat cutime + cstime, in ticks).
const ticks = () => {
  const f = readFileSync('/proc/self/stat', 'utf8').slice(readFileSync('/proc/self/stat', 'utf8').lastIndexOf(')') + 2).split(' ')
  return Number(f[13]) + Number(f[14])
}
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }))
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]

function measure(label: string, queries: PollQuery[]) {
  const [python, ...args] = pollCommand(queries, issoPython())
  const walls: number[] = []
  const before = ticks()
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint()
    const run = spawnSync(python, args, { encoding: 'utf8' })
    if (run.status !== 0) throw new Error(run.stderr)
    walls.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  const cpu = ((ticks() - before) * TICK_MS) / RUNS
  console.log(`${label}: ${median(walls).toFixed(0)} ms per poll (median), ${cpu.toFixed(0)} ms CPU per poll (mean)`)
  return cpu
}

// The queries inside one read transaction, timed in Python: how long Isso's writers could wait.
function lockHeld(queries: PollQuery[]) {
  const [python, , script, arg] = pollCommand(queries, issoPython())
  // Wall time, and the process's CPU time in it (what it would be on an idle machine).
  const timed = script
    .replace('    c.execute("BEGIN")', '    global _t0, _c0; _t0 = time.perf_counter(); _c0 = time.process_time(); c.execute("BEGIN")')
    .replace(
      '    finally:\n        c.close()',
      '    finally:\n        c.close(); sys.stderr.write("%.2f %.2f\\n" % ((time.perf_counter() - _t0) * 1000, (time.process_time() - _c0) * 1000))',
    )
  if (timed === script) throw new Error('the poll script changed: lockHeld no longer finds its read transaction')
  const runs = Array.from({ length: RUNS }, () => spawnSync(python, ['-c', timed, arg], { encoding: 'utf8' }).stderr.trim().split('\n')[0].split(' ').map(Number))
  const [wall, cpu] = [median(runs.map((r) => r[0])), median(runs.map((r) => r[1]))]
  console.log(`  read transaction (shared lock held): ${wall.toFixed(2)} ms, ${cpu.toFixed(2)} ms of it on the CPU`)
}

if (!issoVenv()) throw new Error('run scripts/isso-env.sh first')
const dir = mkdtempSync(join(tmpdir(), 'isso-bench-notify-'))
try {
  const dbs = ['a', 'b', 'c'].map((n) => join(dir, `${n}.db`))
  const newest = dbs.map((db) => Number(execFileSync(issoPython(), ['-c', BUILD, db, String(COMMENTS)], { encoding: 'utf8' })))
  const quiet = (db: string, i: number): PollQuery => ({ db, news: { after: { id: COMMENTS, created: newest[i] }, scope: 'all', limit: 10 } })
  const busy = (db: string, i: number): PollQuery => ({ db, news: { after: { id: COMMENTS - 10, created: newest[i] - 10 }, scope: 'all', limit: 10 } })
  measure(`1 site, ${COMMENTS} comments, nothing new`, [quiet(dbs[0], 0)])
  lockHeld([quiet(dbs[0], 0)])
  measure(`1 site, ${COMMENTS} comments, 10 new`, [busy(dbs[0], 0)])
  measure(`3 sites, ${COMMENTS} comments each, nothing new`, dbs.map(quiet))
  console.log(`wake-ups: 60 polls an hour (one every 60 s), one process each, whatever the number of sites`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
