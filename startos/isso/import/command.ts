import { posix } from 'node:path'
import { issoSettingsText } from '../config'
import type { ConfigDocument } from '../configparser'
import { DB_FILE } from './backup'
import { imagePaths, type ImagePaths } from '../../container/image'
import type { FormatPlan } from './format'

/**
 * Where the importer's files are, as the process running it sees them: in the package
 * the isso image; tests pass the same call a local venv and a temp directory, so what
 * they run is exactly what the package runs.
 */
export type ImporterPaths = ImagePaths

export const CONTAINER_PATHS: ImporterPaths = imagePaths('import')

/**
 * The paths for one site's database, as Isso's container sees it (`/db/comments.db` for
 * the first site, `/db/blog/comments.db` for an added one): its scratch copies go in the
 * same folder, so the finished copy replaces the database with one rename.
 */
export function sitePaths(dbPath: string): ImporterPaths {
  return { ...CONTAINER_PATHS, dbDir: posix.dirname(dbPath) }
}

/**
 * Upstream asks "Isso DB is not empty! Continue? [y/N]" on stdin when comments exist
 * (migrate.py dispatch). We always answer yes: the user chose to import, and the import
 * runs on a copy. Without an answer the prompt would hit EOF and abort.
 */
export const IMPORTER_STDIN = 'y\n'

/** A private working directory beside the database: the export and the database copy. */
export interface Scratch {
  /** Its name inside the db directory: hidden, unique per run. */
  name: string
  exportFile: string
  dbFile: string
}

/** The scratch directory `name` inside `dbDir`, as whoever uses `dbDir` sees it. */
export function scratchIn(dbDir: string, name: string): Scratch {
  const dir = `${dbDir}/${name}`
  return { name, exportFile: `${dir}/export`, dbFile: `${dir}/${DB_FILE}` }
}

export interface ImporterCall {
  /** What to write to paths.configFile before running `command`. */
  config: string
  command: string[]
  env: Record<string, string>
  stdin: string
}

/**
 * The whole importer run: the owner's isso.cfg with StartOS's keys applied and `dbpath`
 * pointed at the scratch copy, and `isso -c FILE import [-t TYPE] [--empty-id] EXPORT`
 * (`-c` is a top-level option, so it goes before `import`). Upstream lets ISSO_SETTINGS
 * win over `-c`, and the image sets it, so the environment names the same file.
 *
 * `--empty-id` for every Disqus import: upstream tests `if not thread_id:` on an XML
 * element, false for every `<id>` (it has no children), and skips all threads without
 * the flag (isso/migrate.py, Disqus.migrate). No `-n`: upstream's dry run imports into an
 * empty temp file, which hides conflicts; ours imports into the copy instead.
 */
export function importerCall(owner: ConfigDocument, plan: FormatPlan, scratch: Scratch, paths = CONTAINER_PATHS): ImporterCall {
  return {
    config: issoSettingsText(owner, { dbpath: scratch.dbFile }),
    command: [
      paths.isso,
      '-c',
      paths.configFile,
      'import',
      ...(plan.typeFlag ? ['-t', plan.typeFlag] : []),
      ...(plan.format === 'disqus' ? ['--empty-id'] : []),
      scratch.exportFile,
    ],
    env: { ISSO_SETTINGS: paths.configFile },
    stdin: IMPORTER_STDIN,
  }
}

// Opened read-write on purpose: it only ever reads the scratch copy, and a copied hot
// journal must be rolled back (as the importer would) before the figures mean anything.
// A database Isso has not initialised yet (no tables) counts as empty.
// Replies are comments with a parent: what shows whether reply threading survived.
const COUNT_SCRIPT = [
  'import sqlite3, sys',
  'c = sqlite3.connect(sys.argv[1])',
  'q = lambda s: c.execute(s).fetchone()[0]',
  "ready = q(\"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('threads', 'comments')\") == 2",
  "print(*([q('SELECT COUNT(*) FROM threads'), q('SELECT COUNT(*) FROM comments'), q('SELECT COUNT(*) FROM comments WHERE parent IS NOT NULL')] if ready else [0, 0, 0]))",
].join('\n')

/** Counts threads, comments and replies with the image's own Python. */
export function countCommand(dbFile: string, paths = CONTAINER_PATHS): string[] {
  return [paths.python, '-c', COUNT_SCRIPT, dbFile]
}
