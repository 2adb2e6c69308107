import { sdk } from '../sdk'
import { ASSETS_MOUNTPOINT, DB_MOUNT } from './image'

// How Isso's container sees volume `main`, for the daemon and for one-off commands (the
// importer, the exporter, the test mail) alike, so all of them use the same databases.
// The owner's config/ is not mounted: Isso reads the settings the package derives from it
// (image.ts, SETTINGS_DIR), written into the container's own filesystem at each start.
export const issoMounts = sdk.Mounts.of()
  // SQLite writes journal files next to comments.db, so the directories are writable.
  .mountVolume({ volumeId: 'main', subpath: 'db', mountpoint: DB_MOUNT, readonly: false })

// The daemon: the same, plus the WSGI entry and the gunicorn settings it runs (assets/).
export const issoDaemonMounts = issoMounts.mountAssets({ subpath: null, mountpoint: ASSETS_MOUNTPOINT })
