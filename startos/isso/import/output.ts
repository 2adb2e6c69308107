import type { Counts } from './counts'
import type { ImportProblem } from './failure'

/** The "N threads, M comments" line upstream prints when stdout is a terminal. */
export function summaryFromOutput(stdout: string): Counts | null {
  // Progress rewrites its line with \r; the last match is the final one.
  const all = [...stdout.matchAll(/(\d+) threads, (\d+) comments/g)]
  const last = all.at(-1)
  return last ? { threads: Number(last[1]), comments: Number(last[2]) } : null
}

/** What upstream's Disqus importer reports about posts it could not place (migrate.py). */
export function disqusWarnings(stdout: string): { orphans: number; noThreads: boolean } {
  const found = /Found (\d+) orphans:/.exec(stdout)
  return {
    orphans: found ? Number(found[1]) : 0,
    noThreads: stdout.includes("Isso couldn't import any thread"),
  }
}

/** Count output of countCommand: "threads comments". */
export function parseCounts(stdout: string): Counts | null {
  const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(stdout)
  return m ? { threads: Number(m[1]), comments: Number(m[2]) } : null
}

/**
 * Turns a failed run into a problem code and the one line that explains it. Python ends
 * a traceback with "ExceptionType: message"; SystemExit prints its text alone.
 */
export function explainImporterFailure(
  stdout: string,
  stderr: string,
  killed: boolean,
): { problem: ImportProblem; detail: string } {
  if (killed) return { problem: 'importer-timeout', detail: '' }
  const detail = lastMeaningful(stderr) ?? lastMeaningful(stdout) ?? ''
  const problem: ImportProblem = /IntegrityError: UNIQUE constraint failed/.test(stderr)
    ? 'importer-duplicate'
    : /Unknown format, abort\./.test(stderr)
      ? 'unknown-format'
      : /ParseError:/.test(stderr)
        ? 'importer-xml'
        : /JSONDecodeError:/.test(stderr)
          ? 'importer-json'
          : /(KeyError|AttributeError|TypeError|ValueError):/.test(stderr)
            ? 'importer-field'
            : 'importer-failed'
  return { problem, detail: detail.slice(0, 300) }
}

function lastMeaningful(text: string): string | undefined {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^(Traceback|File "|\^+$|~+$)/.test(l))
    .at(-1)
}
