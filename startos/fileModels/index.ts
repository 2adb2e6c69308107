import type { ConfigDocument } from '../isso/configparser'
import { issoCfg } from './isso.cfg'
import { storeJson, type Store } from './store.json'

export { issoCfg } from './isso.cfg'
export { storeJson, storeShape, type Store } from './store.json'

// The file models everyone uses. Read them as `files.issoCfg` at call time (do not
// destructure): tests re-point them at a temp volume with useVolumeRoot.
export const files = { issoCfg, storeJson }

// Test seam: sdk.volumes paths are fixed to /media/startos/volumes/main.
export function useVolumeRoot(dir: string): void {
  files.issoCfg = issoCfg.withPath(`${dir}/config/isso.cfg`)
  files.storeJson = storeJson.withPath(`${dir}/start9/store.json`)
}

// The one write path for isso.cfg: read, edit a clone, enforce StartOS's keys, write
// atomically and only when the text changed. If anything throws, nothing is written.
export async function editIssoCfg(
  edit: (doc: ConfigDocument) => void,
): Promise<{ changed: boolean; doc: ConfigDocument }> {
  throw new Error('todo')
}

// Fresh install: writes `doc` atomically unless isso.cfg already exists (never
// overwrites a user's file). Returns whether it wrote.
export async function createIssoCfg(doc: ConfigDocument): Promise<boolean> {
  throw new Error('todo')
}

// store.json, edited the same way (atomic, only when changed).
export async function editStore(
  edit: (store: Store) => Store | void,
): Promise<{ changed: boolean; store: Store }> {
  throw new Error('todo')
}
