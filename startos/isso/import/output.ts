import type { Counts } from './counts'
import type { ImportProblem } from './failure'

// Upstream's Progress prints its "N threads, M comments" line only to a terminal, which a
// container's stdout never is, so the figures come from counting rows (countCommand).

/** How many Disqus posts upstream could not place (migrate.py prints this even when piped). */
export function disqusOrphans(stdout: string): number {
  const found = /Found (\d+) orphans:/.exec(stdout)
  return found ? Number(found[1]) : 0
}

/** Output of countCommand: "threads comments replies". */
export function parseCounts(stdout: string): Counts | null {
  const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s*$/.exec(stdout)
  return m ? { threads: Number(m[1]), comments: Number(m[2]), replies: Number(m[3]) } : null
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
