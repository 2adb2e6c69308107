import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

// FileHelper writes by truncating in place, so a crash or Isso starting mid-write could
// see half a config. We write a sibling temp file, fsync it and rename it over the target
// (atomic on one filesystem). FileHelper's watcher fs.watch()es the path and re-arms
// after the rename, so `.const()` readers still see the change.

export async function writeTemp(path: string, text: string): Promise<string> {
  const dir = dirname(path)
  await fs.mkdir(dir, { recursive: true })
  const mode = await fs.stat(path).then(s => s.mode & 0o777, () => 0o644)
  const tmp = join(dir, `${basename(path)}.tmp-${randomBytes(6).toString('hex')}`)
  const handle = await fs.open(tmp, 'wx', mode)
  try {
    await handle.writeFile(text)
    await handle.sync()
  } catch (e) {
    await handle.close()
    await fs.rm(tmp, { force: true })
    throw e
  }
  await handle.close()
  return tmp
}

// Makes the rename itself durable; some filesystems refuse fsync on a directory.
export async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => null)
  await handle?.sync().catch(() => undefined)
  await handle?.close()
}

export async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = await writeTemp(path, text)
  try {
    await fs.rename(tmp, path)
  } catch (e) {
    await fs.rm(tmp, { force: true })
    throw e
  }
  await syncDir(dirname(path))
}

// Like writeAtomic, but only when `path` does not exist yet (link() fails with EEXIST
// instead of replacing). Returns whether it wrote.
export async function createAtomic(path: string, text: string): Promise<boolean> {
  const tmp = await writeTemp(path, text)
  try {
    await fs.link(tmp, path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw e
  } finally {
    await fs.rm(tmp, { force: true })
  }
  await syncDir(dirname(path))
  return true
}
