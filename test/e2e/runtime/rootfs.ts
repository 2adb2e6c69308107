// The double's `effects.subcontainer.createFs/destroyFs`: a fresh, real directory per
// subcontainer that looks to Python like the image's root. Only what the interpreter
// needs is bound in, read-only; the rest (/etc, /tmp, /db, /config, …) is the rootfs's
// own, so the package can writeFile into it and the SDK can copy resolv.conf into its
// /etc. /isso is the venv, as in the image (/isso/bin/gunicorn).
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { issoPython, ISSO_VENV } from '../../helpers/isso'
import { CONTAINER_CA_FILE, HOSTS_FILE, SUBCONTAINERS } from './layout'
import { testTls } from './namespace'

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })

// The venv's interpreter is a symlink into its base installation (pyenv, /usr/local,
// /usr), and gunicorn's shebang names the venv by its real path: both must resolve.
let pythonPaths: string[] | null = null
function pythonTrees(): string[] {
  pythonPaths ??= [run(issoPython(), '-c', 'import sys; print(sys.base_prefix)').trim(), ISSO_VENV]
  return pythonPaths
}

function bindReadOnly(source: string, target: string): void {
  mkdirSync(target, { recursive: true })
  run('mount', '--rbind', '-o', 'ro', source, target)
}

const live = new Map<string, string>()

export function createFs(): [rootfs: string, guid: string] {
  const guid = randomUUID()
  const rootfs = join(SUBCONTAINERS, guid)
  mkdirSync(rootfs)
  for (const top of ['/usr', '/bin', '/sbin', '/lib', '/lib64']) {
    if (!existsSync(top)) continue
    // merged-/usr systems: /bin is a symlink to usr/bin, keep it one.
    if (lstatSync(top).isSymbolicLink()) symlinkSync(readlinkSync(top), join(rootfs, top))
    else bindReadOnly(top, join(rootfs, top))
  }
  for (const tree of pythonTrees()) {
    if (!tree.startsWith('/usr/')) bindReadOnly(tree, join(rootfs, tree))
  }
  bindReadOnly(ISSO_VENV, join(rootfs, 'isso'))
  // Already there when the venv lives under /tmp (a CI clone in /tmp, say).
  mkdirSync(join(rootfs, 'tmp'), { recursive: true })
  chmodSync(join(rootfs, 'tmp'), 0o1777)
  // The image's /etc has its own hosts file; here it names the test network's hosts, and
  // the test authority sits where SSL_CERT_FILE (layout.ts IMAGE_ENV) says.
  mkdirSync(join(rootfs, dirname(CONTAINER_CA_FILE)), { recursive: true })
  copyFileSync(HOSTS_FILE, join(rootfs, 'etc/hosts'))
  if (testTls) copyFileSync(testTls.caFile, join(rootfs, CONTAINER_CA_FILE))
  live.set(guid, rootfs)
  return [rootfs, guid]
}

export function destroyFs(guid: string): void {
  const rootfs = live.get(guid)
  if (!rootfs) throw new Error(`destroyFs: unknown subcontainer ${guid}`)
  live.delete(guid)
  // Unmount each outermost mount below the rootfs (the rootfs itself is a plain
  // directory), then check none is left before deleting: rm must never reach through
  // the writable binds of /dev or the volume (--one-file-system guards /dev as well).
  const outer = mountsUnder(rootfs).filter((p, _, all) => !all.some((q) => q !== p && p.startsWith(`${q}/`)))
  for (const point of outer) run('umount', '--recursive', point)
  const left = mountsUnder(rootfs)
  if (left.length) throw new Error(`destroyFs: still mounted under ${rootfs}: ${left.join(', ')}`)
  run('rm', '-rf', '--one-file-system', rootfs)
}

function mountsUnder(dir: string): string[] {
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((point) => point !== undefined && point.startsWith(`${dir}/`))
}

/** Rootfs paths of subcontainers not destroyed yet. */
export const liveSubcontainers = () => [...live.values()]
