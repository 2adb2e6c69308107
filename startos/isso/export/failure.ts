// Every way an export can fail, as a code the action turns into a translated message.
// None of them changes the database: the exporter opens it read-only.
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

export class ExportFailure extends Error {
  constructor(
    readonly problem: ExportProblem,
    /** A short technical detail (SQLite's message, a path); never a whole file. */
    readonly detail: string = '',
  ) {
    super(detail ? `${problem}: ${detail}` : problem)
  }
}
