// Throw-away copies of volume `main`, each with the package's view of it (`volume`, to
// hand to actions, init and main): tempVolume() for a suite (paths known when the suite
// is declared), newVolume() for one test (with snapshots proving a file was not written).
import { mkdirSync, mkdtempSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after } from 'node:test'
import { volumeAt, type Volume } from '../../startos/sites'

/**
 * For tests that write isso.cfg just before the package reads it: no wait for a quiet
 * file (guard.test.ts tests that wait). maxWaitMs is only a bound.
 */
export const NO_WAIT = { quietMs: 0, maxWaitMs: 1000 }

export function tempVolume(prefix: string): { dir: string; cfg: string; store: string; volume: Volume } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  mkdirSync(join(dir, 'config'), { recursive: true })
  after(() => rm(dir, { recursive: true, force: true }))
  return { dir, cfg: join(dir, 'config/isso.cfg'), store: join(dir, 'start9/store.json'), volume: volumeAt(dir, NO_WAIT) }
}

export const fixturePath = (name: string) => join(__dirname, '..', 'fixtures', 'runtime', name)
export const readFixture = (name: string) => readFile(fixturePath(name), 'utf8')

export interface TestVolume {
  root: string
  /** The package's view of it. */
  volume: Volume
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

export async function newVolume(): Promise<TestVolume> {
  const root = await mkdtemp(join(tmpdir(), 'isso-runtime-'))
  const cfgPath = join(root, 'config', 'isso.cfg')
  const storePath = join(root, 'start9', 'store.json')
  const put = async (path: string, text: string) => {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text)
  }
  return {
    root,
    volume: volumeAt(root, NO_WAIT),
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

export { lineDiff } from './lineDiff'
