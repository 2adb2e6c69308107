import { sdk } from './sdk'

// How Isso's container sees volume `main`, for the daemon and for one-off commands (the
// importer) alike, so both write the same database. The owner's config/ is not mounted:
// Isso reads the copy the package derives from it (ISSO_SETTINGS_PATH).
export const issoMounts = sdk.Mounts.of()
  // SQLite writes journal files next to comments.db, so the directory is writable.
  .mountVolume({ volumeId: 'main', subpath: 'db', mountpoint: '/db', readonly: false })

/**
 * Where Isso's settings are written inside its container: config/isso.cfg with the keys
 * StartOS enforces (isso/config/issoSettings.ts), written at every start. It lives in
 * the container's own filesystem, so it is never backed up and never seen or edited by
 * the owner, and writing it can never race a person's edit of config/isso.cfg.
 */
export const ISSO_SETTINGS_PATH = '/etc/isso/isso.cfg'
