import { Failure } from '../failure'
import type { ImportProblem } from './failure'

/** Rows in an Isso database, or the rows an import added. */
export interface Counts {
  threads: number
  comments: number
  /** Comments with a parent: what shows whether reply threading survived. */
  replies: number
}

export const NO_ROWS: Counts = { threads: 0, comments: 0, replies: 0 }

export function addedRows(after: Counts, before: Counts): Counts {
  return {
    threads: after.threads - before.threads,
    comments: after.comments - before.comments,
    replies: after.replies - before.replies,
  }
}

/**
 * Generic JSON is checked here, before a container starts: upstream would only answer
 * broken JSON with a traceback. The figures an import reports come from the database,
 * not from this file.
 */
export function checkGenericJson(data: Buffer): void {
  let threads: unknown
  try {
    threads = JSON.parse(data.toString('utf8').replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new Failure<ImportProblem>('json-invalid', e instanceof Error ? e.message : String(e))
  }
  if (!Array.isArray(threads)) throw new Failure<ImportProblem>('json-invalid', 'not a list of threads')
  for (const t of threads) {
    if (!Array.isArray((t as { comments?: unknown })?.comments)) {
      throw new Failure<ImportProblem>('json-invalid', 'a thread has no "comments" list')
    }
  }
}
