import { randomBytes } from 'node:crypto'
import { constants, copyFile, link, readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** The database file, as `[general] dbpath = /db/comments.db` names it. */
export const DB_FILE = 'comments.db'
const BACKUP_PREFIX = `${DB_FILE}.before-import-`
/** SQLite's companions of a database file: a hot journal or a WAL belongs to its inode. */
export const SIDE_SUFFIXES = ['-journal', '-wal', '-shm'] as const

/**
 * `comments.db.before-import-2026-11-25T10-30-00-123Z-9f3a1c`: sorts by time as text,
 * legal on every filesystem, and unique even for two imports in the same millisecond
 * (the random tail), so no import can overwrite another's backup.
 */
export function backupName(now: Date, tail: string = randomBytes(3).toString('hex')): string {
  return `${BACKUP_PREFIX}${now.toISOString().replace(/[:.]/g, '-')}-${tail}`
}

const isBackup = (name: string) => name.startsWith(BACKUP_PREFIX) && !SIDE_SUFFIXES.some((s) => name.endsWith(s))

/** Our backups in `dir`, oldest first (the timestamp format sorts as text). */
export async function listBackups(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names.filter(isBackup).sort()
}

/** Deletes the oldest backups (with their companions) so that `keep` remain, never `spare`. */
export async function pruneBackups(dir: string, keep: number, spare: string | null): Promise<string[]> {
  const all = await listBackups(dir)
  const doomed = all.slice(0, Math.max(0, all.length - keep)).filter((name) => name !== spare)
  for (const name of doomed) {
    for (const suffix of ['', ...SIDE_SUFFIXES]) await rm(join(dir, name + suffix), { force: true })
  }
  return doomed
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** A second name for the old database: a hard link costs no space; a copy where links are refused. */
async function keepAs(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw e
    await copyFile(from, to, constants.COPYFILE_EXCL)
  }
}

/**
 * Makes `imported` (a finished database in a directory beside `dir`'s, same filesystem)
 * the database, keeping the one it replaces as a backup. The swap is a rename, so the
 * database is either the old one or the new one, never half an import. A journal or
 * WAL left beside the old file belongs to it and goes with the backup: left in place,
 * SQLite would replay it into the new file. Returns the backup's name (null when there
 * was no database). If the rename fails, everything is put back and only the backup
 * this call made is removed.
 */
export async function replaceDatabase(dir: string, imported: string, now: Date): Promise<string | null> {
  const db = join(dir, DB_FILE)
  const sides = [] as string[]
  for (const suffix of SIDE_SUFFIXES) if (await exists(db + suffix)) sides.push(suffix)
  if (!(await exists(db))) {
    // Companions without a database belong to nothing, and would be replayed into the new one.
    for (const suffix of sides) await rm(db + suffix, { force: true })
    await rename(imported, db)
    return null
  }
  const backup = backupName(now)
  await keepAs(db, join(dir, backup))
  const moved: string[] = []
  try {
    for (const suffix of sides) {
      await rename(db + suffix, join(dir, backup + suffix))
      moved.push(suffix)
    }
    await rename(imported, db)
  } catch (e) {
    for (const suffix of moved) await rename(join(dir, backup + suffix), db + suffix).catch(() => undefined)
    await rm(join(dir, backup), { force: true })
    throw e
  }
  return backup
}
