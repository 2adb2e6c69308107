/**
 * configparser's grammar for ConfigParser(allow_no_value=True, interpolation=None),
 * as in CPython 3.11 Lib/configparser.py, translated to JS regular expressions with
 * Python's whitespace set and Python's `.` (anything but \n; JS `.` also stops at \r,
 * U+2028 and U+2029).
 */
import { PY_WHITESPACE_CLASS as WS } from './pythonText'

/** `_SECT_TMPL` = `\[(?P<header>.+)\]`, used with `.match`: anchored at the start only,
 * and `.+` is greedy, so `[a]b] junk` is section `a]b`. */
const SECTCRE = /^\[([^\n]+)\]/

/** `_OPT_NV_TMPL` with delimiters `=` and `:`: a non-greedy option name, optional
 * delimiter, the rest of the line as the value. It matches every line without \n, so
 * configparser's "no match" ParsingError branch is unreachable for us. */
const OPTCRE_NV = new RegExp(`^([^\\n]*?)[${WS}]*(?:([=:])[${WS}]*([^\\n]*))?$`)

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

export function matchOption(stripped: string): OptionMatch {
  const m = OPTCRE_NV.exec(stripped)
  if (!m) throw new Error('unreachable: OPTCRE_NV matches any line without \\n')
  return { option: m[1], delimiter: m[2], value: m[3] }
}
