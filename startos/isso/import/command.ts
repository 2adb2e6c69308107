import type { FormatPlan } from './format'

/** upstream's CLI inside the image; ISSO_SETTINGS (set by the image) points it at /config/isso.cfg. */
export const ISSO_CLI = '/isso/bin/isso'

/**
 * Upstream asks "Isso DB is not empty! Continue? [y/N]" on stdin when comments exist
 * (migrate.py dispatch). We always answer yes: the user chose to import, and a backup
 * is taken first. Without an answer the prompt would hit EOF and abort.
 */
export const IMPORTER_STDIN = 'y\n'

/** `isso import [-n] [-t TYPE] FILE`, in the order upstream's argparse documents. */
export function importerCommand(plan: FormatPlan, dryRun: boolean, file: string): string[] {
  return [
    ISSO_CLI,
    'import',
    ...(dryRun ? ['-n'] : []),
    ...(plan.typeFlag ? ['-t', plan.typeFlag] : []),
    file,
  ]
}

// Reads the row counts without creating the file (mode=ro) and without touching it.
const COUNT_SCRIPT = [
  'import sqlite3, sys',
  "c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)",
  "print(c.execute('SELECT COUNT(*) FROM threads').fetchone()[0], c.execute('SELECT COUNT(*) FROM comments').fetchone()[0])",
].join('\n')

/** Counts threads and comments with the image's own Python (our container has no sqlite). */
export function countCommand(dbFile: string): string[] {
  return ['/isso/bin/python', '-c', COUNT_SCRIPT, dbFile]
}
