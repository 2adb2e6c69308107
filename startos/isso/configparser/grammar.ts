/**
 * configparser's grammar for ConfigParser(allow_no_value=True, interpolation=None),
 * as in CPython 3.11 Lib/configparser.py, translated to JS regular expressions with
 * Python's whitespace set and Python's `.` (anything but \n; JS `.` also stops at \r,
 * U+2028 and U+2029).
 */
import { PY_WHITESPACE_CLASS as WS, firstNonSpace, isPyWhitespaceCode } from './pythonText'

/** `_SECT_TMPL` = `\[(?P<header>.+)\]`, used with `.match`: anchored at the start only,
 * and `.+` is greedy, so `[a]b] junk` is section `a]b`. */
const SECTCRE = /^\[([^\n]+)\]/

/** `_OPT_NV_TMPL` with delimiters `=` and `:`: a non-greedy option name, optional
 * delimiter, the rest of the line as the value. It matches every line without \n, so
 * configparser's "no match" ParsingError branch is unreachable for us. */
export const OPTCRE_NV = new RegExp(`^([^\\n]*?)[${WS}]*(?:([=:])[${WS}]*([^\\n]*))?$`)

/** `comment_prefixes=('#', ';')`, tested on `line.strip()`; no inline comments. */
export function isCommentLine(stripped: string): boolean {
  return stripped.startsWith('#') || stripped.startsWith(';')
}

/** The section name if the stripped line is a section header. */
export function matchSectionHeader(stripped: string): string | null {
  const m = SECTCRE.exec(stripped)
  return m ? m[1] : null
}

export interface OptionMatch {
  /** the name as written (before `optname.rstrip()` and lower-casing) */
  option: string
  /** `=` or `:`; undefined for a key without value */
  delimiter: string | undefined
  /** the raw value: everything after the delimiter and the spaces after it */
  value: string | undefined
}

/**
 * OPTCRE_NV.exec() on a stripped line, without the regex's backtracking (quadratic on
 * long runs of spaces). The lazy option group ends where the run of spaces before the
 * first delimiter starts; with no delimiter it is the whole (stripped) line. A test
 * checks this against the regex on random lines.
 */
export function matchOption(stripped: string): OptionMatch {
  let d = 0
  while (d < stripped.length && stripped[d] !== '=' && stripped[d] !== ':') d++
  if (d === stripped.length) return { option: stripped, delimiter: undefined, value: undefined }
  let k = d
  while (k > 0 && isPyWhitespaceCode(stripped.charCodeAt(k - 1))) k--
  const v = firstNonSpace(stripped, d + 1)
  return { option: stripped.slice(0, k), delimiter: stripped[d], value: v < 0 ? '' : stripped.slice(v) }
}
