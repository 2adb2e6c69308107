// Every way an import can go wrong, as a code the action turns into a translated message.
// The pure code never builds user-facing text itself: it has no access to i18n (which
// needs the SDK), and codes are what tests assert on. Every failure leaves the database
// as it was: imports run on a copy, which replaces the database only once it succeeded.
export type ImportProblem =
  | 'url-invalid'
  | 'url-not-https'
  | 'url-unreachable'
  | 'url-http-status'
  | 'url-timeout'
  | 'too-large'
  | 'gzip-broken'
  | 'empty'
  | 'html'
  | 'unknown-format'
  | 'format-mismatch'
  | 'json-invalid'
  | 'importer-duplicate'
  | 'importer-xml'
  | 'importer-json'
  | 'importer-field'
  | 'importer-timeout'
  | 'importer-failed'
  | 'nothing-imported'
  | 'not-isso-db'
  | 'isso-db-newer'
  | 'isso-db-corrupt'
  | 'replace-needed'

export class ImportFailure extends Error {
  constructor(
    readonly problem: ImportProblem,
    /** A short technical detail (status code, importer message); never a whole page. */
    readonly detail: string = '',
  ) {
    super(detail ? `${problem}: ${detail}` : problem)
  }
}
