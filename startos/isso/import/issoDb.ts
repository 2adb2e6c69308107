import { CONTAINER_PATHS, type ImporterPaths } from './command'
import type { Counts } from './counts'
import { Failure } from '../failure'
import type { ImportProblem } from './failure'

// Another Isso's comments.db, taken as it is: the only route that keeps everything
// (replies, pending and deleted comments, votes, titles). Generic JSON flattens replies.

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/** Before anything runs: the file must at least be SQLite. */
export function checkSqliteHeader(data: Buffer): void {
  if (data.length < 100 || !data.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) {
    throw new Failure<ImportProblem>('not-isso-db', 'not an SQLite database')
  }
}

// Run by the image's Python on the downloaded copy. Checks, in this order: that SQLite can
// read it whole (quick_check), that it has Isso's tables and columns (Isso's own start
// would otherwise add empty tables to any SQLite file), and that its schema version is
// one 0.14.0 knows (newer versions come from a newer Isso). Then opens it with Isso's
// own class, which migrates an older schema exactly as the server would at start, and
// prints what it holds as JSON.
const CHECK_SCRIPT = String.raw`
import json, sqlite3, sys
def out(**kw):
    print(json.dumps(kw)); sys.exit(0)
try:
    c = sqlite3.connect(sys.argv[1])
    check = c.execute('PRAGMA quick_check').fetchone()[0]
    if check != 'ok': out(problem='isso-db-corrupt', detail=str(check)[:200])
    tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    cols = lambda t: {r[1] for r in c.execute('PRAGMA table_info(%s)' % t)}
    if not {'threads', 'comments'} <= tables or not {'id', 'uri', 'title'} <= cols('threads') \
            or not {'tid', 'id', 'parent', 'created', 'mode', 'text', 'author', 'likes', 'dislikes'} <= cols('comments'):
        out(problem='not-isso-db', detail='no Isso threads and comments tables')
    version = c.execute('PRAGMA user_version').fetchone()[0]
    c.close()
except sqlite3.DatabaseError as e:
    out(problem='not-isso-db', detail=str(e)[:200])
from isso import config, db
if version > db.SQLite3.MAX_VERSION: out(problem='isso-db-newer', detail=str(version))
db.SQLite3(sys.argv[1], config.load(config.default_file()))
c = sqlite3.connect(sys.argv[1])
q = lambda s: c.execute(s).fetchone()[0]
out(counts=[q('SELECT COUNT(*) FROM threads'), q('SELECT COUNT(*) FROM comments'), q('SELECT COUNT(*) FROM comments WHERE parent IS NOT NULL')])
`

export function checkIssoDbCommand(file: string, paths: ImporterPaths = CONTAINER_PATHS): string[] {
  return [paths.python, '-c', CHECK_SCRIPT, file]
}

/** The check's verdict: what the database holds, or the failure that explains why not. */
export function parseIssoDbCheck(stdout: string): Counts {
  let verdict: { problem?: string; detail?: string; counts?: number[] }
  try {
    verdict = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as typeof verdict
  } catch {
    throw new Failure<ImportProblem>('importer-failed', 'the database check printed no verdict')
  }
  if (verdict.problem === 'not-isso-db' || verdict.problem === 'isso-db-newer' || verdict.problem === 'isso-db-corrupt') {
    throw new Failure<ImportProblem>(verdict.problem, verdict.detail ?? '')
  }
  const [threads, comments, replies] = verdict.counts ?? []
  if (![threads, comments, replies].every(Number.isInteger)) {
    throw new Failure<ImportProblem>('importer-failed', 'the database check printed no counts')
  }
  return { threads, comments, replies }
}
