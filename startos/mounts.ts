import { sdk } from './sdk'

// How Isso's container sees volume `main`, for the daemon and for one-off commands (the
// importer) alike, so both write the same databases. The owner's config/ is not mounted:
// Isso reads the copies the package derives from it (isso/sites/layout.ts settingsPath),
// written into the container's own filesystem at each start, so they are never backed up
// or seen by the owner, and writing them can never race a person's edit of config/.
export const issoMounts = sdk.Mounts.of()
  // SQLite writes journal files next to comments.db, so the directories are writable.
  .mountVolume({ volumeId: 'main', subpath: 'db', mountpoint: '/db', readonly: false })

/** Where the package's assets (isso_sites.py, isso_gunicorn.py) appear for the daemon. */
export const ASSETS_MOUNTPOINT = '/mnt/assets'

// The daemon: the same, plus the WSGI entry and gunicorn settings it runs.
export const issoDaemonMounts = issoMounts.mountAssets({ subpath: null, mountpoint: ASSETS_MOUNTPOINT })
