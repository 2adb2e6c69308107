// The one IssoRunner of the tests: what the package runs in Isso's image (import, export,
// test mail, the readers), run on this machine against upstream Isso 0.14.0 — the same
// command line, derived config, environment and stdin — with the image's paths mapped to
// the venv and a temp directory standing in for /db (the volume's db subpath). Only the
// container is missing.
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { ImagePaths } from '../../startos/container/image'
import type { IssoRunner, RunResult } from '../../startos/container/runner'
import { ISSO_VENV } from './isso'

/** `root/db` plays /db, `root/etc/import.cfg` the config inside the container. */
export function localPaths(root: string): ImagePaths {
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

/** `env`: what the image's environment has that this machine's must not lend (LANG, a CA file). */
export function localRunner(env: Record<string, string> = {}): IssoRunner & { calls: LocalCall[]; files: Map<string, string> } {
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
    exec(command, { env: callEnv = {}, stdin = null }, timeoutMs) {
      calls.push({ command, env: callEnv, stdin })
      return run(command, { ...env, ...callEnv }, stdin, timeoutMs)
    },
  }
}

function run(command: string[], env: Record<string, string>, stdin: string | null, timeoutMs: number): Promise<RunResult> {
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

/** A runner whose commands answer as `answer` says, for tests of how output is read. */
export function scriptedRunner(answer: (command: string[]) => Promise<RunResult>): IssoRunner {
  return {
    writeFile: async (path) => {
      throw new Error(`this test's runner writes no file (asked for ${path})`)
    },
    exec: (command) => answer(command),
  }
}
