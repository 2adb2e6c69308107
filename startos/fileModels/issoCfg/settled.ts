import { readFile, stat } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'

// "Has anyone written this file lately?" Editors and uploads that rewrite a file in place
// truncate it and then write, sometimes in several bursts (nano, scp, SFTP). A package
// write that lands between two bursts would replace a half-written file, so every package
// write, and every decision taken on the file's content, first waits until the file has
// been left alone for `quietMs`. Timestamps come from the kernel (ns resolution on the
// filesystems StartOS uses); ctime also moves when an editor renames a new file in place.

export interface Observation {
  text: string
  ino: number
  size: number
  mtimeMs: number
  ctimeMs: number
}

export interface Quiet {
  /** How long the file must have been left alone. */
  quietMs: number
  /** How long to wait for that at most. */
  maxWaitMs: number
}

// Long enough for an editor or an upload to finish a save (they write in one go; a pause
// of seconds inside one save is not something they do), short enough that an action
// started right after a save answers promptly.
export const DEFAULT_QUIET: Quiet = { quietMs: 1500, maxWaitMs: 15_000 }

const missing = (e: NodeJS.ErrnoException) => e.code === 'ENOENT'

/** The file's text and identity, or null when it does not exist. */
export async function observe(path: string): Promise<Observation | null> {
  try {
    const before = await stat(path, { bigint: false })
    const text = await readFile(path, 'utf8')
    const after = await stat(path)
    // A write between the two stats: report it with the newer times, so callers see it
    // as recent and look again.
    const s = after.mtimeMs !== before.mtimeMs || after.size !== before.size ? after : before
    return { text, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs }
  } catch (e) {
    if (missing(e as NodeJS.ErrnoException)) return null
    throw e
  }
}

export const sameFile = (a: Observation | null, b: Observation | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.ctimeMs === b.ctimeMs &&
    a.text === b.text)

// Whole milliseconds, like Date.now(): a file written within the current millisecond has
// a sub-millisecond timestamp that would otherwise look like one in the future.
const lastWrite = (o: Observation) => Math.floor(Math.max(o.mtimeMs, o.ctimeMs))

/**
 * The file once nobody has written it for `quiet.quietMs` (null: it does not exist), or
 * `{ busy }` with the last observation when it kept changing for `quiet.maxWaitMs`.
 */
export async function observeSettled(
  path: string,
  quiet: Quiet,
): Promise<{ settled: Observation | null } | { busy: Observation }> {
  const deadline = Date.now() + quiet.maxWaitMs
  for (;;) {
    const seen = await observe(path)
    if (seen === null) return { settled: null }
    const age = Date.now() - lastWrite(seen)
    if (age >= quiet.quietMs) return { settled: seen }
    if (Date.now() >= deadline) return { busy: seen }
    if (age < 0) {
      // A timestamp in the future (a file restored from a server whose clock ran ahead):
      // time cannot tell, so watch it for one quiet interval instead.
      await sleep(quiet.quietMs)
      const again = await observe(path)
      if (sameFile(seen, again)) return { settled: again }
      continue
    }
    await sleep(Math.min(quiet.quietMs - age + 5, Math.max(deadline - Date.now(), 1)))
  }
}
