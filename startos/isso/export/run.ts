import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { CONTAINER_PATHS, type ImporterPaths } from '../import/command'
import type { IssoRunner, RunResult } from '../../container/runner'
import { exportCommand, scriptProblem } from './command'
import { Failure } from '../failure'
import type { ExportProblem } from './failure'
import { parseFigures, type ExportFigures } from './figures'
import { EXPORTS_DIR, exportName, partFile, pruneExports } from './files'
import { EXPORT_TIMEOUT_MS, KEEP_EXPORTS } from './limits'

export interface ExportDeps {
  /** Where the package sees the volume's `db` subpath (the container sees paths.dbDir). */
  dbDir: string
  /** The database to export, as the container sees it (today `/db/comments.db`). */
  dbFile: string
  container: IssoRunner
  /** Only `python` and `dbDir` are used. */
  paths?: Pick<ImporterPaths, 'python' | 'dbDir'>
  now?: () => Date
}

export interface ExportReport extends ExportFigures {
  /** The file, relative to the db directory: `exports/comments-….xml`. */
  file: string
  /** Older exports removed to keep KEEP_EXPORTS. */
  pruned: string[]
}

/**
 * Writes every thread and comment of `dbFile` to a new file in db/exports (see script.ts
 * for the format and the read-only snapshot), then keeps the newest KEEP_EXPORTS. The
 * database is only read, so this is safe while Isso runs.
 */
export async function runExport(deps: ExportDeps): Promise<ExportReport> {
  const paths = deps.paths ?? CONTAINER_PATHS
  const local = join(deps.dbDir, EXPORTS_DIR)
  await mkdir(local, { recursive: true })
  const name = exportName((deps.now ?? (() => new Date()))())
  const command = exportCommand(paths.python, deps.dbFile, `${paths.dbDir}/${EXPORTS_DIR}/${name}`)
  let figures: ExportFigures
  try {
    const res = await deps.container.exec(command, { env: {}, stdin: null }, EXPORT_TIMEOUT_MS).catch((e: unknown) => {
      throw new Failure<ExportProblem>('failed', e instanceof Error ? e.message : String(e))
    })
    if (res.exitCode !== 0) throw failureOf(res)
    const parsed = parseFigures(res.stdout)
    if (!parsed) throw new Failure<ExportProblem>('failed', `unexpected output: ${res.stdout.slice(0, 200)}`)
    figures = parsed
  } catch (e) {
    // A failed run leaves no file that looks like an export.
    await rm(join(local, partFile(name)), { force: true })
    await rm(join(local, name), { force: true })
    throw e
  }
  const pruned = await pruneExports(local, KEEP_EXPORTS, name)
  return { ...figures, file: `${EXPORTS_DIR}/${name}`, pruned }
}

function failureOf(res: RunResult): Failure<ExportProblem> {
  if (res.exitCode === null || res.exitSignal) return new Failure<ExportProblem>('timeout')
  const known = scriptProblem(res.stderr)
  if (known) return new Failure<ExportProblem>(known.kind as ExportProblem, known.detail)
  const lastLine = res.stderr.trim().split('\n').at(-1) ?? ''
  return new Failure<ExportProblem>('failed', lastLine || `exit code ${res.exitCode}`)
}
