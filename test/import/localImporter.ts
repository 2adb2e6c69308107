// The package's importer run, on this machine against upstream Isso 0.14.0: the same
// command line, derived config, environment and stdin answer the package hands the isso
// image, with the image's paths mapped to the venv and a temp directory standing in for
// /db (the volume's db subpath). Only the container is missing.
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { ImporterPaths } from '../../startos/isso/import/command'
import type { ContainerResult, ImporterContainer } from '../../startos/isso/import/run'
import { ISSO_VENV } from '../helpers/isso'

/** `root/db` plays /db, `root/etc/import.cfg` the config inside the container. */
export function localPaths(root: string): ImporterPaths {
  mkdirSync(join(root, 'db'), { recursive: true })
  return {
    isso: join(ISSO_VENV, 'bin', 'isso'),
    python: join(ISSO_VENV, 'bin', 'python'),
    dbDir: join(root, 'db'),
    configFile: join(root, 'etc', 'import.cfg'),
  }
}

export interface LocalCall {
  command: string[]
  env: Record<string, string>
  stdin: string | null
}

export function localContainer(): ImporterContainer & { calls: LocalCall[]; files: Map<string, string> } {
  const calls: LocalCall[] = []
  const files = new Map<string, string>()
  return {
    calls,
    files,
    async writeFile(path, text) {
      files.set(path, text)
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, text, { mode: 0o600 })
    },
    exec(command, { env, stdin }, timeoutMs) {
      calls.push({ command, env, stdin })
      return run(command, env, stdin, timeoutMs)
    },
  }
}

function run(command: string[], env: Record<string, string>, stdin: string | null, timeoutMs: number): Promise<ContainerResult> {
  return new Promise((resolve, reject) => {
    // The image's environment is not this machine's: only PATH and what the call sets.
    const child = spawn(command[0], command.slice(1), {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
      timeout: Math.min(timeoutMs, 20_000),
      killSignal: 'SIGKILL',
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (exitCode, exitSignal) => resolve({ exitCode, exitSignal, stdout, stderr }))
    // A command that exits without reading its stdin (isso import asks nothing of an
    // empty database) makes this write fail with EPIPE when the machine is busy; its exit
    // status and output, from 'close', are the result.
    child.stdin.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') reject(e)
    })
    child.stdin.end(stdin ?? '')
  })
}
