import { Failure } from '../failure'
import type { ImportProblem } from './failure'

export const EXPORT_FORMATS = ['disqus', 'wordpress', 'generic'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export type FormatChoice = 'auto' | ExportFormat

/** What we hand the importer: `-t` (null lets upstream guess) and what we expect it to find. */
export interface FormatPlan {
  typeFlag: ExportFormat | null
  format: ExportFormat
}

// Upstream guesses from the first io.DEFAULT_BUFFER_SIZE characters of the file
// (isso/migrate.py, dispatch → autodetect).
const PEEK_CHARS = 8192
const WORDPRESS_NS = /http:\/\/wordpress\.org\/export\/(1\.\d)\//

/** upstream's autodetect(), rule for rule, so "auto" predicts what the importer will do. */
export function upstreamGuess(peek: string): ExportFormat | null {
  if (peek.includes('xmlns="http://disqus.com')) return 'disqus'
  if (WORDPRESS_NS.test(peek)) return 'wordpress'
  if (peek.startsWith('[{')) return 'generic'
  return null
}

export function looksLikeHtml(head: string): boolean {
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head)
}

/** The start of the text without a byte-order mark or leading whitespace. */
function trimmedHead(data: Uint8Array): string {
  return Buffer.from(data.subarray(0, 4 * PEEK_CHARS)).toString('utf8').replace(/^\uFEFF/, '').trimStart()
}

/**
 * Decides how to call the importer, or explains why the file is not an export. Catches
 * what upstream would only answer with "Unknown format, abort." (an HTML login page
 * instead of the export, a truncated paste) before anything runs.
 */
export function planFormat(data: Uint8Array, choice: FormatChoice): FormatPlan {
  const head = trimmedHead(data)
  if (!head) throw new Failure<ImportProblem>('empty')
  if (looksLikeHtml(head)) throw new Failure<ImportProblem>('html')
  const peek = Buffer.from(data.subarray(0, 4 * PEEK_CHARS)).toString('utf8').slice(0, PEEK_CHARS)
  const guessed = upstreamGuess(peek)
  if (choice === 'auto') {
    if (guessed) return { typeFlag: null, format: guessed }
    // Pretty-printed JSON ("[\n  {") or a BOM defeats upstream's startswith("[{"): name it.
    if (/^\[\s*(\{|\])/.test(head)) return { typeFlag: 'generic', format: 'generic' }
    throw new Failure<ImportProblem>('unknown-format')
  }
  const shapeOk = choice === 'generic' ? head.startsWith('[') : head.startsWith('<')
  if (!shapeOk || (guessed && guessed !== choice)) {
    throw new Failure<ImportProblem>('format-mismatch', guessed ?? (head.startsWith('[') ? 'generic' : ''))
  }
  return { typeFlag: choice, format: choice }
}
