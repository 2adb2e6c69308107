// Isso's image, ghcr.io/isso-comments/isso:0.14.0 (the manifest pins its digest), as its
// Dockerfile builds it: a venv at /isso (WORKDIR /isso/) holding isso, gunicorn and a
// Python with sqlite3, ENTRYPOINT `/isso/bin/gunicorn -b 0.0.0.0:8080 -w 4 --preload
// --worker-tmp-dir /dev/shm`, CMD `isso.run`, ENV ISSO_SETTINGS=/config/isso.cfg, and
// /db and /config as volumes. Every path the package hands the image is here.

/** The image's Python: isso's own modules and sqlite3 (this package's container has no SQLite). */
export const IMAGE_PYTHON = '/isso/bin/python'
/** upstream's command line (`isso import`). */
export const IMAGE_ISSO = '/isso/bin/isso'

/** Where volume main's `db` folder is mounted (container/mounts.ts). */
export const DB_MOUNT = '/db'
/** The first site's database, `[general] dbpath` as the package enforces it. */
export const DB_PATH = `${DB_MOUNT}/comments.db`

// Settings the package derives from the owner's files go into the container's own
// filesystem, never the volume: never backed up, never seen by the owner, and writing
// them cannot race a person's edit of config/. The image's /config is not used.
export const SETTINGS_DIR = '/etc/isso'
/** The first site's settings, what ISSO_SETTINGS names for the daemon. */
export const FIRST_SITE_SETTINGS = `${SETTINGS_DIR}/isso.cfg`
/** isso_sites.py serves every <name>.cfg in this folder at /<name>/. */
export const EXTRA_SITES_SETTINGS_DIR = `${SETTINGS_DIR}/sites`
/** The settings a one-off command (import, test mail) runs with. */
export const oneOffSettings = (purpose: string) => `${SETTINGS_DIR}/${purpose}.cfg`

/** Where the package's assets (isso_sites.py, isso_gunicorn.py) appear for the daemon. */
export const ASSETS_MOUNTPOINT = '/mnt/assets'

/** Where the image has things, as the runner's commands see them. */
export interface ImagePaths {
  /** upstream's CLI */
  isso: string
  /** the Python beside it, which has sqlite3 */
  python: string
  /** volume main's `db` folder */
  dbDir: string
  /** the derived settings a one-off command runs with: the container's own filesystem, never the volume */
  configFile: string
}

export const imagePaths = (purpose: string): ImagePaths => ({
  isso: IMAGE_ISSO,
  python: IMAGE_PYTHON,
  dbDir: DB_MOUNT,
  configFile: oneOffSettings(purpose),
})
