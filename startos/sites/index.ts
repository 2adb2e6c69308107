import type { T } from '@start9labs/start-sdk'
import { readFile } from 'node:fs/promises'
import type { SiteFiles } from '../fileModels'
import { writeAtomic } from '../fileModels/atomicWrite'
import { serialized } from '../fileModels/issoCfg/file'
import { i18n } from '../i18n'
import { listedSites, storeShape, withSiteState, type SiteState, type Store } from './store'
import type { Volume } from './volume'

// The sites: which exist (store.json's records), where each one's files are
// (fileModels' layout), what the package keeps of each (its record), and how the owner
// reads its name. Everything that asks "which sites are there" or "is this one still
// there" asks here, of the volume it was given (./volume.ts).

export type { SiteFiles } from '../fileModels'
export {
  listedSites,
  siteState,
  sitesFollowingSystemSmtp,
  storeShape,
  withNewSite,
  withoutSite,
  withSiteState,
  type SiteState,
  type Store,
} from './store'
export { mainVolume, volumeAt, type Volume } from './volume'

export const readStore = (volume: Volume): Promise<Store | null> => volume.store.read().once()

/** The added sites now, in the order they were added. */
export const extraSiteNames = async (volume: Volume): Promise<string[]> => listedSites(await readStore(volume))

/** The same, read with `.const`: the caller (main, interfaces, an action's metadata) runs again when it changes. */
export const watchExtraSiteNames = async (volume: Volume, effects: T.Effects): Promise<string[]> =>
  (await volume.store.read(listedSites).const(effects)) ?? []

/**
 * The files of a site an action's input names (null: the first site, which always
 * exists). A site removed since the form was opened is refused before anything is written.
 */
export async function existingSite(volume: Volume, name: string | null): Promise<SiteFiles> {
  if (name !== null && !(await extraSiteNames(volume)).includes(name)) {
    throw new Error(i18n('Blog ${site} does not exist any more, so nothing was changed.', { site: name }))
  }
  return volume.site(name)
}

export const siteLabel = (name: string | null): string =>
  name === null ? i18n('First blog (at /)') : i18n('${site} (at ${path})', { site: name, path: `/${name}/` })

// FileHelper.json's own serialisation, so our writes (edits and migrations) and its
// merges agree byte for byte.
const storeText = (store: unknown) => JSON.stringify(store, null, 2)

// store.json, edited like isso.cfg: atomic, only when changed, serialised with every
// other write of the package's files in this process and re-read inside, so main
// remembering a comment and an action saving a choice never undo each other. Only the
// package writes it, so no wait for a person's edit. A missing file starts from the
// defaults; unparsable JSON throws (nothing written).
export function editStore(volume: Volume, edit: (store: Store) => Store): Promise<{ changed: boolean; store: Store }> {
  return serialized(async () => {
    const path = volume.store.path
    const text = await readText(path)
    const store = storeShape.parse(edit(storeShape.parse(text === null ? {} : JSON.parse(text))))
    const changed = await writeIfChanged(path, text, storeText(store))
    return { changed, store }
  })
}

/**
 * store.json converted as a whole, from whatever shape it has (the version graph's
 * migrations). A missing file stays missing (seeding creates it); a file that is not
 * JSON is left as it is, and seeding then fails on it as every start did before.
 */
export function convertStore(volume: Volume, convert: (stored: unknown) => unknown): Promise<'changed' | 'unchanged' | 'missing' | 'not JSON'> {
  return serialized(async () => {
    const path = volume.store.path
    const text = await readText(path)
    if (text === null) return 'missing'
    let stored: unknown
    try {
      stored = JSON.parse(text)
    } catch {
      return 'not JSON'
    }
    return (await writeIfChanged(path, text, storeText(convert(stored)))) ? 'changed' : 'unchanged'
  })
}

async function writeIfChanged(path: string, text: string | null, next: string): Promise<boolean> {
  if (next === text) return false
  await writeAtomic(path, next)
  return true
}

const readText = (path: string): Promise<string | null> =>
  readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null
    throw e
  })

/** Edits one site's record; nothing for a site that is not listed. */
export const editSiteState = (volume: Volume, name: string | null, edit: (state: SiteState) => SiteState) =>
  editStore(volume, (store) => withSiteState(store, name, edit))
