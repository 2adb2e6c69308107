// A throw-away copy of volume `main` for tests that drive actions through the SDK:
// created when the suite is declared, file models pointed at it before the suite's
// tests run, removed after. Paths are known at once, so suites can use them directly.
import { mkdirSync, mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before } from 'node:test'
import { useVolumeRoot } from '../../startos/fileModels'

/**
 * For useVolumeRoot in tests that write isso.cfg just before the package reads it: no
 * wait for a quiet file (guard.test.ts tests that wait). Not a zero maxWaitMs: the file's
 * mtime has sub-millisecond precision and Date.now() has not, so a file written within
 * the same millisecond looks written in the future for up to 1 ms, and with no time to
 * look again the package would call it busy. Only that case waits (one more look).
 */
export const NO_WAIT = { quietMs: 0, maxWaitMs: 1000 }

export function tempVolume(prefix: string): { dir: string; cfg: string; store: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  mkdirSync(join(dir, 'config'), { recursive: true })
  before(() => useVolumeRoot(dir, NO_WAIT))
  after(() => rm(dir, { recursive: true, force: true }))
  return { dir, cfg: join(dir, 'config/isso.cfg'), store: join(dir, 'start9/store.json') }
}
