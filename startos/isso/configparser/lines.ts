/**
 * Isso opens isso.cfg with `open(user, 'r')` (isso/config.py `load`), a text-mode file
 * with universal newlines: \n, \r\n and a lone \r all end a line, and nothing else does
 * (\x0b, \x85, U+2028 stay inside the line, unlike `str.splitlines()`).
 * We keep each line's own terminator so an unedited document writes back byte for byte.
 */

export type Eol = '\n' | '\r\n' | '\r' | ''

export interface Line {
  readonly text: string
  /** '' only for a last line without a final newline */
  readonly eol: Eol
}

export function splitFileLines(input: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i)
    if (c !== 10 && c !== 13) continue
    const crlf = c === 13 && input.charCodeAt(i + 1) === 10
    lines.push({ text: input.slice(start, i), eol: crlf ? '\r\n' : c === 13 ? '\r' : '\n' })
    if (crlf) i++
    start = i + 1
  }
  if (start < input.length) lines.push({ text: input.slice(start), eol: '' })
  return lines
}

export function joinLines(lines: readonly Line[]): string {
  let out = ''
  for (const line of lines) out += line.text + line.eol
  return out
}

/** The newline we write: the file's first one (CRLF stays CRLF), else \n. */
export function newlineStyle(lines: readonly Line[]): Exclude<Eol, ''> {
  for (const line of lines) if (line.eol !== '') return line.eol
  return '\n'
}
