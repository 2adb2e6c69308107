// What one poll reads of every site's comments.db, in one process of the image's Python
// for all sites (isso/commentsDb.ts: read-only, one snapshot per site), so the number of
// wake-ups does not grow with the number of sites: how many comments wait for approval
// (the dashboard), and what is new since the last poll (the owner's StartOS
// notifications). A comment Isso inserts meanwhile is neither announced nor skipped, it
// is simply the next poll's. A site whose database cannot be read reports why and the
// others are still read.

import type { IssoRunner } from '../../container/runner'
import { commentsDbCommand, readerJson, runCommentsDbReader } from '../commentsDb'
import { isObject } from '../isObject'

/** How many comments wait for approval (Isso: comments.mode = 2), and since when. */
export interface WaitingComments {
  count: number
  /** When the oldest waiting comment was posted; null when none waits. */
  oldest: Date | null
}

/** Where a site's database stood when it was last read: where the next poll starts. */
export interface Seen {
  /** The highest comment id then. */
  id: number
  /**
   * The time of that read (the container's clock, Isso's `created` is from the same one),
   * or the newest comment's `created` if later (an import dated in the future).
   */
  created: number
}

/** What to ask one site's database about new comments. */
export interface SiteQuery {
  /** null: only the high-water mark (a first poll remembers, it does not announce). */
  after: Seen | null
  /** Which comments count: published and waiting, or waiting for approval only. */
  scope: 'all' | 'waiting'
  /** At most this many comments are listed; the counts cover them all. */
  limit: number
}

export interface NewComment {
  id: number
  created: number
  /** Isso's mode 2: held for the owner's approval. */
  waiting: boolean
  author: string | null
  /** The visitor's raw text (markdown as typed), cut to its first 1000 characters. */
  text: string
  uri: string | null
  title: string | null
}

export interface SiteAnswer {
  /** false: no database (or no comments table) yet; nothing is known. */
  exists: boolean
  /** Where the database stands now (id 0 when it is empty). */
  top: Seen
  /** How many comments are new (after `after`, in `scope`), and how many of them wait. */
  total: number
  waiting: number
  /** The first `limit` of them, oldest first. */
  items: NewComment[]
}

/** One site's database, and what to ask it of new comments (null: nothing, notifications are off). */
export interface PollQuery {
  db: string
  news: SiteQuery | null
}

export type SitePoll =
  | { ok: true; waiting: WaitingComments; news: SiteAnswer | null }
  /** The database could not be read: the exception Python raised. */
  | { ok: false; error: string }

// Which comments are new. Isso's comments.id is `INTEGER PRIMARY KEY` without
// AUTOINCREMENT, so SQLite gives every new comment the highest id + 1: the comments
// that came since the last read are always the top of the id order. Usually they are
// simply those above the remembered id; but when the newest comments are deleted (spam
// the owner just removed), SQLite hands their ids out again, and a new comment can carry
// an id already seen. So the boundary is the highest id, at or below the remembered one,
// of a comment at least as old as the last read: everything above it is new. Found by
// walking the primary key down from the remembered id (one row, as a rule), and every
// other step is a primary-key seek or a range over the new rows: no full scan, so this
// part costs the same with 100 comments or 100,000, about a millisecond of SQLite's
// shared lock (scripts/bench-notify.ts). Mode 1 is published, 2 waiting, 4 deleted
// (kept for its replies).
//
// The waiting count reads the whole comments table (Isso 0.14.0 has no index on `mode`:
// isso/db/comments.py), most of the poll's time in the lock (health/commentsPoll.ts has
// the figures). A database Isso has not created yet counts as empty and as not existing
// (nothing known of new comments).
const SCRIPT = String.raw`
def news(c, q):
    ans = {"exists": True, "top": {"id": 0, "created": 0}, "total": 0, "waiting": 0, "items": []}
    now = time.time()
    top = c.execute("SELECT id, created FROM comments ORDER BY id DESC LIMIT 1").fetchone() or (0, 0)
    ans["top"] = {"id": top[0], "created": max(now, top[1] or 0)}
    after = q["after"]
    if after is not None:
        row = c.execute("SELECT id FROM comments WHERE id <= ? AND created <= ? ORDER BY id DESC LIMIT 1", (after["id"], after["created"])).fetchone()
        where = "c.id > ? AND c.mode " + ("= 2" if q["scope"] == "waiting" else "IN (1, 2)")
        args = (row[0] if row else 0,)
        ans["total"], ans["waiting"] = c.execute("SELECT COUNT(*), COALESCE(SUM(c.mode = 2), 0) FROM comments c WHERE " + where, args).fetchone()
        rows = c.execute(
            "SELECT c.id, c.created, c.mode, substr(c.author, 1, 200), substr(c.text, 1, 1000), substr(t.uri, 1, 500), substr(t.title, 1, 500)"
            " FROM comments c LEFT JOIN threads t ON t.id = c.tid WHERE " + where + " ORDER BY c.id LIMIT ?",
            args + (q["limit"],),
        ).fetchall()
        ans["items"] = [
            {"id": r[0], "created": r[1], "waiting": r[2] == 2, "author": r[3], "text": r[4] or "", "uri": r[5], "title": r[6]}
            for r in rows
        ]
    return ans

def poll(q):
    c = open_comments_db(q["db"])
    if c is None:
        unknown = {"exists": False, "top": {"id": 0, "created": 0}, "total": 0, "waiting": 0, "items": []}
        return {"waiting": {"count": 0, "oldest": None}, "news": None if q["news"] is None else unknown}
    try:
        count, oldest = c.execute("SELECT COUNT(*), MIN(created) FROM comments WHERE mode = 2").fetchone()
        return {"waiting": {"count": count, "oldest": oldest}, "news": None if q["news"] is None else news(c, q["news"])}
    finally:
        c.close()

out = []
for q in json.loads(sys.argv[1]):
    try:
        out.append(poll(q))
    except Exception as e:
        # As a traceback's last line names it: sqlite3.DatabaseError: file is not a database
        kind = type(e).__name__ if type(e).__module__ == "builtins" else type(e).__module__ + "." + type(e).__name__
        out.append({"error": "%s: %s" % (kind, e)})
print(json.dumps(out))
`

/** The command for the isso image or (tests) a local venv's Python. */
export function pollCommand(queries: readonly PollQuery[], python?: string): string[] {
  return commentsDbCommand(SCRIPT, queries, python)
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isText = (v: unknown): v is string | null => v === null || typeof v === 'string'

function seen(v: unknown): Seen | null {
  return isObject(v) && isNumber(v.id) && isNumber(v.created) ? { id: v.id, created: v.created } : null
}

function comment(v: unknown): NewComment | null {
  if (!isObject(v) || !isNumber(v.id) || !isNumber(v.created) || typeof v.waiting !== 'boolean') return null
  if (typeof v.text !== 'string' || !isText(v.author) || !isText(v.uri) || !isText(v.title)) return null
  return { id: v.id, created: v.created, waiting: v.waiting, author: v.author, text: v.text, uri: v.uri, title: v.title }
}

function answer(v: unknown): SiteAnswer | null {
  if (!isObject(v) || typeof v.exists !== 'boolean' || !isNumber(v.total) || !isNumber(v.waiting) || !Array.isArray(v.items)) return null
  const top = seen(v.top)
  const items = v.items.map(comment)
  if (!top || items.some((i) => i === null)) return null
  return { exists: v.exists, top, total: v.total, waiting: v.waiting, items: items as NewComment[] }
}

function waiting(v: unknown): WaitingComments | null {
  if (!isObject(v) || !Number.isSafeInteger(v.count) || (v.count as number) < 0) return null
  if (v.oldest !== null && !isNumber(v.oldest)) return null
  const count = v.count as number
  return { count, oldest: count > 0 && v.oldest !== null ? new Date(v.oldest * 1000) : null }
}

function sitePoll(v: unknown, asked: boolean): SitePoll | null {
  if (!isObject(v)) return null
  if (typeof v.error === 'string') return { ok: false, error: v.error }
  const w = waiting(v.waiting)
  const news = v.news === null ? null : answer(v.news)
  if (!w || (asked ? news === null : v.news !== null)) return null
  return { ok: true, waiting: w, news }
}

/** The script's answer, one per query in order, or null when it is not what the script prints. */
export function parsePoll(stdout: string, queries: readonly PollQuery[]): SitePoll[] | null {
  const raw = readerJson(stdout)
  if (!Array.isArray(raw) || raw.length !== queries.length) return null
  const polls = raw.map((v, i) => sitePoll(v, queries[i].news !== null))
  return polls.some((p) => p === null) ? null : (polls as SitePoll[])
}

// A count and a handful of primary-key reads a site: it answers in well under a second
// unless the machine is in trouble.
export const POLL_TIMEOUT_MS = 10_000

/** Runs the poll with `runner` (in the package: the running Isso's container). */
export async function readPoll(runner: IssoRunner, queries: readonly PollQuery[], python?: string): Promise<SitePoll[]> {
  if (queries.length === 0) return []
  return runCommentsDbReader(runner, pollCommand(queries, python), (stdout) => parsePoll(stdout, queries), POLL_TIMEOUT_MS)
}
