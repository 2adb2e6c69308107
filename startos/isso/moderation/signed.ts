// What a decision needs at the moment it is applied: whether the comment still waits, and
// the key Isso's moderation route accepts for it. Isso signs a comment's id with
// itsdangerous's URLSafeTimedSerializer keyed by the `session-key` row of its database's
// `preferences` table (isso/__init__.py: `self.signer`, `sign`), and its route
// `/id/<id>/<action>/<key>` unsigns the key (max_age 2**32) and acts on the id inside it
// (isso/views/comments.py `moderate`). So the key is made here by the same library, in
// the image's Python, with the session key read from the database now: never an older
// copy (it changes when the admin password does). Read-only, one snapshot.

import { IMAGE_PYTHON } from '../../container/image'
import type { IssoRunner } from '../../container/runner'
import { readerJson, runCommentsDbReader } from '../commentsDb'
import { isObject } from '../isObject'

export interface SignedComment {
  id: number
  /** Isso's comments.mode: 1 published, 2 waiting, 4 deleted (kept for its replies); null: no such comment any more. */
  mode: number | null
  key: string
}

const SCRIPT = String.raw`
import json, sqlite3, sys
from itsdangerous import URLSafeTimedSerializer
db, ids = sys.argv[1], json.loads(sys.argv[2])
c = sqlite3.connect("file:" + db + "?mode=ro", uri=True, timeout=5)
c.execute("BEGIN")
row = c.execute("SELECT value FROM preferences WHERE key = 'session-key'").fetchone()
if row is None:
    print(json.dumps({"error": "no session key"})); sys.exit(0)
signer = URLSafeTimedSerializer(row[0])
out = []
for i in ids:
    mode = c.execute("SELECT mode FROM comments WHERE id = ?", (i,)).fetchone()
    out.append({"id": i, "mode": mode[0] if mode else None, "key": signer.dumps(i)})
c.close()
print(json.dumps({"comments": out}))
`

export function signedCommentsCommand(dbFile: string, ids: readonly number[], python = IMAGE_PYTHON): string[] {
  return [python, '-c', SCRIPT, dbFile, JSON.stringify(ids)]
}


/** The script's answer for `ids`, in their order, or null when it is not what the script prints. */
export function parseSignedComments(stdout: string, ids: readonly number[]): SignedComment[] | null {
  const raw = readerJson(stdout)
  if (!isObject(raw) || !Array.isArray(raw.comments) || raw.comments.length !== ids.length) return null
  const out: SignedComment[] = []
  for (const [n, c] of raw.comments.entries()) {
    if (!isObject(c) || c.id !== ids[n] || !(c.mode === null || Number.isInteger(c.mode))) return null
    // itsdangerous's URL-safe form: base64url segments joined by dots.
    if (typeof c.key !== 'string' || !/^[A-Za-z0-9_\-.]+$/.test(c.key)) return null
    out.push({ id: ids[n], mode: c.mode as number | null, key: c.key })
  }
  return out
}

export async function readSignedComments(runner: IssoRunner, dbFile: string, ids: readonly number[], python?: string): Promise<SignedComment[]> {
  if (ids.length === 0) return []
  return runCommentsDbReader(runner, signedCommentsCommand(dbFile, ids, python), (stdout) => parseSignedComments(stdout, ids), 30_000)
}
