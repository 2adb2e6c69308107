import type { T } from '@start9labs/start-sdk'
import { mkdir } from 'node:fs/promises'
import { seedConfig } from '../isso/config'
import { sdk } from '../sdk'
import { newSalt } from '../secrets'
import type { Volume } from '../sites'

// What a fresh volume needs before Isso can start. Runs on every init, because each
// step only fills what is missing: an existing isso.cfg (and its salt, password and
// hand edits) is never replaced, so updates and restores keep theirs.
export async function seedVolume(volume: Volume, effects: T.Effects): Promise<{ wroteIssoCfg: boolean }> {
  const first = volume.site(null)
  // Isso creates comments.db but not its directory; the image runs as root, so no chown.
  await mkdir(first.dbDir, { recursive: true })
  const wroteIssoCfg = await first.issoCfg.create(seedConfig(newSalt()))
  // The zod `.catch` defaults fill a missing or partial store.json.
  await volume.store.merge(effects, {})
  return { wroteIssoCfg }
}

export const seedFiles = (volume: Volume) =>
  sdk.setupOnInit(async (effects) => {
    const { wroteIssoCfg } = await seedVolume(volume, effects)
    if (wroteIssoCfg) console.info('isso.cfg created with a random [hash] salt')
  })
