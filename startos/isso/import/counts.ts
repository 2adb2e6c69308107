import { ImportFailure } from './failure'
import type { ExportFormat } from './format'

export interface Counts {
  threads: number
  comments: number
}

/**
 * Threads and comments the file holds. Upstream prints its "N threads, M comments" line
 * only when stdout is a terminal (migrate.py Progress), which it never is in a
 * subcontainer, so for a dry run this count is the only summary there is. Generic JSON
 * is parsed (and rejected here if it does not parse); XML is counted by its elements.
 */
export function countInFile(data: Buffer, format: ExportFormat): Counts {
  const text = data.toString('utf8').replace(/^\uFEFF/, '')
  if (format === 'generic') return countGeneric(text)
  if (format === 'disqus') {
    // Each <post> names its thread in a self-closing <thread dsq:id="…"/>.
    const threadIds = new Set<string>()
    for (const m of text.matchAll(/<thread\b[^>]*?dsq:id="([^"]*)"[^>]*\/>/g)) threadIds.add(m[1])
    return { threads: threadIds.size, comments: (text.match(/<post\b/g) ?? []).length }
  }
  const items = text.split(/<item\b/).slice(1)
  const withComments = items.filter((item) => /<wp:comment\b[\s>]/.test(item))
  return {
    threads: withComments.length,
    comments: withComments.reduce((n, item) => n + (item.match(/<wp:comment\b[\s>]/g) ?? []).length, 0),
  }
}

function countGeneric(text: string): Counts {
  let threads: unknown
  try {
    threads = JSON.parse(text)
  } catch (e) {
    throw new ImportFailure('json-invalid', e instanceof Error ? e.message : String(e))
  }
  if (!Array.isArray(threads)) throw new ImportFailure('json-invalid', 'not a list of threads')
  let comments = 0
  for (const t of threads) {
    const list = (t as { comments?: unknown })?.comments
    if (!Array.isArray(list)) throw new ImportFailure('json-invalid', 'a thread has no "comments" list')
    comments += list.length
  }
  return { threads: threads.length, comments }
}
