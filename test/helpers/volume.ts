// A throw-away copy of volume `main` for tests that drive actions through the SDK:
// created when the suite is declared, file models pointed at it before the suite's
// tests run, removed after. Paths are known at once, so suites can use them directly.
import { mkdirSync, mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before } from 'node:test'
import { useVolumeRoot } from '../../startos/fileModels'

export function tempVolume(prefix: string): { dir: string; cfg: string; store: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  mkdirSync(join(dir, 'config'), { recursive: true })
  before(() => useVolumeRoot(dir, { quietMs: 0, maxWaitMs: 0 }))
  after(() => rm(dir, { recursive: true, force: true }))
  return { dir, cfg: join(dir, 'config/isso.cfg'), store: join(dir, 'start9/store.json') }
}
