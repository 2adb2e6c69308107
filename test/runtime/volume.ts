// A throw-away StartOS volume for the init glue: files.* point into it (useVolumeRoot).
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { useVolumeRoot } from '../../startos/fileModels'
import { NO_WAIT } from '../helpers/volume'

export const fixturePath = (name: string) => join(__dirname, '..', 'fixtures', 'runtime', name)
export const readFixture = (name: string) => readFile(fixturePath(name), 'utf8')

export interface Volume {
  root: string
  cfgPath: string
  storePath: string
  dbDir: string
  writeCfg(text: string): Promise<void>
  writeStore(text: string): Promise<void>
  readCfg(): Promise<string>
  /** Bytes, inode and mtime: equal snapshots mean the file was not written. */
  snapshot(path: string): Promise<{ text: string; ino: number; mtimeMs: number }>
  remove(): Promise<void>
}

export async function newVolume(): Promise<Volume> {
  const root = await mkdtemp(join(tmpdir(), 'isso-runtime-'))
  useVolumeRoot(root, NO_WAIT)
  const cfgPath = join(root, 'config', 'isso.cfg')
  const storePath = join(root, 'start9', 'store.json')
  const put = async (path: string, text: string) => {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text)
  }
  return {
    root,
    cfgPath,
    storePath,
    dbDir: join(root, 'db'),
    writeCfg: (text) => put(cfgPath, text),
    writeStore: (text) => put(storePath, text),
    readCfg: () => readFile(cfgPath, 'utf8'),
    snapshot: async (path) => {
      const s = await stat(path)
      return { text: await readFile(path, 'utf8'), ino: s.ino, mtimeMs: s.mtimeMs }
    },
    remove: () => rm(root, { recursive: true, force: true }),
  }
}

// Lines of `after` that are not in `before` (and the reverse), as multisets.
export function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const count = (text: string) => {
    const m = new Map<string, number>()
    for (const l of text.split('\n')) m.set(l, (m.get(l) ?? 0) + 1)
    return m
  }
  const a = count(before)
  const b = count(after)
  const diff = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].flatMap(([l, n]) => Array<string>(Math.max(0, n - (y.get(l) ?? 0))).fill(l))
  return { added: diff(b, a), removed: diff(a, b) }
}
