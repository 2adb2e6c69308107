// Every way an import can go wrong, as a code the action turns into a translated message.
// The pure code never builds user-facing text itself: it has no access to i18n (which
// needs the SDK), and codes are what tests assert on.
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

export class ImportFailure extends Error {
  constructor(
    readonly problem: ImportProblem,
    /** A short technical detail (status code, importer message); never a whole page. */
    readonly detail: string = '',
    /** Set when a real import failed and the database was put back as it was. */
    readonly databaseRestored = false,
  ) {
    super(detail ? `${problem}: ${detail}` : problem)
  }
}
