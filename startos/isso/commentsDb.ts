// Reading a site's comments.db with the image's Python (our own container has no SQLite):
// the part every reader shares. Read-only (`mode=ro`, so a reader never writes or
// creates Isso's database) and inside one read transaction, so everything a reader
// reports comes from the same snapshot. A database Isso has not created yet, or not
// finished creating (Isso's SQLite3 class creates `threads` and `comments` when it
// starts: isso/db/__init__.py), is no database yet: the reader says so, it does not fail.

import { IMAGE_PYTHON } from '../container/image'
import type { IssoRunner } from '../container/runner'

/**
 * Python defining `open_comments_db(path)`: a read-only connection inside a read
 * transaction, visitor text decoded leniently, or None when there is no database yet.
 * The reader's script follows it, and closes the connection.
 */
export const OPEN_COMMENTS_DB = String.raw`
import json, os, sqlite3, sys, time

def open_comments_db(path):
    if not os.path.exists(path):
        return None
    c = sqlite3.connect("file:" + path + "?mode=ro", uri=True, timeout=5)
    c.text_factory = lambda b: b.decode("utf-8", "replace")
    c.execute("BEGIN")
    if c.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('comments', 'threads')").fetchone()[0] != 2:
        c.close()
        return None
    return c
`

/** The command for the isso image or (tests) a local venv's Python: the shared part, then `script`, which reads its JSON argument. */
export function commentsDbCommand(script: string, argument: unknown, python = IMAGE_PYTHON): string[] {
  return [python, '-c', OPEN_COMMENTS_DB + script, JSON.stringify(argument)]
}

/**
 * Runs a reader with `runner` (in the package: the running Isso's container, or a
 * temporary one) and parses what it printed; a failed run or an answer `parse` refuses
 * throws with the last line Python wrote on stderr (the exception), else the start of
 * what it printed, else the exit code.
 */
export async function runCommentsDbReader<T>(
  runner: IssoRunner,
  command: string[],
  parse: (stdout: string) => T | null,
  timeoutMs: number,
): Promise<T> {
  const res = await runner.exec(command, {}, timeoutMs)
  const parsed = res.exitCode === 0 ? parse(res.stdout) : null
  // A script that refuses by printing (e.g. {"error": …}) writes nothing on stderr: then
  // the start of what it printed is the best explanation.
  if (parsed === null) throw new Error(res.stderr.trim().split('\n').pop() || res.stdout.trim().slice(0, 200) || `exit code ${res.exitCode}`)
  return parsed
}

/** What a reader printed, as JSON; undefined when it is not JSON (its parser then refuses it). */
export function readerJson(stdout: string): unknown {
  try {
    return JSON.parse(stdout)
  } catch {
    return undefined
  }
}
