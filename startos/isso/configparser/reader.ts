/**
 * A line-for-line mirror of CPython 3.11 `RawConfigParser._read` with
 * comment_prefixes=('#', ';'), no inline comments, strict=True,
 * empty_lines_in_values=True, allow_no_value=True, optionxform=str.lower.
 * Variable names follow CPython's so the two can be read side by side.
 */
import { ConfigSyntaxError } from './errors'
import { matchOption, matchSectionHeader } from './grammar'
import type { Line } from './lines'
import { DEFAULT_SECTION, type Block, type Entry, type Reading } from './model'
import { firstNonSpace, lastNonSpace, pyLower } from './pythonText'

// tsx's CommonJS interop turns every call of an imported function into a getter call;
// the hot loop binds these once
const nonSpace = firstNonSpace
const lastNon = lastNonSpace

export function readLines(lines: readonly Line[]): Reading {
  const blocks: Block[] = []
  const sections = new Map<string, Map<string, Entry>>()
  const defaults = new Map<string, Entry>()
  // elements_added: the section names are the keys of `sections`; the options are the
  // keys of each section's map (DEFAULT's map is shared by all [DEFAULT] blocks, as in
  // CPython), plus the sections that had an empty option name (`= value`)
  const emptyKeyIn = new Set<string>()
  let cursect: Map<string, Entry> | null = null
  let block: Block | null = null
  let sectname = ''
  // configparser's optname when truthy; null when None or '' (both stop continuations)
  let opt: Entry | null = null
  let indentLevel = 0
  let e: ConfigSyntaxError | null = null // ParsingError is raised only at the end

  for (let i = 0; i < lines.length; i++) {
    const lineno = i + 1
    const line = lines[i].text
    // cur_indent_level (NONSPACECRE) is also where line.strip() starts
    const curIndentLevel = nonSpace(line)
    if (curIndentLevel < 0) {
      // empty_lines_in_values: the value gets '' (trailing ones vanish in the join)
      if (cursect && opt && opt.value !== null) opt.blanks++
      continue
    }
    const first = line[curIndentLevel]
    // full-line comments are skipped whatever their indentation: they neither end a
    // value nor add an empty line to it
    if (first === '#' || first === ';') continue
    const value = line.slice(curIndentLevel, lastNon(line) + 1)
    if (cursect && opt && curIndentLevel > indentLevel) {
      // CPython does cursect[optname].append(value) — on None that is an AttributeError
      if (opt.value === null) {
        throw new ConfigSyntaxError(lineno, 'continuation-after-valueless-key',
          `this indented line continues '${opt.key}', a key without value (Isso crashes on this)`)
      }
      // _join_multiline_values: '\n'.join(lines).rstrip() — the lines are stripped,
      // so the rstrip only drops trailing '' lines; we add blanks once a line follows
      opt.value += '\n'.repeat(opt.blanks + 1) + value
      opt.blanks = 0
      if (opt.firstContinuation < 0) opt.firstContinuation = i
      opt.end = i + 1
      continue
    }
    indentLevel = curIndentLevel
    const header = first === '[' ? matchSectionHeader(value) : null
    if (header !== null) {
      if (sections.has(header)) {
        throw new ConfigSyntaxError(lineno, 'duplicate-section',
          `section [${header}] appears a second time`)
      }
      if (block) block.end = i
      block = { name: header, header: i, end: lines.length, entries: [] }
      blocks.push(block)
      if (header === DEFAULT_SECTION) {
        // DEFAULT is never put in elements_added: it may repeat
        cursect = defaults
      } else {
        cursect = new Map()
        sections.set(header, cursect)
      }
      sectname = header
      opt = null
      continue
    }
    if (!cursect || !block) {
      if (lineno === 1 && first === '\ufeff') {
        // Python's UTF-8 codec keeps the BOM as U+FEFF, which is not whitespace there
        throw new ConfigSyntaxError(lineno, 'byte-order-mark',
          'the file starts with a UTF-8 byte-order mark, which Isso reads as text before ' +
          'the first [section] header; save it as UTF-8 without BOM')
      }
      throw new ConfigSyntaxError(lineno, 'missing-section-header',
        'this line comes before the first [section] header')
    }
    const mo = matchOption(value)
    if (mo.option === '') {
      e ??= new ConfigSyntaxError(lineno, 'parsing', `this line starts with '${mo.delimiter}' and has no key name`)
    }
    const optname = pyLower(mo.option) // `optname.rstrip()`: matchOption leaves no trailing space
    if (optname === '' ? emptyKeyIn.has(sectname) : cursect.has(optname)) {
      throw new ConfigSyntaxError(lineno, 'duplicate-key',
        `duplicate key '${optname}' in section [${sectname}]`)
    }
    if (optname === '') {
      emptyKeyIn.add(sectname)
      opt = null
      continue
    }
    opt = {
      key: optname,
      line: i,
      end: i + 1,
      firstContinuation: -1,
      value: mo.value === undefined ? null : mo.value, // optval.strip(): already stripped
      blanks: 0,
    }
    cursect.set(optname, opt)
    block.entries.push(opt)
  }
  if (e) throw e
  return { blocks, sections, defaults }
}
