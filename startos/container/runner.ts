import type { T } from '@start9labs/start-sdk'
import { sdk } from '../sdk'
import { issoMounts } from './mounts'

// Running something in Isso's image: in the daemon's own container (the readers, while
// Isso runs) or in a temporary one with the same mounts (import, export, test mail).
// The one interface every caller uses; tests hand the same callers a runner of upstream
// Isso's venv on this machine (test/helpers/runner.ts), so what they run is exactly what
// the package runs.

export interface RunResult {
  exitCode: number | null
  /** Set when the process was killed, e.g. by the timeout. */
  exitSignal?: string | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  env?: Record<string, string>
  stdin?: string | null
}

export interface IssoRunner {
  /** Writes a file into the container's own filesystem (not the volume), owner-only: derived settings hold secrets. */
  writeFile(path: string, text: string): Promise<void>
  /** exec, not execFail: the output of a failed run matters as much as of a good one. */
  exec(command: string[], options: RunOptions, timeoutMs: number): Promise<RunResult>
}

/** Runs a temporary container of the image for `fn`, named for what it does. */
export type WithRunner = <R>(effects: T.Effects, purpose: string, fn: (runner: IssoRunner) => Promise<R>) => Promise<R>

type Container = Pick<ReturnType<typeof sdk.SubContainer.of>, 'writeFile' | 'exec'>

/** A runner in an existing container of the image: the daemon's. */
export function runnerIn(container: Container): IssoRunner {
  return {
    writeFile: (path, text) => container.writeFile(path, text, { mode: 0o600 }),
    exec: async (command, { env, stdin }, timeoutMs) => {
      const res = await container.exec(command, { ...(env ? { env } : {}), ...(stdin ? { input: stdin } : {}) }, timeoutMs)
      return { exitCode: res.exitCode, exitSignal: res.exitSignal, stdout: String(res.stdout), stderr: String(res.stderr) }
    },
  }
}

/** The package's WithRunner: a temporary container with the daemon's mounts (/db). */
export const withTempRunner: WithRunner = (effects, purpose, fn) =>
  sdk.SubContainer.withTemp(effects, { imageId: 'isso' }, issoMounts, purpose, (sub) => fn(runnerIn(sub)))
