import { sdk } from './sdk'

// How Isso's container sees volume `main`, for the daemon and for one-off commands (the
// importer) alike, so both write the same databases. The owner's config/ is not mounted:
// Isso reads the copies the package derives from it (isso/sites/layout.ts settingsPath),
// written into the container's own filesystem at each start, so they are never backed up
// or seen by the owner, and writing them can never race a person's edit of config/.
export const issoMounts = sdk.Mounts.of()
  // SQLite writes journal files next to comments.db, so the directories are writable.
  .mountVolume({ volumeId: 'main', subpath: 'db', mountpoint: '/db', readonly: false })

/** Where the package's assets (isso_sites.py) appear when several sites are served. */
export const ASSETS_MOUNTPOINT = '/mnt/assets'

// Several sites: the same, plus the WSGI entry that serves them all on one port.
export const issoSitesMounts = issoMounts.mountAssets({ subpath: null, mountpoint: ASSETS_MOUNTPOINT })
