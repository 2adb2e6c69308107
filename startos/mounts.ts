import { sdk } from './sdk'

// How Isso's container sees volume `main`, for the daemon and for one-off commands (the
// importer) alike, so both read the same /config/isso.cfg and write the same database.
export const issoMounts = sdk.Mounts.of()
  // SQLite writes journal files next to comments.db, so the directory is writable.
  .mountVolume({ volumeId: 'main', subpath: 'db', mountpoint: '/db', readonly: false })
  // Isso never writes its config; the image reads $ISSO_SETTINGS=/config/isso.cfg.
  .mountVolume({ volumeId: 'main', subpath: 'config', mountpoint: '/config', readonly: true })
