import { randomBytes } from 'node:crypto'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The exports' folder inside the db directory: on the volume (so in every backup), and
 * never read by Isso, which opens only its dbpath.
 */
export const EXPORTS_DIR = 'exports'

const PREFIX = 'comments-'
const SUFFIX = '.xml'

/**
 * `comments-2026-11-25T10-30-00-123Z-9f3a1c.xml`: sorts by time as text, legal on every
 * filesystem, unique even for two exports in the same millisecond (the random tail).
 */
export function exportName(now: Date, tail: string = randomBytes(3).toString('hex')): string {
  return `${PREFIX}${now.toISOString().replace(/[:.]/g, '-')}-${tail}${SUFFIX}`
}

const isExport = (name: string) => name.startsWith(PREFIX) && name.endsWith(SUFFIX)

/** Our exports in `dir`, oldest first. */
export async function listExports(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names.filter(isExport).sort()
}

/** Deletes the oldest exports so that `keep` remain, never `spare` (the one just written). */
export async function pruneExports(dir: string, keep: number, spare: string): Promise<string[]> {
  const all = await listExports(dir)
  const doomed = all.slice(0, Math.max(0, all.length - keep)).filter((name) => name !== spare)
  for (const name of doomed) await rm(join(dir, name), { force: true })
  return doomed
}

/** What a failed exporter may leave: its unfinished file (the script renames it only when complete). */
export const partFile = (name: string) => `${name}.part`
