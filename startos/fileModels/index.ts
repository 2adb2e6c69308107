import { join } from 'node:path'
import { siteLayout } from '../isso/sites/layout'
import { sdk } from '../sdk'
import { DEFAULT_QUIET, IssoCfgFile, type Quiet } from './issoCfg'

export * from './issoCfg'

// Where things live on volume `main`, in one place: config/ (the owner's isso.cfg, and
// one <name>.cfg per extra site), db/ (Isso's databases, mounted at /db), start9/ (the
// package's own state, sites/store.ts). `issoCfg` and `dbDir` are the first site's.
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
