// Visitor-supplied text (author, comment, page title, page address: Isso takes all of
// them from the visitor's request) on its way into a StartOS notification. It must stay
// plain text: one line (so it cannot start a heading, list or quote of its own), no
// control or bidirectional-override characters (which could hide or reorder what the
// owner reads), bounded in length, and, inside the markdown details, every punctuation
// character escaped so it cannot open a link, emphasis, HTML tag, code span or
// autolink: the notification's structure is ours alone.

// C0/C1 controls, and the line and paragraph separators: become a space.
const BREAKS = /[\p{Cc}\u2028\u2029]+/gu
// Bidirectional marks, embeddings, overrides and isolates: removed.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
// Half a surrogate pair (possible in JSON) would be an invalid character.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** One line of at most `max` characters (code points, an ellipsis included). */
export function plainText(text: string | null | undefined, max: number): string {
  const line = (text ?? '').replace(LONE_SURROGATE, '\uFFFD').replace(BIDI, '').replace(BREAKS, ' ').replace(/\s+/g, ' ').trim()
  const chars = Array.from(line)
  return chars.length <= max ? line : `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`
}

/**
 * `text` (already one plain line) as literal markdown: CommonMark lets a backslash
 * escape any ASCII punctuation character, and an escaped one starts nothing.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&')
}

/** Limits for each visitor-supplied field. */
export const TEXT_LIMITS = { author: 60, title: 80, uri: 120, excerpt: 200 } as const
