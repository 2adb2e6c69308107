import type { IssoRunner, RunResult } from '../../container/runner'
import type { ConfigDocument } from '../configparser'
import { CONTAINER_PATHS, countCommand, importerCall, type ImporterPaths } from './command'
import { addedRows, NO_ROWS, type Counts } from './counts'
import { Failure } from '../failure'
import type { ImportProblem } from './failure'
import type { ExportFormat, FormatPlan } from './format'
import { IMPORTER_TIMEOUT_MS } from './limits'
import { disqusOrphans, explainImporterFailure, parseCounts } from './output'
import { swapIn, withScratch } from './scratch'
import { marksSpam, NOTHING_FILTERED, parseSpamFiltered, spamFilterCommand, type SpamFiltered } from './spam'

export interface ImportDeps {
  /** Where the package sees the volume's `db` subpath (the container sees paths.dbDir). */
  dbDir: string
  container: IssoRunner
  /** The owner's isso.cfg: the importer gets the same settings as the server. */
  owner: ConfigDocument
  paths?: ImporterPaths
  now?: () => Date
}

export interface ImportRequest {
  data: Buffer
  plan: FormatPlan
  dryRun: boolean
}

export interface ImportReport {
  dryRun: boolean
  format: ExportFormat
  /** Rows the import added to the copy: what a real import adds to the database. */
  added: Counts
  /** The replaced database's backup; null for a dry run or a first import. */
  backup: string | null
  prunedBackups: string[]
  /** Disqus posts whose thread is missing from the export (not imported). */
  orphans: number
  /** Spam and trash taken out of the export before the importer ran (spam.ts). */
  skipped: Omit<SpamFiltered, 'rewritten'>
}

const COUNT_TIMEOUT_MS = 60_000
/** The spam filter reads the whole export, as the importer does. */
const FILTER_TIMEOUT_MS = 10 * 60_000

/**
 * Imports into a copy of the database and counts what that added. A dry run stops
 * there; a real import then swaps the copy in (keeping the old database as a backup).
 * So the dry run's figures are exactly what the real import adds, and no failure can
 * leave the database half-imported. The scratch directory goes in every case.
 */
export async function runImport(req: ImportRequest, deps: ImportDeps): Promise<ImportReport> {
  const now = deps.now ?? (() => new Date())
  const paths = deps.paths ?? CONTAINER_PATHS
  return withScratch(deps.dbDir, paths.dbDir, req.data, now, async ({ hadDb, inside, here }) => {
    const filtered = marksSpam(req.plan.format)
      ? parseSpamFiltered((await runChecked(deps.container, spamFilterCommand(inside.exportFile, req.plan.format, paths), FILTER_TIMEOUT_MS)).stdout)
      : NOTHING_FILTERED
    // A rewritten export is named to the importer: autodetect need not judge our writing.
    const plan = filtered.rewritten ? { ...req.plan, typeFlag: req.plan.format } : req.plan
    const call = importerCall(deps.owner, plan, inside, paths)
    await deps.container.writeFile(paths.configFile, call.config)
    const count = () => countRows(deps.container, countCommand(inside.dbFile, paths))
    const before = hadDb ? await count() : NO_ROWS
    const res = await deps.container
      .exec(call.command, { env: call.env, stdin: call.stdin }, IMPORTER_TIMEOUT_MS)
      .catch((e: unknown) => {
        throw new Failure<ImportProblem>('importer-failed', e instanceof Error ? e.message : String(e))
      })
    if (res.exitCode !== 0) throw failureOf(res)
    const added = addedRows(await count(), before)
    // Never a success that added nothing (a Disqus file without --empty-id once did).
    if (added.comments <= 0) throw new Failure<ImportProblem>('nothing-imported')
    const { spam, trash, lifted } = filtered
    const skipped = { spam, trash, lifted }
    const report = { dryRun: req.dryRun, format: req.plan.format, added, orphans: disqusOrphans(res.stdout), skipped }
    if (req.dryRun) return { ...report, backup: null, prunedBackups: [] }
    return { ...report, ...(await swapIn(deps.dbDir, here.dbFile, now())) }
  })
}

function failureOf(res: RunResult): Failure<ImportProblem> {
  const killed = res.exitCode === null || !!res.exitSignal
  const { problem, detail } = explainImporterFailure(res.stdout, res.stderr, killed)
  return new Failure<ImportProblem>(problem, detail)
}

/** Rows in the scratch copy; without them there is nothing true to report, so it fails. */
async function countRows(container: IssoRunner, command: string[]): Promise<Counts> {
  const counts = parseCounts((await runChecked(container, command, COUNT_TIMEOUT_MS, 'the database could not be counted')).stdout)
  if (!counts) throw new Failure<ImportProblem>('importer-failed', 'the database could not be counted')
  return counts
}

/** A helper script in the image's Python; a failure is the importer's failure. */
async function runChecked(container: IssoRunner, command: string[], timeoutMs: number, fallback = ''): Promise<RunResult> {
  const res = await container.exec(command, { env: {}, stdin: null }, timeoutMs).catch((e: unknown) => {
    throw new Failure<ImportProblem>('importer-failed', e instanceof Error ? e.message : String(e))
  })
  if (res.exitCode !== 0) {
    const { detail } = explainImporterFailure(res.stdout, res.stderr, res.exitCode === null || !!res.exitSignal)
    throw new Failure<ImportProblem>('importer-failed', detail || fallback)
  }
  return res
}
