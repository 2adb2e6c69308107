/** What the exporter reports on its one line of stdout. */
export interface ExportFigures {
  threads: number
  comments: number
  /** comments with a parent */
  replies: number
  pending: number
  /** Isso's placeholders for deleted comments that have replies */
  deleted: number
  bytes: number
  /** Page paths a Disqus importer changes (it keeps only a link's path): [path, what it becomes]. */
  movedPaths: [string, string][]
  /** Threads without comments: in the file, but importers create threads only for comments. */
  emptyThreads: string[]
  /** Comments that held characters XML 1.0 cannot carry (dropped from the file). */
  cleaned: number
  /** How long the read transaction lasted, the only time Isso could have waited for us. */
  readMs: number
}

const COUNTS = ['threads', 'comments', 'replies', 'pending', 'deleted', 'bytes', 'cleaned'] as const

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0
const isPair = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every((s) => typeof s === 'string')

/** The figures, or null when the output is not what the exporter prints. */
export function parseFigures(stdout: string): ExportFigures | null {
  let value: unknown
  try {
    value = JSON.parse(stdout.trim().split('\n').at(-1) ?? '')
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (!COUNTS.every((k) => isCount(v[k]))) return null
  if (typeof v.readMs !== 'number' || !(v.readMs >= 0)) return null
  if (!Array.isArray(v.movedPaths) || !v.movedPaths.every(isPair)) return null
  if (!Array.isArray(v.emptyThreads) || !v.emptyThreads.every((s) => typeof s === 'string')) return null
  return v as unknown as ExportFigures
}
