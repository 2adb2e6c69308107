/**
 * The bits of CPython 3.11 string semantics configparser relies on, where JavaScript
 * differs.
 */

/**
 * Code points for which CPython's `str.isspace()` is true — the set `str.strip()` and
 * `re`'s `\s` use (enumerated with Python 3.11). JS `\s`/`trim()` differ: they also
 * treat U+FEFF as space and miss \x1c-\x1f and \x85.
 */
export const PY_WHITESPACE_CLASS =
  '\\t\\n\\x0b\\x0c\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'

/** The same set as PY_WHITESPACE_CLASS, as comparisons: the reader's hot path. */
export function isPyWhitespaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c >= 0x1c
  if (c < 0x85) return false
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
}

export function isPyWhitespace(ch: string): boolean {
  return ch.length > 0 && isPyWhitespaceCode(ch.charCodeAt(0))
}

/** Index of the first non-space character (configparser's NONSPACECRE `\S`), or -1. */
export function firstNonSpace(s: string, from = 0): number {
  for (let i = from; i < s.length; i++) if (!isPyWhitespaceCode(s.charCodeAt(i))) return i
  return -1
}

export function lastNonSpace(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (!isPyWhitespaceCode(s.charCodeAt(i))) return i
  return -1
}

/** Python `str.strip()` (loops, not /\s+$/, which is quadratic on long inner runs). */
export function pyStrip(s: string): string {
  const start = firstNonSpace(s)
  return start < 0 ? '' : s.slice(start, lastNonSpace(s) + 1)
}

/**
 * Code points assigned after Unicode 14.0 (Python 3.11's database) that Node's newer ICU
 * lower-cases; Python leaves them as they are. Measured by comparing `chr(c).lower()`
 * with `toLowerCase()` over every code point.
 */
const NEWER_THAN_PYTHON =
  /([\u1C89\uA7CB\uA7CC\uA7CE\uA7D2\uA7D4\uA7DA\uA7DC\u{10D50}-\u{10D65}\u{16EA0}-\u{16EB8}])/u

/**
 * Python `str.lower()`, configparser's `optionxform`. Both languages apply the
 * Final_Sigma rule; a code point Python sees as unassigned is neither cased nor
 * case-ignorable there, so it bounds the sigma context like a string edge would —
 * hence lower-casing the pieces between such code points separately.
 */
export function pyLower(s: string): string {
  if (!NEWER_THAN_PYTHON.test(s)) return s.toLowerCase()
  return s
    .split(NEWER_THAN_PYTHON)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.toLowerCase()))
    .join('')
}
