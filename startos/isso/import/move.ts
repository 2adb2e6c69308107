import { CONTAINER_PATHS, countCommand } from './command'
import { NO_ROWS, type Counts } from './counts'
import { Failure } from '../failure'
import type { ImportProblem } from './failure'
import { checkIssoDbCommand, checkSqliteHeader, parseIssoDbCheck } from './issoDb'
import { explainImporterFailure, parseCounts } from './output'
import type { IssoRunner } from '../../container/runner'
import type { ImportDeps } from './run'
import { swapIn, withScratch } from './scratch'

export interface MoveRequest {
  /** Another Isso's comments.db. */
  data: Buffer
  dryRun: boolean
  /** The owner's explicit choice to replace comments this server already has. */
  replace: boolean
}

export interface MoveReport {
  dryRun: boolean
  /** What the database holds now (or would, for a dry run). */
  holds: Counts
  /** What this server had before. */
  replaced: Counts
  backup: string | null
  prunedBackups: string[]
}

const CHECK_TIMEOUT_MS = 10 * 60_000

/**
 * Makes another Isso's database this server's: checked and, if its schema is older,
 * migrated by Isso's own code in a scratch directory, then renamed over the database
 * (the old one kept as a backup). Nothing is touched unless every check passed, and
 * comments already here are only replaced when the owner said so.
 */
export async function moveDatabase(req: MoveRequest, deps: Omit<ImportDeps, 'owner'>): Promise<MoveReport> {
  checkSqliteHeader(req.data)
  const now = deps.now ?? (() => new Date())
  const paths = deps.paths ?? CONTAINER_PATHS
  return withScratch(deps.dbDir, paths.dbDir, req.data, now, async ({ hadDb, inside, here }) => {
    const replaced = hadDb ? parseCounts((await exec(deps.container, countCommand(inside.dbFile, paths))).stdout) : NO_ROWS
    if (!replaced) throw new Failure<ImportProblem>('importer-failed', 'the current database could not be counted')
    const holds = parseIssoDbCheck((await exec(deps.container, checkIssoDbCommand(inside.exportFile, paths))).stdout)
    if (replaced.comments > 0 && !req.replace) throw new Failure<ImportProblem>('replace-needed', String(replaced.comments))
    if (req.dryRun) return { dryRun: true, holds, replaced, backup: null, prunedBackups: [] }
    return { dryRun: false, holds, replaced, ...(await swapIn(deps.dbDir, here.exportFile, now())) }
  })
}

async function exec(container: IssoRunner, command: string[]) {
  const res = await container.exec(command, { env: {}, stdin: null }, CHECK_TIMEOUT_MS).catch((e: unknown) => {
    throw new Failure<ImportProblem>('importer-failed', e instanceof Error ? e.message : String(e))
  })
  if (res.exitCode !== 0) {
    const { problem, detail } = explainImporterFailure(res.stdout, res.stderr, res.exitCode === null || !!res.exitSignal)
    throw new Failure<ImportProblem>(problem === 'importer-timeout' ? problem : 'importer-failed', detail)
  }
  return res
}
