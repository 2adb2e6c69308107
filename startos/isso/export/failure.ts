import type { Failure } from '../failure'

// Every way an export can fail. None of them changes the database: the exporter opens it
// read-only.
export type ExportProblem =
  /** Isso has not created its database yet (it does at its first start). */
  | 'no-database'
  /** The file is not SQLite, or has no Isso tables. */
  | 'not-isso-db'
  /** SQLite refused the read (e.g. locked past its timeout, damaged file). */
  | 'read-failed'
  | 'timeout'
  /** The exporter broke in a way we did not foresee; the detail says how. */
  | 'failed'

export type ExportFailure = Failure<ExportProblem>
