// New comments of each site, read from its comments.db with the image's Python (our own
// container has no SQLite), for the owner's StartOS notifications. One process for all
// sites per poll, so the number of wake-ups does not grow with the number of sites.
// Read-only (`mode=ro`) and inside one read transaction, so the rows listed, their
// counts and where the database stands come from the same snapshot: a comment Isso
// inserts meanwhile is neither announced nor skipped, it is simply the next poll's.

import { IMAGE_PYTHON } from '../../container/image'
import type { IssoRunner } from '../../container/runner'
import { READ_TIMEOUT_MS } from '../waiting'

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

/** What to ask one site's database. */
export interface SiteQuery {
  db: string
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

// Which comments are new. Isso's comments.id is `INTEGER PRIMARY KEY` without
// AUTOINCREMENT, so SQLite gives every new comment the highest id + 1: the comments
// that came since the last read are always the top of the id order. Usually they are
// simply those above the remembered id; but when the newest comments are deleted (spam
// the owner just removed), SQLite hands their ids out again, and a new comment can carry
// an id already seen. So the boundary is the highest id, at or below the remembered one,
// of a comment at least as old as the last read: everything above it is new. Found by
// walking the primary key down from the remembered id (one row, as a rule), and every
// other step is a primary-key seek or a range over the new rows: no full scan, so a poll
// costs the same with 100 comments or 100,000, and holds SQLite's shared lock for
// well under a millisecond (scripts/bench-notify.ts). Mode 1 is published, 2 waiting,
// 4 deleted (kept for its replies).
const SCRIPT = String.raw`
import json, os, sqlite3, sys, time
out = []
for q in json.loads(sys.argv[1]):
    ans = {"exists": False, "top": {"id": 0, "created": 0}, "total": 0, "waiting": 0, "items": []}
    out.append(ans)
    if not os.path.exists(q["db"]):
        continue
    c = sqlite3.connect("file:" + q["db"] + "?mode=ro", uri=True, timeout=5)
    c.text_factory = lambda b: b.decode("utf-8", "replace")
    c.execute("BEGIN")
    if c.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('comments', 'threads')").fetchone()[0] != 2:
        c.close()
        continue
    ans["exists"] = True
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
    c.close()
print(json.dumps(out))
`

/** The command for the isso image or (tests) a local venv's Python. */
export function newCommentsCommand(queries: readonly SiteQuery[], python = IMAGE_PYTHON): string[] {
  return [python, '-c', SCRIPT, JSON.stringify(queries)]
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isText = (v: unknown): v is string | null => v === null || typeof v === 'string'
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

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

/** The script's answer, one per query in order, or null when it is not what the script prints. */
export function parseNewComments(stdout: string, expected: number): SiteAnswer[] | null {
  let raw: unknown
  try {
    raw = JSON.parse(stdout)
  } catch {
    return null
  }
  if (!Array.isArray(raw) || raw.length !== expected) return null
  const answers = raw.map(answer)
  return answers.some((a) => a === null) ? null : (answers as SiteAnswer[])
}

/** Runs the reader with `runner` (in the package: the running Isso's container). */
export async function readNewComments(runner: IssoRunner, queries: readonly SiteQuery[], python?: string): Promise<SiteAnswer[]> {
  if (queries.length === 0) return []
  const res = await runner.exec(newCommentsCommand(queries, python), {}, READ_TIMEOUT_MS)
  const parsed = res.exitCode === 0 ? parseNewComments(res.stdout, queries.length) : null
  if (!parsed) throw new Error(res.stderr.trim().split('\n').pop() || `exit code ${res.exitCode}`)
  return parsed
}
