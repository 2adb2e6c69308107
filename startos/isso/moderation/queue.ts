// The comments waiting for approval (Isso: comments.mode = 2), oldest first, read from a
// site's comments.db (isso/commentsDb.ts: read-only, one snapshot, so the list and the
// count agree) for the Review Waiting Comments form. Visitor fields are cut in SQL already,
// so a 1 MB comment never travels further than the first characters the form shows.

import type { IssoRunner } from '../../container/runner'
import { commentsDbCommand, readerJson, runCommentsDbReader } from '../commentsDb'
import { isObject } from '../isObject'

export interface WaitingComment {
  id: number
  /** Seconds since the epoch (Isso's `created`). */
  created: number
  author: string | null
  email: string | null
  website: string | null
  /** The visitor's raw text (markdown as typed), cut to its first TEXT_READ characters. */
  text: string
  uri: string | null
  title: string | null
}

export interface WaitingQueue {
  /** false: no database (or no comments table) yet. */
  exists: boolean
  /** Every waiting comment, listed or not. */
  total: number
  /** The oldest `limit` of them. */
  items: WaitingComment[]
}

/** More than the form ever shows of a text (it cuts again, with an ellipsis). */
const TEXT_READ = 2000
const FIELD_READ = 500

// Oldest first by `created`, then id (an import can give several comments one time).
const SCRIPT = String.raw`
out = []
for q in json.loads(sys.argv[1]):
    ans = {"exists": False, "total": 0, "items": []}
    out.append(ans)
    c = open_comments_db(q["db"])
    if c is None:
        continue
    ans["exists"] = True
    ans["total"] = c.execute("SELECT COUNT(*) FROM comments WHERE mode = 2").fetchone()[0]
    f = q["field"]
    rows = c.execute(
        "SELECT c.id, c.created, substr(c.author, 1, ?), substr(c.email, 1, ?), substr(c.website, 1, ?), substr(c.text, 1, ?),"
        " substr(t.uri, 1, ?), substr(t.title, 1, ?)"
        " FROM comments c LEFT JOIN threads t ON t.id = c.tid WHERE c.mode = 2 ORDER BY c.created, c.id LIMIT ?",
        (f, f, f, q["text"], f, f, q["limit"]),
    ).fetchall()
    keys = ("id", "created", "author", "email", "website", "text", "uri", "title")
    ans["items"] = [dict(zip(keys, r)) for r in rows]
    c.close()
print(json.dumps(out))
`

/** The command for the image's Python or a local venv: one process for all `dbs`. */
export function waitingQueueCommand(dbs: readonly string[], limit: number, python?: string): string[] {
  return commentsDbCommand(SCRIPT, dbs.map((db) => ({ db, limit, text: TEXT_READ, field: FIELD_READ })), python)
}

const isText = (v: unknown): v is string | null => v === null || typeof v === 'string'
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0

function comment(v: unknown): WaitingComment | null {
  if (!isObject(v) || !isCount(v.id) || typeof v.created !== 'number' || !Number.isFinite(v.created)) return null
  const { author, email, website, text, uri, title } = v
  if (!isText(author) || !isText(email) || !isText(website) || !isText(text) || !isText(uri) || !isText(title)) return null
  return { id: v.id, created: v.created, author, email, website, text: text ?? '', uri, title }
}

/** The script's answer, one per database in order, or null when it is not what the script prints. */
export function parseWaitingQueues(stdout: string, expected: number): WaitingQueue[] | null {
  const raw = readerJson(stdout)
  if (!Array.isArray(raw) || raw.length !== expected) return null
  const queues: WaitingQueue[] = []
  for (const q of raw) {
    if (!isObject(q) || typeof q.exists !== 'boolean' || !isCount(q.total) || !Array.isArray(q.items)) return null
    const items = q.items.map(comment)
    if (items.some((i) => i === null)) return null
    queues.push({ exists: q.exists, total: q.total, items: items as WaitingComment[] })
  }
  return queues
}

const READ_TIMEOUT_MS = 30_000

/** Reads each database's waiting comments with `runner` (a container of Isso's image). */
export async function readWaitingQueues(runner: IssoRunner, dbs: readonly string[], limit: number, python?: string): Promise<WaitingQueue[]> {
  if (dbs.length === 0) return []
  return runCommentsDbReader(runner, waitingQueueCommand(dbs, limit, python), (stdout) => parseWaitingQueues(stdout, dbs.length), READ_TIMEOUT_MS)
}
