import { EXPORT_SCRIPT } from './script'

/** The exporter's command line: the image's Python, the database to read, the file to write. */
export function exportCommand(python: string, dbFile: string, outFile: string): string[] {
  return [python, '-c', EXPORT_SCRIPT, dbFile, outFile]
}

/** `KIND: detail` on stderr, as the script reports what it recognised. */
export function scriptProblem(stderr: string): { kind: string; detail: string } | null {
  const m = /^(no-database|not-isso-db|read-failed): (.*)$/m.exec(stderr)
  return m ? { kind: m[1], detail: m[2] } : null
}
