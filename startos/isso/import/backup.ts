import { copyFile, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** The database file, as `[general] dbpath = /db/comments.db` names it. */
export const DB_FILE = 'comments.db'
const BACKUP_PREFIX = `${DB_FILE}.before-import-`
// SQLite's companions; a failed import must not leave a new one behind.
const SIDE_FILES = ['-journal', '-wal', '-shm'].map((s) => DB_FILE + s)

/** `comments.db.before-import-2026-11-25T10-30-00Z`: sortable, and legal on every filesystem. */
export function backupName(now: Date): string {
  return BACKUP_PREFIX + now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')
}

/** Our backups in `dir`, oldest first (the timestamp format sorts as text). */
export async function listBackups(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names.filter((n) => n.startsWith(BACKUP_PREFIX)).sort()
}

/** Deletes the oldest backups so that `keep` remain; returns what it deleted. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const all = await listBackups(dir)
  const doomed = all.slice(0, Math.max(0, all.length - keep))
  for (const name of doomed) await rm(join(dir, name), { force: true })
  return doomed
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** What was on disk before an import, so a failure can put exactly that back. */
export interface Snapshot {
  dir: string
  /** Backup file name, or null when there was no database yet. */
  backup: string | null
  sideFilesBefore: string[]
}

export async function takeSnapshot(dir: string, now: Date): Promise<Snapshot> {
  const sideFilesBefore: string[] = []
  for (const name of SIDE_FILES) if (await exists(join(dir, name))) sideFilesBefore.push(name)
  if (!(await exists(join(dir, DB_FILE)))) return { dir, backup: null, sideFilesBefore }
  const backup = backupName(now)
  await copyFile(join(dir, DB_FILE), join(dir, backup))
  return { dir, backup, sideFilesBefore }
}

/**
 * Puts the database back as it was: the backup copied over it byte for byte (or the
 * file removed if there was none), and any journal the importer left behind deleted.
 * The backup itself is dropped, since the database now equals it and a failed attempt
 * should not push an older backup out of the rotation.
 */
export async function restoreSnapshot(snap: Snapshot): Promise<void> {
  const db = join(snap.dir, DB_FILE)
  if (snap.backup) {
    await copyFile(join(snap.dir, snap.backup), db)
    await rm(join(snap.dir, snap.backup), { force: true })
  } else {
    await rm(db, { force: true })
  }
  for (const name of SIDE_FILES) {
    if (!snap.sideFilesBefore.includes(name)) await rm(join(snap.dir, name), { force: true })
  }
}
