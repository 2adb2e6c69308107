/**
 * What isso.cfg can hold. Each check returns the reason in plain words, or null.
 * These are the rules by construction; every edit is also re-read afterwards
 * (see verify.ts), so a value that slipped past them is still refused.
 */
import { isCommentLine } from './grammar'
import { isPyWhitespace } from './pythonText'

// C0 controls but tab, DEL, C1 controls, and U+2028/2029 (Python sees these as
// whitespace and some editors as line breaks)
const CONTROL = /[\0-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]/
const LINE_BREAK = /[\r\n]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

function textProblem(text: string, what: string): string | null {
  if (LINE_BREAK.test(text)) return `the ${what} contains a line break`
  const control = CONTROL.exec(text)
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
    return `the ${what} contains the control character U+${code}`
  }
  if (LONE_SURROGATE.test(text)) return `the ${what} contains a broken character that UTF-8 cannot store`
  if (text.length > 0 && (isPyWhitespace(text[0]) || isPyWhitespace(text[text.length - 1]))) {
    // configparser strips values, names and list items
    return `the ${what} starts or ends with a space, which configparser would drop`
  }
  return null
}

/** A single-line value for set(); null (key without value) is always fine. */
export function valueProblem(value: string | null): string | null {
  if (value === null) return null
  if (LINE_BREAK.test(value)) return 'the value contains a line break (write lists with setList)'
  return textProblem(value, 'value')
}

/** One item of a newline-separated list (Isso's getiter) for setList(). */
export function listItemProblem(item: string): string | null {
  if (item === '') return 'a list item is empty, and Isso skips empty lines'
  const problem = textProblem(item, 'list item')
  if (problem) return problem
  // an indented `# x` line is a comment, not part of the value
  if (isCommentLine(item)) return "a list item starts with '#' or ';', which would make it a comment"
  return null
}

export function keyNameProblem(key: string): string | null {
  if (key === '') return 'the key name is empty'
  const problem = textProblem(key, 'key name')
  if (problem) return problem
  if (/[=:]/.test(key)) return "the key name contains '=' or ':', which separate a key from its value"
  if (isCommentLine(key)) return "the key name starts with '#' or ';', which would make the line a comment"
  if (key.startsWith('[')) return "the key name starts with '[', which could read as a section header"
  return null
}

export function sectionNameProblem(section: string): string | null {
  if (section === '') return 'the section name is empty'
  const problem = textProblem(section, 'section name')
  if (problem) return problem
  // `[a]b]` does read back as `a]b` (greedy match), but no one should have to know that
  if (section.includes(']')) return "the section name contains ']'"
  return null
}
