import { DB_MOUNT, DB_PATH, EXTRA_SITES_SETTINGS_DIR, FIRST_SITE_SETTINGS } from '../../container/image'

// Where each site lives. The first site is exactly what a one-site install has always
// had (config/isso.cfg, /db/comments.db, served at /), so an owner with one blog, or one
// upgrading, sees no change. An extra site `blog` has config/blog.cfg beside it, its
// database in its own folder db/blog/ (with its own import backups), and is served at
// /blog/. `blog` can never be `isso` (names.ts), so the files cannot collide.

export interface SiteLayout {
  /** null for the first site. */
  readonly name: string | null
  /** The owner's config file, on volume `main`. */
  readonly cfgSubpath: string
  /** The site's database folder, on volume `main` (mounted under /db). */
  readonly dbSubdir: string
  /** The database as Isso sees it: `[general] dbpath`, enforced. */
  readonly dbPath: string
  /** Where the settings derived for Isso are written inside its container. */
  readonly settingsPath: string
  /** The URL path prefix on Isso's port: '' or '/blog'. */
  readonly prefix: string
}


export function siteLayout(name: string | null): SiteLayout {
  if (name === null) {
    return {
      name,
      cfgSubpath: 'config/isso.cfg',
      dbSubdir: 'db',
      dbPath: DB_PATH,
      settingsPath: FIRST_SITE_SETTINGS,
      prefix: '',
    }
  }
  return {
    name,
    cfgSubpath: `config/${name}.cfg`,
    dbSubdir: `db/${name}`,
    dbPath: `${DB_MOUNT}/${name}/comments.db`,
    settingsPath: `${EXTRA_SITES_SETTINGS_DIR}/${name}.cfg`,
    prefix: `/${name}`,
  }
}
