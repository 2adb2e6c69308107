import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { siteLayout } from '../isso/sites/layout'
import { sdk } from '../sdk'
import { writeAtomic } from './atomicWrite'
import { DEFAULT_QUIET, IssoCfgFile, type Quiet } from './issoCfg'
import { serialized } from './issoCfg/file'
import { storeJson, storeShape, type Store } from './store.json'

export * from './issoCfg'
export { storeJson, storeShape, type Store } from './store.json'

// Where things live on volume `main`, in one place: config/ (the owner's isso.cfg, and
// one <name>.cfg per extra site), db/ (Isso's databases, mounted at /db), start9/ (the
// package's own state). `issoCfg` and `dbDir` are the first site's.
const layout = (root: string, quiet: Quiet) => {
  const site = (name: string | null) => {
    const where = siteLayout(name)
    return {
      layout: where,
      issoCfg: new IssoCfgFile(join(root, where.cfgSubpath), quiet, where.dbPath),
      dbDir: join(root, where.dbSubdir),
    }
  }
  const first = site(null)
  return {
    root,
    issoCfg: first.issoCfg,
    dbDir: first.dbDir,
    storeJson: storeJson.withPath(join(root, 'start9', 'store.json')),
    site,
  }
}

export type SiteFiles = ReturnType<ReturnType<typeof layout>['site']>

// The files everyone uses. Read them as `files.issoCfg` at call time (do not
// destructure): tests re-point them at a temp volume with useVolumeRoot.
export const files = layout(sdk.volumes.main.path, DEFAULT_QUIET)

/**
 * Test seam: sdk.volumes paths are fixed to /media/startos/volumes/main. `quiet` lets
 * unit tests skip the wait for a recently written isso.cfg (tests of that wait set it).
 */
export function useVolumeRoot(dir: string, quiet: Quiet = DEFAULT_QUIET): void {
  Object.assign(files, layout(dir, quiet))
}

// FileHelper.json's own serialisation, so our writes and its merges agree byte for byte.
const storeText = (store: Store) => JSON.stringify(store, null, 2)

// store.json, edited like isso.cfg: atomic, only when changed. Only the package writes
// it (it holds the e-mail form's selection), so no wait for a person's edit. A missing
// file starts from the defaults; unparsable JSON throws (nothing written). Note that
// storeShape's `.catch` turns an unrecognised smtp value into { selection: 'disabled' },
// so editing a store whose smtp was corrupt saves 'disabled' over it.
export function editStore(edit: (store: Store) => Store | void): Promise<{ changed: boolean; store: Store }> {
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

async function readText(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null
    throw e
  })
}
