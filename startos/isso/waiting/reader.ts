import { IMAGE_PYTHON } from '../../container/image'
import type { IssoRunner } from '../../container/runner'

// How many comments wait for approval (Isso: comments.mode = 2) and when the oldest
// came, read from comments.db with the image's Python (our own container has no SQLite).
// Read-only (`mode=ro`): the health check must never write or lock Isso's database for
// longer than one indexed count; a database Isso has not created yet counts as empty.

export interface WaitingComments {
  count: number
  /** When the oldest waiting comment was posted; null when none waits. */
  oldest: Date | null
}

const SCRIPT = [
  'import os, sqlite3, sys',
  'path = sys.argv[1]',
  'if not os.path.exists(path):',
  '    print(0, "-"); sys.exit(0)',
  "c = sqlite3.connect('file:' + path + '?mode=ro', uri=True, timeout=5)",
  "if not c.execute(\"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'comments'\").fetchone()[0]:",
  '    print(0, "-"); sys.exit(0)',
  'count, oldest = c.execute("SELECT COUNT(*), MIN(created) FROM comments WHERE mode = 2").fetchone()',
  'print(count, "-" if oldest is None else repr(oldest))',
].join('\n')

/** The command for the isso image or (tests) a local venv's Python. */
export function waitingCommand(dbFile: string, python = IMAGE_PYTHON): string[] {
  return [python, '-c', SCRIPT, dbFile]
}

/** The script's answer ("count oldest-epoch-seconds" or "0 -"), or null. */
export function parseWaiting(stdout: string): WaitingComments | null {
  const m = /^\s*(\d+) (-|\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*$/i.exec(stdout)
  if (!m) return null
  const count = Number(m[1])
  const oldest = m[2] === '-' ? null : new Date(Number(m[2]) * 1000)
  return { count, oldest: count > 0 ? oldest : null }
}

// One indexed count: it answers at once unless the machine is in trouble.
export const READ_TIMEOUT_MS = 10_000

/** Runs the reader with `runner` (in the package: the running Isso's container). */
export async function readWaitingComments(runner: IssoRunner, dbFile: string, python?: string): Promise<WaitingComments> {
  const res = await runner.exec(waitingCommand(dbFile, python), {}, READ_TIMEOUT_MS)
  const parsed = res.exitCode === 0 ? parseWaiting(res.stdout) : null
  if (!parsed) throw new Error(res.stderr.trim().split('\n').pop() || `exit code ${res.exitCode}`)
  return parsed
}
