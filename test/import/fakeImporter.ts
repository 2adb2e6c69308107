import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CONTAINER_PATHS } from '../../startos/isso/import/command'
import type { Counts } from '../../startos/isso/import/counts'
import type { IssoRunner, RunResult } from '../../startos/container/runner'
import { NOTHING_FILTERED, type SpamFiltered } from '../../startos/isso/import/spam'

export const DUPLICATE_STDERR = [
  'Traceback (most recent call last):',
  '  File "/isso/isso/db/threads.py", line 31, in new',
  'sqlite3.IntegrityError: UNIQUE constraint failed: threads.uri',
  '',
].join('\n')

export interface ImporterCall {
  command: string[]
  env: Record<string, string>
  stdin: string | null
  /** The export as the container saw it, read while the importer "ran". */
  file: string | null
}

export type Outcome = 'ok' | 'duplicate' | 'throw' | 'nothing' | 'uncountable'

/**
 * Stands in for the isso image with the volume's db at /db (the real importer runs in
 * realIsso.test.ts). The count script answers from `rows` (what the database held) plus
 * what this fake imported into that copy; the importer appends to the scratch copy (as a
 * real import changes it) or, when told to fail, scribbles on it and leaves a journal
 * behind before exiting 1, as a crash would.
 */
export function fakeImporter(dbDir: string, outcome: Outcome = 'ok', filtered: SpamFiltered = NOTHING_FILTERED) {
  const calls: ImporterCall[] = []
  /** Every command run, counts and checks included. */
  const execs: string[][] = []
  const files = new Map<string, string>()
  const rows: Counts = { threads: 0, comments: 0, replies: 0 }
  const added = new Map<string, Counts>()
  const onHost = (path: string) => join(dbDir, path.slice(CONTAINER_PATHS.dbDir.length))
  const container: IssoRunner = {
    async writeFile(path, text) {
      files.set(path, text)
    },
    async exec(command, { env = {}, stdin = null }) {
      execs.push(command)
      if (command[0] === CONTAINER_PATHS.python) {
        if (outcome === 'uncountable') return { exitCode: 1, exitSignal: null, stdout: '', stderr: 'sqlite3.DatabaseError: file is not a database\n' }
        // The spam filter (spam.ts; the real one runs in spam.test.ts).
        if (command[2].includes('isSpam')) return ok(`${JSON.stringify(filtered)}\n`)
        // moveDatabase's check of another Isso's database (issoDb.ts): a valid one.
        if (command[2].includes('PRAGMA quick_check')) return ok('{"counts": [2, 5, 3]}\n')
        const plus = added.get(command.at(-1) ?? '') ?? { threads: 0, comments: 0, replies: 0 }
        return ok(`${rows.threads + plus.threads} ${rows.comments + plus.comments} ${rows.replies + plus.replies}\n`)
      }
      const exportFile = onHost(command.at(-1) ?? '')
      calls.push({ command, env, stdin, file: existsSync(exportFile) ? readFileSync(exportFile, 'utf8') : null })
      if (outcome === 'throw') throw new Error('subcontainer died')
      const dbpath = /^dbpath = (.*)$/m.exec(files.get(CONTAINER_PATHS.configFile) ?? '')?.[1] ?? ''
      if (outcome === 'nothing') return ok('')
      appendFileSync(onHost(dbpath), 'IMPORTED')
      if (outcome === 'duplicate') {
        writeFileSync(onHost(dbpath) + '-journal', 'half a transaction')
        return { exitCode: 1, exitSignal: null, stdout: '', stderr: DUPLICATE_STDERR }
      }
      added.set(dbpath, { threads: 2, comments: 3, replies: 1 })
      return ok('')
    },
  }
  return { container, calls, execs, files, rows }
}

function ok(stdout: string): RunResult {
  return { exitCode: 0, exitSignal: null, stdout, stderr: '' }
}
