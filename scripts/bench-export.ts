// `node --import tsx scripts/bench-export.ts`: exports a 10,000-comment Isso database the
// way the action does (runExport, the exporter script under upstream Isso 0.14.0's Python
// from scripts/isso-env.sh) and prints the median of 5 runs. Target: under 10 s on the
// 2-core machine. Also prints how long the read transaction held SQLite's shared lock and
// the bytes per comment behind the 100 kB "shown for copying" threshold (limits.ts).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runExport, type ExportReport } from '../startos/isso/export/run'
import { issoPython, issoVenv } from '../test/helpers/isso'
import { localRunner, localPaths } from '../test/helpers/runner'

const COMMENTS = 10_000
const THREADS = 500
const RUNS = 5

// Isso's own SQLite3 class makes the schema; the rows go in one transaction, since Isso's
// one-connection-per-statement add() would take minutes for 10,000. Every fifth comment
// replies to the one four before it; texts run 50 to 950 characters, some non-ASCII.
const BUILD = `
import random, sqlite3, sys
from isso import config
from isso.db import SQLite3
from isso.utils import Bloomfilter
SQLite3(sys.argv[1], config.load(config.default_file()))
n, threads = int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(1)
words = 'lorem ipsum dolor sit amet Grüße 日本語 & <em>markdown</em> *isso* comment reply'.split()
voters = memoryview(Bloomfilter(iterable=['192.0.2.0']).array)
c = sqlite3.connect(sys.argv[1])
with c:
    c.executemany('INSERT INTO threads (id, uri, title) VALUES (?, ?, ?)',
                  [(t, '/post/%d/' % t, 'Post number %d' % t) for t in range(1, threads + 1)])
    rows = []
    for i in range(1, n + 1):
        tid = (i - 1) % threads + 1
        parent = i - threads * 4 if i % 5 == 0 and i > threads * 4 else None
        text = ' '.join(rnd.choice(words) for _ in range(rnd.randint(8, 150)))[:950]
        rows.append((tid, i, parent, 1600000000 + i * 37.5, None, 2 if i % 50 == 0 else 1, '192.0.2.0', text,
                     'Author %d' % (i % 700), 'author%d@example.org' % (i % 700), None, i % 4, 0, voters, 0))
    c.executemany('INSERT INTO comments VALUES (%s)' % ','.join('?' * 15), rows)
`

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
}

async function main(): Promise<void> {
  if (!issoVenv()) throw new Error('run scripts/isso-env.sh first: the exporter needs upstream Isso 0.14.0')
  const root = mkdtempSync(join(tmpdir(), 'isso-bench-export-'))
  try {
    const paths = localPaths(root)
    const dbFile = join(paths.dbDir, 'comments.db')
    execFileSync(issoPython(), ['-c', BUILD, dbFile, String(COMMENTS), String(THREADS)])
    const times: number[] = []
    let last: ExportReport | null = null
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint()
      last = await runExport({ dbDir: paths.dbDir, dbFile, container: localRunner(), paths })
      times.push(Number(process.hrtime.bigint() - start) / 1e6)
    }
    if (!last || last.comments !== COMMENTS) throw new Error(`exported ${last?.comments} comments, not ${COMMENTS}`)
    console.log(`Export of ${COMMENTS.toLocaleString('en')} comments in ${THREADS} threads (runExport, upstream Isso's Python)`)
    console.log(`  median of ${RUNS}:           ${(median(times) / 1000).toFixed(2)} s   (target < 10 s)`)
    console.log(`  read transaction:       ${last.readMs} ms   (the longest Isso could wait for us)`)
    console.log(`  file:                   ${(last.bytes / 1e6).toFixed(2)} MB, ${Math.round(last.bytes / COMMENTS)} bytes per comment`)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

void main()
