import { type T, utils } from '@start9labs/start-sdk'
import { mkdir } from 'node:fs/promises'
import { files } from '../fileModels'
import { seedConfig } from '../isso/config'
import { sdk } from '../sdk'

// Upstream's default [hash] salt is printed in Isso's docs: with it, anyone can test
// guessed e-mail addresses (or /24 networks) against the hashes the public API shows.
export const newSalt = () => utils.getDefaultString({ charset: 'a-z,A-Z,0-9', len: 24 })

// What a fresh volume needs before Isso can start. Runs on every init, because each
// step only fills what is missing: an existing isso.cfg (and its salt, password and
// hand edits) is never replaced, so updates and restores keep theirs.
export async function seedVolume(effects: T.Effects): Promise<{ wroteIssoCfg: boolean }> {
  // Isso creates comments.db but not its directory; the image runs as root, so no chown.
  await mkdir(files.dbDir, { recursive: true })
  const wroteIssoCfg = await files.issoCfg.create(seedConfig(newSalt()))
  // The zod `.catch` defaults fill a missing or partial store.json.
  await files.storeJson.merge(effects, {})
  return { wroteIssoCfg }
}

export const seedFiles = sdk.setupOnInit(async (effects) => {
  const { wroteIssoCfg } = await seedVolume(effects)
  if (wroteIssoCfg) console.info('isso.cfg created with a random [hash] salt')
})
