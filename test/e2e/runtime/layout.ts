import { readUpstreamImage, UPSTREAM_DOCKERFILE } from './dockerfile'

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

/** The namespace's /etc/hosts (bound over /etc/hosts; each subcontainer gets a copy). */
export const HOSTS_FILE = '/media/e2e-hosts'
/** Where each subcontainer has the test authority (tls.ts), for Isso's Python. */
export const CONTAINER_CA_FILE = '/etc/ssl/e2e-test-ca.pem'

// Upstream's image ghcr.io/isso-comments/isso:0.14.0: ENTRYPOINT, CMD, WORKDIR and USER
// as its Dockerfile sets them (read from that file: dockerfile.ts).
const upstream = readUpstreamImage()

/** Why the double cannot run (null when it can): it needs upstream's Dockerfile. */
export const imageProblem: string | null = upstream
  ? null
  : `upstream Isso 0.14.0's Dockerfile is not at ${UPSTREAM_DOCKERFILE}: set ISSO_DOCKERFILE to it`

function upstreamImage() {
  if (!upstream) throw new Error(imageProblem!)
  return upstream
}

/** The image as StartOS describes it to `start-container` (images/isso.json). */
export function image() {
  const { entrypoint, cmd, workdir, user } = upstreamImage()
  return { entrypoint, cmd, workdir, user }
}

// What main runs in the image: its entrypoint and flags unchanged, then in place of its
// CMD the package's gunicorn settings and WSGI entry (assets/, mounted at /mnt/assets).
export const packageCommand = () => [
  ...upstreamImage().entrypoint,
  '--config',
  '/mnt/assets/isso_gunicorn.py',
  '--pythonpath',
  '/mnt/assets',
  'isso_sites:application',
]

// The image's ENV as StartOS writes it for `start-container --env-file`: what its python
// base image sets for every process (PATH with the venv first, LANG: the base image's
// Dockerfile, not Isso's), then the Dockerfile's own ENV (ISSO_SETTINGS). One line is the
// double's: the image trusts the public authorities (its CA bundle), the double's
// rootfs has none, and Isso's Python trusts the test authority instead, as Python's ssl
// module reads SSL_CERT_FILE (Isso fetches a page over https for a new thread's title).
export const IMAGE_PATH = 'PATH=/isso/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
export const imageEnv = () =>
  [
    IMAGE_PATH,
    'LANG=C.UTF-8',
    ...Object.entries(upstreamImage().env).map(([key, value]) => `${key}=${value}`),
    `SSL_CERT_FILE=${CONTAINER_CA_FILE}`,
    '',
  ].join('\n')
