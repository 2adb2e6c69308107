import { existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { ContainerResult, RunInContainer } from '../../startos/isso/import/run'

export const DUPLICATE_STDERR = [
  'Traceback (most recent call last):',
  '  File "/isso/isso/db/threads.py", line 31, in new',
  'sqlite3.IntegrityError: UNIQUE constraint failed: threads.uri',
  '',
].join('\n')

export interface ImporterCall {
  command: string[]
  stdin: string | null
  /** The export as the container saw it, read while the importer "ran". */
  file: string | null
}

/**
 * Stands in for the isso image: the count script answers from `rows`, and the importer
 * either appends to comments.db (as a real import would change it) or, when told to
 * fail, scribbles on it and leaves a journal behind before exiting 1, as a crash would.
 */
export function fakeImporter(dbDir: string, outcome: 'ok' | 'duplicate' | 'throw' = 'ok') {
  const calls: ImporterCall[] = []
  const rows = { threads: 0, comments: 0 }
  const run: RunInContainer = async (command, stdin) => {
    if (command[0] === '/isso/bin/python') {
      return ok(`${rows.threads} ${rows.comments}\n`)
    }
    const path = join(dbDir, basename(command.at(-1) ?? ''))
    calls.push({ command, stdin, file: existsSync(path) ? readFileSync(path, 'utf8') : null })
    if (command.includes('-n')) return ok('')
    if (outcome === 'throw') throw new Error('subcontainer died')
    appendFileSync(join(dbDir, 'comments.db'), 'IMPORTED')
    if (outcome === 'duplicate') {
      writeFileSync(join(dbDir, 'comments.db-journal'), 'half a transaction')
      return { exitCode: 1, exitSignal: null, stdout: '', stderr: DUPLICATE_STDERR }
    }
    rows.threads += 2
    rows.comments += 3
    return ok('')
  }
  return { run, calls, rows }
}

function ok(stdout: string): ContainerResult {
  return { exitCode: 0, exitSignal: null, stdout, stderr: '' }
}
