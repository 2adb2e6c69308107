import type { ConfigDocument } from '../configparser'

// isso.cfg for a fresh install. `salt` must be random (upstream's default is public).
export function seedConfig(salt: string): ConfigDocument {
  throw new Error('todo')
}
