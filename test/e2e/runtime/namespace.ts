// Every end-to-end test file runs in its own namespaces, so that Isso's 0.0.0.0:8080
// never reaches a network and the four test files `npm run test:e2e` runs at once never
// meet on port 8080, on /media/startos or in /proc. Import this module FIRST in the file: the
// first time it loads, it re-runs the same node process (same flags, same file, same
// env, plus a marker) under `unshare` and exits with that run's status. node:test's
// child protocol travels over the inherited stdout, so the runner sees one ordinary
// test file. Inside, it brings up loopback and lays out a private /media/startos.
//
// Namespaces: mount (private mounts: /media/startos and the subcontainers' binds),
// network (loopback only), pid with a fresh /proc (Isso's processes are the only ones
// a /proc scan sees, and whatever a failed test leaves running dies with the file).
// As root these need nothing else; elsewhere a user namespace (--map-root-user) is tried.
//
// The network: the example names of network.ts resolve to loopback through a private
// /etc/hosts, and a test authority (tls.ts, made out here before the re-run, since
// Node reads NODE_EXTRA_CA_CERTS when it starts) signs the https served on them.
import { spawnSync } from 'node:child_process'
import { appendFileSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ASSETS, HOSTS_FILE, image, imageEnv, imageProblem, IMAGE_ID, MEDIA, SUBCONTAINERS, VOLUME } from './layout'
import { HOSTS_LINES } from './network'
import { makeTestTls, tlsFiles, type TestTls } from './tls'

const MARKER = 'ISSO_E2E_NAMESPACE'
const TLS_DIR = 'ISSO_E2E_TLS_DIR'

const UNSHARE = ['--mount', '--net', '--pid', '--fork', '--mount-proc', '--propagation', 'private']
const asUser = process.getuid?.() === 0 ? [] : ['--map-root-user']

/** Why the end-to-end tests cannot run here (null when they can). */
export let namespaceProblem: string | null = null

/** Inside the namespace: the test authority and the server's certificate. */
export const testTls: TestTls | null = process.env[MARKER] === 'inside' ? tlsFiles(process.env[TLS_DIR]!) : null

if (process.env[MARKER] !== 'inside') {
  const probe = spawnSync('unshare', [...asUser, ...UNSHARE, 'true'], { encoding: 'utf8' })
  let tls: TestTls | null = null
  namespaceProblem = imageProblem
  if (probe.status === 0 && !namespaceProblem) {
    try {
      tls = makeTestTls()
    } catch (error) {
      namespaceProblem = `cannot make the test certificates with openssl (${(error as Error).message.trim()}); install openssl`
    }
  }
  if (tls) {
    const run = spawnSync(
      'unshare',
      [
        ...asUser,
        ...UNSHARE,
        '--',
        process.execPath,
        // The SDK leaves timers behind after a clean stop (a 60 s SIGKILL fallback in
        // CommandController.term, 30 s health polls) that would keep the file alive
        // for a minute: end the file when its tests are done.
        '--test-force-exit',
        ...process.execArgv,
        ...process.argv.slice(1),
      ],
      { stdio: 'inherit', env: { ...process.env, [MARKER]: 'inside', [TLS_DIR]: tls.dir, NODE_EXTRA_CA_CERTS: tls.caFile } },
    )
    rmSync(tls.dir, { recursive: true, force: true })
    process.exit(run.status ?? 1)
  }
  namespaceProblem ??= `cannot create namespaces for the end-to-end tests (unshare: ${(probe.stderr || probe.error?.message || '').trim()}); run the tests as root`
  if (process.env.CI === 'true') throw new Error(`CI=true but ${namespaceProblem}`)
} else {
  setUp()
}

function setUp(): void {
  const sh = (cmd: string, ...args: string[]) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.error?.message}`)
  }
  sh('ip', 'link', 'set', 'lo', 'up')
  // A tmpfs over /media hides the host's /media from this namespace only and creates
  // nothing on the host's disk.
  mkdirSync(MEDIA, { recursive: true })
  sh('mount', '-t', 'tmpfs', 'e2e-media', MEDIA)
  for (const dir of [VOLUME, SUBCONTAINERS, ASSETS, join(MEDIA, 'startos/images')]) mkdirSync(dir, { recursive: true })
  // The repository's assets/, read-only, where StartOS unpacks the s9pk's.
  sh('mount', '--bind', '-o', 'ro', join(__dirname, '..', '..', '..', 'assets'), ASSETS)
  writeFileSync(join(MEDIA, `startos/images/${IMAGE_ID}.json`), JSON.stringify(image()))
  writeFileSync(join(MEDIA, `startos/images/${IMAGE_ID}.env`), imageEnv())
  // The SDK spawns `start-container` with main's exec env as the whole environment
  // (SubContainer.spawn passes options.env to child_process.spawn), so no PATH: it is
  // found only in the default path, /usr/bin:/bin. Overlay the fake onto /usr/bin, in
  // this namespace only.
  sh('mount', '-t', 'overlay', 'e2e-bin', '-o', `lowerdir=${join(__dirname, 'bin')}:/usr/bin`, '/usr/bin')
  // The host's /etc/hosts plus the test names, over /etc/hosts in this namespace only.
  copyFileSync('/etc/hosts', HOSTS_FILE)
  appendFileSync(HOSTS_FILE, `\n# Isso end-to-end tests\n${HOSTS_LINES.join('\n')}\n`)
  sh('mount', '--bind', HOSTS_FILE, '/etc/hosts')
}
