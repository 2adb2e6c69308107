import type { FileHelper } from '@start9labs/start-sdk'
import { join } from 'node:path'
import { DEFAULT_QUIET, siteFiles, type Quiet, type SiteFiles } from '../fileModels'
import { sdk } from '../sdk'
import { STORE_SUBPATH, storeJsonAt, type Store } from './store'

/**
 * Volume `main` as the package uses it: each site's files and store.json, under one root.
 * Everything that reads or writes them is given one (actions, init, main, migrations), so
 * a test hands the same code a throw-away volume of its own.
 */
export interface Volume {
  readonly root: string
  /** A site's config file and database folder (null: the first site). */
  site(name: string | null): SiteFiles
  /** start9/store.json: one record per site (./store.ts). */
  readonly store: FileHelper<Store>
}

/** The volume mounted at `root`; `quiet` as in fileModels/issoCfg/settled.ts. */
export function volumeAt(root: string, quiet: Quiet = DEFAULT_QUIET): Volume {
  const first = siteFiles(root, null, quiet)
  return {
    root,
    site: (name) => (name === null ? first : siteFiles(root, name, quiet)),
    store: storeJsonAt(join(root, STORE_SUBPATH)),
  }
}

/** The package's own: StartOS mounts volume `main` at this fixed path in every container. */
export const mainVolume: Volume = volumeAt(sdk.volumes.main.path)
