/**
 * Pure edit plans: given the lines and what the reader found, return the new lines.
 * An edit touches only the lines its key owns (its line and its continuation lines,
 * with any comment or blank lines between them); every other line is kept as is.
 */
import { isCommentLine, matchOption } from './grammar'
import { newlineStyle, type Eol, type Line } from './lines'
import { DEFAULT_SECTION, type Block, type Entry, type Reading } from './model'
import { firstNonSpace, pyStrip } from './pythonText'

/** How a key line is spelled: `indent name before delimiter after value`. */
interface KeyStyle {
  indent: string
  name: string
  before: string
  delimiter: string
  after: string
}

const PLAIN = { before: ' ', delimiter: '=', after: ' ' }
const LIST_INDENT = '    '

function indentOf(text: string): string {
  const start = firstNonSpace(text)
  return start < 0 ? '' : text.slice(0, start)
}

/** The style of an existing key line; a key without value gets ` = `. */
function styleOf(text: string): KeyStyle {
  const stripped = pyStrip(text)
  const m = matchOption(stripped)
  const indent = indentOf(text)
  if (m.delimiter === undefined || m.value === undefined) return { indent, name: m.option, ...PLAIN }
  const rest = stripped.slice(m.option.length) // spaces, delimiter, spaces, value
  const at = rest.indexOf(m.delimiter)
  const before = rest.slice(0, at)
  // `key =` has no space after the delimiter to copy: mirror the one before it
  const after = m.value === '' ? before : rest.slice(at + 1, rest.length - m.value.length)
  return { indent, name: m.option, before, delimiter: m.delimiter, after }
}

function keyLine(s: KeyStyle, value: string | null): string {
  if (value === null) return s.indent + s.name
  const head = s.indent + s.name + s.before + s.delimiter
  return value === '' ? head : head + s.after + value
}

/** Replace lines [start, end) with `texts`, keeping the file's newline style and its
 * lack of a final newline if it had none. */
function splice(lines: readonly Line[], start: number, end: number, texts: string[]): Line[] {
  const eol: Eol = newlineStyle(lines)
  const noFinalNewline = lines.length > 0 && lines[lines.length - 1].eol === ''
  const out = lines.slice(0, start)
  const last = out.length - 1
  if (last >= 0 && out[last].eol === '') out[last] = { text: out[last].text, eol }
  for (const text of texts) out.push({ text, eol })
  for (let i = end; i < lines.length; i++) out.push(lines[i])
  const tail = out.length - 1
  if (noFinalNewline && end >= lines.length && tail >= 0) out[tail] = { text: out[tail].text, eol: '' }
  return out
}

function lastBlock(reading: Reading, section: string): Block | undefined {
  for (let i = reading.blocks.length - 1; i >= 0; i--) {
    if (reading.blocks[i].name === section) return reading.blocks[i]
  }
  return undefined
}

export function ownEntry(reading: Reading, section: string, key: string): Entry | undefined {
  return section === DEFAULT_SECTION ? reading.defaults.get(key) : reading.sections.get(section)?.get(key)
}

/** The style new keys copy: the section's last key with a value, else any such key. */
function houseStyle(lines: readonly Line[], reading: Reading, block: Block | undefined): KeyStyle {
  const pool = block ? [block, ...reading.blocks] : reading.blocks
  for (const b of pool) {
    for (let i = b.entries.length - 1; i >= 0; i--) {
      const e = b.entries[i]
      if (e.value !== null) return styleOf(lines[e.line].text)
    }
  }
  return { indent: '', name: '', ...PLAIN }
}

/**
 * Add a key that the section does not have yet. It goes right after the section's last
 * key (or its header), i.e. BEFORE the blank lines and comments that end the section:
 * those usually introduce the next section. A missing section is appended at the end.
 */
function insertKey(
  lines: readonly Line[], reading: Reading, section: string, name: string,
  render: (style: KeyStyle) => string[],
): Line[] {
  const block = lastBlock(reading, section)
  const style = { ...houseStyle(lines, reading, block), name }
  if (!block) {
    style.indent = ''
    return splice(lines, lines.length, lines.length, [...sectionHeader(lines, section), ...render(style)])
  }
  const last = block.entries.at(-1)
  // The same indent as the key before keeps the new line from reading as its
  // continuation (`cur_indent_level > indent_level`); with no key before, the next
  // header's indent keeps that header from reading as ours.
  const next = reading.blocks[reading.blocks.indexOf(block) + 1]
  style.indent = last ? indentOf(lines[last.line].text) : next ? indentOf(lines[next.header].text) : ''
  const at = last ? last.end : block.header + 1
  return splice(lines, at, at, render(style))
}

/** `[name]`, after a blank line unless the file is empty or already ends with one. */
function sectionHeader(lines: readonly Line[], section: string): string[] {
  const last = lines.at(-1)
  return last && pyStrip(last.text) !== '' ? ['', `[${section}]`] : [`[${section}]`]
}

/** set(): the key's line and all its continuation lines (and the comments and blank
 * lines between them) become one `key = value` line in the key's existing style. */
export function planSet(
  lines: readonly Line[], reading: Reading, section: string, key: string, name: string, value: string | null,
): Line[] {
  const entry = ownEntry(reading, section, key)
  if (!entry) return insertKey(lines, reading, section, name, (s) => [keyLine(s, value)])
  return splice(lines, entry.line, entry.end, [keyLine(styleOf(lines[entry.line].text), value)])
}

/**
 * setList(): `key =` then one indented item per line. An item that was already in the
 * list keeps its line as written, and the comment lines just above it stay with it;
 * comments above dropped items go with them, and blank lines inside the list go.
 */
export function planSetList(
  lines: readonly Line[], reading: Reading, section: string, key: string, name: string, items: string[],
): Line[] {
  const entry = ownEntry(reading, section, key)
  if (!entry) {
    return insertKey(lines, reading, section, name,
      (s) => [keyLine(s, ''), ...items.map((item) => s.indent + LIST_INDENT + item)])
  }
  const style = styleOf(lines[entry.line].text)
  const kept = new Map<string, string[][]>() // item -> [comments..., its line] per occurrence
  let comments: string[] = []
  for (let i = entry.line + 1; i < entry.end; i++) {
    const stripped = pyStrip(lines[i].text)
    if (isCommentLine(stripped)) comments.push(lines[i].text)
    else if (stripped !== '') {
      kept.set(stripped, [...(kept.get(stripped) ?? []), [...comments, lines[i].text]])
      comments = []
    }
  }
  const first = entry.firstContinuation
  const indent = first < 0 ? style.indent + LIST_INDENT : indentOf(lines[first].text)
  const texts = [keyLine(style, '')]
  for (const item of items) texts.push(...(kept.get(item)?.shift() ?? [indent + item]))
  return splice(lines, entry.line, entry.end, texts)
}

export function planDelete(lines: readonly Line[], entry: Entry): Line[] {
  return splice(lines, entry.line, entry.end, [])
}

export function planAddSection(lines: readonly Line[], section: string): Line[] {
  return splice(lines, lines.length, lines.length, sectionHeader(lines, section))
}
