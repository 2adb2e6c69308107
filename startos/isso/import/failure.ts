import type { Failure } from '../failure'

// Every way an import can go wrong. Every failure leaves the database as it was: imports
// run on a copy, which replaces the database only once it succeeded.
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

export type ImportFailure = Failure<ImportProblem>
