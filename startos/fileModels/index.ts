import { join } from 'node:path'
import { siteLayout } from '../isso/sites/layout'
import { DEFAULT_QUIET, IssoCfgFile, type Quiet } from './issoCfg'

export * from './issoCfg'

/**
 * One site's files on a volume `main` mounted at `root`: its config file (config/isso.cfg
 * for the first site, config/<name>.cfg for the others) and its database folder (db/,
 * db/<name>/), where isso/sites/layout.ts puts them. `quiet` is how long a config file
 * must stay unwritten before the package trusts what it reads (fileModels/issoCfg/settled.ts).
 */
export function siteFiles(root: string, name: string | null, quiet: Quiet = DEFAULT_QUIET) {
  const layout = siteLayout(name)
  return {
    layout,
    issoCfg: new IssoCfgFile(join(root, layout.cfgSubpath), quiet, layout.dbPath),
    dbDir: join(root, layout.dbSubdir),
  }
}

export type SiteFiles = ReturnType<typeof siteFiles>
