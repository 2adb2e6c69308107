import * as fs from 'node:fs/promises'
import { applyEnforcedKeys } from '../isso/config'
import { parseConfig, type ConfigDocument } from '../isso/configparser'
import { createAtomic, writeAtomic } from './atomicWrite'
import { issoCfg } from './isso.cfg'
import { storeJson, storeShape, type Store } from './store.json'

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

// Actions and init run in one process: queue the read-modify-write cycles so two
// edits cannot interleave and lose one another's change.
let queue: Promise<unknown> = Promise.resolve()
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task)
  queue = run.catch(() => undefined)
  return run
}

/** isso.cfg is not there (before the first start, or deleted by hand). */
export class IssoCfgMissingError extends Error {
  constructor() {
    super('isso.cfg does not exist yet; start the service once to create it')
    this.name = 'IssoCfgMissingError'
  }
}

async function readText(path: string): Promise<string | null> {
  return fs.readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null
    throw e
  })
}

// The one write path for isso.cfg: read, edit a clone, enforce StartOS's keys, write
// atomically and only when the text changed. If the file is malformed (the codec's
// ConfigSyntaxError, with its line) or `edit` throws, nothing is written.
export function editIssoCfg(
  edit: (doc: ConfigDocument) => void,
): Promise<{ changed: boolean; doc: ConfigDocument }> {
  return serialized(async () => {
    const path = files.issoCfg.path
    const text = await readText(path)
    if (text === null) {
      throw new IssoCfgMissingError()
    }
    const doc = parseConfig(text).clone()
    edit(doc)
    applyEnforcedKeys(doc)
    const next = doc.toString()
    if (next === text) return { changed: false, doc }
    await writeAtomic(path, next)
    return { changed: true, doc }
  })
}

// Fresh install: writes `doc` (with StartOS's keys enforced) unless isso.cfg already
// exists; a user's file is never replaced. Returns whether it wrote.
export function createIssoCfg(doc: ConfigDocument): Promise<boolean> {
  return serialized(async () => {
    const seeded = doc.clone()
    applyEnforcedKeys(seeded)
    return createAtomic(files.issoCfg.path, seeded.toString())
  })
}

// FileHelper.json's own serialisation, so our writes and its merges agree byte for byte.
const storeText = (store: Store) => JSON.stringify(store, null, 2)

// store.json, edited like isso.cfg: atomic, only when changed. A missing file starts
// from the defaults; unparsable JSON throws (nothing written). Note that storeShape's
// `.catch` turns an unrecognised smtp value into { selection: 'disabled' }, so editing
// a store whose smtp was corrupt saves 'disabled' over it.
export function editStore(
  edit: (store: Store) => Store | void,
): Promise<{ changed: boolean; store: Store }> {
  return serialized(async () => {
    const path = files.storeJson.path
    const text = await readText(path)
    const current = storeShape.parse(text === null ? {} : JSON.parse(text))
    const store = storeShape.parse(edit(current) ?? current)
    const next = storeText(store)
    if (next === text) return { changed: false, store }
    await writeAtomic(path, next)
    return { changed: true, store }
  })
}
