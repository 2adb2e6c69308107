/**
 * A line-for-line mirror of CPython 3.11 `RawConfigParser._read` with
 * comment_prefixes=('#', ';'), no inline comments, strict=True,
 * empty_lines_in_values=True, allow_no_value=True, optionxform=str.lower.
 * Variable names follow CPython's so the two can be read side by side.
 */
import { ConfigSyntaxError } from './errors'
import { isCommentLine, matchOption, matchSectionHeader } from './grammar'
import type { Line } from './lines'
import { DEFAULT_SECTION, type Block, type Entry, type Reading } from './model'
import { firstNonSpace, pyLower, pyRstrip, pyStrip } from './pythonText'

export function readLines(lines: readonly Line[]): Reading {
  const blocks: Block[] = []
  const sections = new Map<string, Map<string, Entry>>()
  const defaults = new Map<string, Entry>()
  // elements_added: section names, and `section\0key` for options
  const elementsAdded = new Set<string>()
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
    const value = pyStrip(line)
    // full-line comments are skipped whatever their indentation: they neither end a
    // value nor add an empty line to it
    if (isCommentLine(value)) continue
    if (value === '') {
      // empty_lines_in_values: '' is appended, trailing ones vanish in the join
      if (cursect && opt && opt.parts) opt.parts.push('')
      continue
    }
    const curIndentLevel = firstNonSpace(line)
    if (cursect && opt && curIndentLevel > indentLevel) {
      // CPython does cursect[optname].append(value) — on None that is an AttributeError
      if (!opt.parts) {
        throw new ConfigSyntaxError(lineno, 'continuation-after-valueless-key',
          `this indented line continues '${opt.key}', a key without value (Isso crashes on this)`)
      }
      opt.parts.push(value)
      opt.continuation.push(i)
      opt.end = i + 1
      continue
    }
    indentLevel = curIndentLevel
    const header = matchSectionHeader(value)
    if (header !== null) {
      if (elementsAdded.has(header)) {
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
        elementsAdded.add(header)
      }
      sectname = header
      opt = null
      continue
    }
    if (!cursect || !block) {
      if (lineno === 1 && line.startsWith('\ufeff')) {
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
    const optname = pyLower(pyRstrip(mo.option))
    const element = `${sectname}\0${optname}`
    if (elementsAdded.has(element)) {
      throw new ConfigSyntaxError(lineno, 'duplicate-key',
        `duplicate key '${optname}' in section [${sectname}]`)
    }
    elementsAdded.add(element)
    const entry: Entry = {
      key: optname,
      line: i,
      end: i + 1,
      continuation: [],
      parts: mo.value === undefined ? null : [pyStrip(mo.value)],
      value: null,
    }
    opt = optname === '' ? null : entry
    if (opt) {
      cursect.set(optname, entry)
      block.entries.push(entry)
    }
  }
  if (e) throw e
  for (const b of blocks) {
    // _join_multiline_values: '\n'.join(val).rstrip()
    for (const entry of b.entries) if (entry.parts) entry.value = pyRstrip(entry.parts.join('\n'))
  }
  return { blocks, sections, defaults }
}
