import { randomBytes } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DB_FILE, pruneBackups, restoreSnapshot, takeSnapshot } from './backup'
import { countCommand, IMPORTER_STDIN, importerCommand } from './command'
import type { Counts } from './counts'
import { ImportFailure } from './failure'
import type { ExportFormat, FormatPlan } from './format'
import { IMPORTER_TIMEOUT_MS, KEEP_BACKUPS } from './limits'
import { disqusWarnings, explainImporterFailure, parseCounts, summaryFromOutput } from './output'

export interface ContainerResult {
  exitCode: number | null
  /** Set when the process was killed, e.g. by the timeout. */
  exitSignal?: string | null
  stdout: string
  stderr: string
}

/** Runs a command in a container of the isso image with the daemon's mounts. */
export type RunInContainer = (command: string[], stdin: string | null, timeoutMs: number) => Promise<ContainerResult>

export interface ImportDeps {
  /** Where the package sees the volume's `db` subpath (the container sees it at /db). */
  dbDir: string
  run: RunInContainer
  now?: () => Date
}

export interface ImportRequest {
  data: Buffer
  plan: FormatPlan
  dryRun: boolean
  /** What the file holds, from countInFile. */
  fileCounts: Counts
}

export interface ImportReport {
  dryRun: boolean
  format: ExportFormat
  fileCounts: Counts
  /** Rows the import added (database after minus before); null for a dry run. */
  added: Counts | null
  /** Backup taken before a real import, null for a dry run or a first import. */
  backup: string | null
  prunedBackups: string[]
  orphans: number
  noThreads: boolean
}

const CONTAINER_DB_DIR = '/db'

export async function runImport(req: ImportRequest, deps: ImportDeps): Promise<ImportReport> {
  const now = deps.now ?? (() => new Date())
  // Beside the database, so the container sees it under /db; a dot file Isso never reads.
  const tempName = `.import-${randomBytes(8).toString('hex')}`
  await writeFile(join(deps.dbDir, tempName), req.data, { mode: 0o644 })
  try {
    const command = importerCommand(req.plan, req.dryRun, `${CONTAINER_DB_DIR}/${tempName}`)
    if (req.dryRun) {
      const res = await deps.run(command, IMPORTER_STDIN, IMPORTER_TIMEOUT_MS)
      if (res.exitCode !== 0) throw failureOf(res, false)
      return report(req, res, null, null, [])
    }
    const snapshot = await takeSnapshot(deps.dbDir, now())
    const before = snapshot.backup ? await countRows(deps) : { threads: 0, comments: 0 }
    let res: ContainerResult
    try {
      res = await deps.run(command, IMPORTER_STDIN, IMPORTER_TIMEOUT_MS)
    } catch (e) {
      await restoreSnapshot(snapshot)
      throw new ImportFailure('importer-failed', e instanceof Error ? e.message : String(e), true)
    }
    if (res.exitCode !== 0) {
      await restoreSnapshot(snapshot)
      throw failureOf(res, true)
    }
    const after = await countRows(deps)
    const added = after && before ? diff(after, before) : summaryFromOutput(res.stdout)
    const pruned = await pruneBackups(deps.dbDir, KEEP_BACKUPS)
    return report(req, res, added, snapshot.backup, pruned)
  } finally {
    await rm(join(deps.dbDir, tempName), { force: true })
  }
}

function failureOf(res: ContainerResult, restored: boolean): ImportFailure {
  const killed = res.exitCode === null || !!res.exitSignal
  const { problem, detail } = explainImporterFailure(res.stdout, res.stderr, killed)
  return new ImportFailure(problem, detail, restored)
}

/** Row counts, or null if they cannot be read (the summary then falls back to the file). */
async function countRows(deps: ImportDeps): Promise<Counts | null> {
  const res = await deps
    .run(countCommand(`${CONTAINER_DB_DIR}/${DB_FILE}`), null, 60_000)
    .catch(() => null)
  return res && res.exitCode === 0 ? parseCounts(res.stdout) : null
}

function diff(a: Counts, b: Counts): Counts {
  return { threads: a.threads - b.threads, comments: a.comments - b.comments }
}

function report(
  req: ImportRequest,
  res: ContainerResult,
  added: Counts | null,
  backup: string | null,
  prunedBackups: string[],
): ImportReport {
  return {
    dryRun: req.dryRun,
    format: req.plan.format,
    fileCounts: summaryFromOutput(res.stdout) ?? req.fileCounts,
    added,
    backup,
    prunedBackups,
    ...disqusWarnings(res.stdout),
  }
}
