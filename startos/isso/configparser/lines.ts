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

const EOL_RE = /\r\n|\r|\n/g

export function splitLines(input: string): Line[] {
  const lines: Line[] = []
  let start = 0
  EOL_RE.lastIndex = 0
  for (let m = EOL_RE.exec(input); m; m = EOL_RE.exec(input)) {
    lines.push({ text: input.slice(start, m.index), eol: m[0] as Eol })
    start = m.index + m[0].length
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
