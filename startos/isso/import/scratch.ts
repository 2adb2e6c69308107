import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DB_FILE, pruneBackups, replaceDatabase, SIDE_SUFFIXES } from './backup'
import { scratchIn, type Scratch } from './command'
import { KEEP_BACKUPS, STALE_SCRATCH_MS } from './limits'

// Every import, dry run or real, runs on a copy of the database in a hidden directory
// beside it (so the importer's container sees it under /db, and the finished copy can
// replace the database with one rename on the same filesystem). Isso never reads it.
const SCRATCH_PREFIX = '.import-'

export interface ScratchRun {
  /** Whether there was a database to copy. */
  hadDb: boolean
  /** The scratch directory as the runner's commands see it. */
  inside: Scratch
  /** The same directory as the package sees it. */
  here: Scratch
}

/**
 * The life of every import's scratch directory (isso/import/run.ts, move.ts): old ones a
 * killed run left are swept, a new one gets the export and a copy of the database, `fn`
 * works in it, and it goes in every case, failure or not.
 */
export async function withScratch<T>(
  dbDir: string,
  insideDbDir: string,
  data: Buffer,
  now: () => Date,
  fn: (scratch: ScratchRun) => Promise<T>,
): Promise<T> {
  await sweepStaleScratch(dbDir, now(), STALE_SCRATCH_MS)
  const name = scratchName()
  try {
    const hadDb = await createScratch(dbDir, name, data)
    return await fn({ hadDb, inside: scratchIn(insideDbDir, name), here: scratchIn(dbDir, name) })
  } finally {
    await removeScratch(dbDir, name)
  }
}

/** Renames the finished file over the database, the database as it was kept as a backup (null: there was none), and keeps the newest KEEP_BACKUPS. */
export async function swapIn(dbDir: string, file: string, now: Date): Promise<{ backup: string | null; prunedBackups: string[] }> {
  const backup = await replaceDatabase(dbDir, file, now)
  return { backup, prunedBackups: await pruneBackups(dbDir, KEEP_BACKUPS, backup) }
}

export function scratchName(): string {
  return SCRATCH_PREFIX + randomBytes(8).toString('hex')
}

/**
 * Makes the scratch directory: the export, and the database with any journal or WAL
 * beside it (a copy without them could be inconsistent or miss committed rows).
 * Returns whether there was a database to copy.
 */
export async function createScratch(dbDir: string, name: string, data: Buffer): Promise<boolean> {
  const scratch = scratchIn(dbDir, name)
  // Private: the export and the copy hold commenters' e-mail addresses.
  await mkdir(join(dbDir, name), { mode: 0o700 })
  await writeFile(scratch.exportFile, data, { mode: 0o600 })
  const db = join(dbDir, DB_FILE)
  const hasDb = await stat(db).then(
    () => true,
    () => false,
  )
  if (!hasDb) return false
  await copyFile(db, scratch.dbFile)
  for (const suffix of SIDE_SUFFIXES) {
    await copyFile(db + suffix, scratch.dbFile + suffix).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e
    })
  }
  return true
}

export async function removeScratch(dbDir: string, name: string): Promise<void> {
  await rm(join(dbDir, name), { recursive: true, force: true })
}

/**
 * Removes scratch directories a killed run left behind. Only old ones: a younger one may
 * belong to an import still running.
 */
export async function sweepStaleScratch(dbDir: string, now: Date, maxAgeMs: number): Promise<void> {
  const names = await readdir(dbDir).catch(() => [] as string[])
  for (const name of names.filter((n) => n.startsWith(SCRATCH_PREFIX))) {
    const info = await stat(join(dbDir, name)).catch(() => null)
    if (info && now.getTime() - info.mtimeMs > maxAgeMs) await removeScratch(dbDir, name)
  }
}
