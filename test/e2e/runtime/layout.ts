// Where the double puts things inside a test file's namespace, and the image it
// pretends to run. The paths are the ones the SDK hard-codes (/media/startos/…).

export const MEDIA = '/media'
/** Volume `main`, where the package's file models point by default. */
export const VOLUME = '/media/startos/volumes/main'
/** The rootfs of each subcontainer lives here (a real directory, not the host's /). */
export const SUBCONTAINERS = '/media/startos/subcontainers'

/** The package's assets (`mountAssets` binds from here), as the s9pk packs assets/. */
export const ASSETS = '/media/startos/assets'

export const IMAGE_ID = 'isso'

// Upstream's image ghcr.io/isso-comments/isso:0.14.0 (its Dockerfile at tag 0.14.0):
// ENTRYPOINT, CMD and WORKDIR as its Dockerfile sets them, no USER (root).
export const IMAGE = {
  entrypoint: ['/isso/bin/gunicorn', '-b', '0.0.0.0:8080', '-w', '4', '--preload', '--worker-tmp-dir', '/dev/shm'],
  cmd: ['isso.run'],
  workdir: '/isso/',
  user: 'root',
}

// What main runs in the image: its entrypoint and flags unchanged, then in place of its
// CMD the package's gunicorn settings and WSGI entry (assets/, mounted at /mnt/assets).
export const PACKAGE_COMMAND = [
  ...IMAGE.entrypoint,
  '--config',
  '/mnt/assets/isso_gunicorn.py',
  '--pythonpath',
  '/mnt/assets',
  'isso_sites:application',
]

// The image's ENV as StartOS writes it for `start-container --env-file`: Isso's own
// variable plus what its python base image sets for every process.
export const IMAGE_ENV = [
  'PATH=/isso/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'LANG=C.UTF-8',
  'ISSO_SETTINGS=/config/isso.cfg',
  '',
].join('\n')
