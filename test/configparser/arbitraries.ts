/** fast-check generators for isso.cfg-like text and hostile edits. */
import fc from 'fast-check'

const eol = fc.constantFrom('\n', '\r\n', '\r')
const indent = fc.constantFrom('', '', ' ', '\t', '    ', '  \t')
const comment = fc.constantFrom('# note', '; note', '#', '  # indented', '\t; x = y')
const blank = fc.constantFrom('', ' ', '\t ')
const sectionName = fc.constantFrom('general', 'admin', 'Hash', 'hash', 'DEFAULT', 'a b', 'x]y', 'smtp', 'server')
const keyName = fc.constantFrom('host', 'Host', 'dbpath', 'max-age', 'my key', 'ΚΛΕΙΣ', 'k', 'K', 'password')
const delimiter = fc.constantFrom(' = ', '=', ': ', ' :', ' =\t', '')
const valueText = fc.constantFrom('', 'x', 'https://a.example', 'p#ss;w%rd', '$HOME ${X}', 'a = b', '[s]', ' sp ', '\ufeffv', 'v\x85', '=')

const continuation = fc.oneof(
  fc.tuple(indent, valueText).map(([i, v]) => i + v),
  comment,
  blank,
)

const entry = fc.tuple(indent, keyName, delimiter, valueText, fc.array(continuation, { maxLength: 4 }))
  .map(([i, k, d, v, cont]) => [d === '' ? i + k : i + k + d + v, ...cont])

const section = fc.tuple(indent, sectionName, fc.array(fc.oneof(entry, comment.map((c) => [c]), blank.map((b) => [b])), { maxLength: 6 }))
  .map(([i, name, body]) => [`${i}[${name}]`, ...body.flat()])

function joinWith(lines: string[], eols: string[], finalNewline: boolean): string {
  return lines.map((l, i) => l + (i < lines.length - 1 || finalNewline ? eols[i % eols.length] : '')).join('')
}

/** Mostly well-formed documents: sections, keys, lists, comments, blank lines. */
export const structuredDocument = fc.tuple(
  fc.array(fc.oneof(comment, blank), { maxLength: 3 }),
  fc.array(section, { maxLength: 4 }),
  fc.array(eol, { minLength: 1, maxLength: 3 }),
  fc.boolean(),
).map(([pre, sections, eols, final]) => joinWith([...pre, ...sections.flat()], eols, final))

const soupChar = fc.constantFrom('[', ']', '=', ':', '#', ';', ' ', '\t', 'a', 'K', 'Σ', '\x85', '\x1c', '\ufeff', '\u00a0', '\u2028', '\x0b', '\n', '\r')
/** Line soup from the grammar's special characters: hits every error path. */
export const lineSoup = fc.tuple(fc.boolean(), fc.array(fc.string({ unit: soupChar, maxLength: 8 }), { maxLength: 8 }))
  .map(([header, lines]) => (header ? '[s]\n' : '') + lines.join('\n'))

const hostileChar = fc.constantFrom('a', 'Z', ' ', '\t', '\n', '\r', '\0', '#', ';', '=', ':', '[', ']', '\x85', '\x1c', '\ufeff', '\u2028', '%', '$', 'é', '😀', '\ud800', '\x7f', 'Σ')
export const hostileText = fc.string({ unit: hostileChar, maxLength: 6 })

export type Edit =
  | { op: 'set'; section: string; key: string; value: string | null }
  | { op: 'setList'; section: string; key: string; items: string[] }
  | { op: 'delete'; section: string; key: string }
  | { op: 'addSection'; section: string }

const editSection = fc.oneof(fc.constantFrom('general', 'admin', 'server', 'Hash', 'rss', 'DEFAULT', 'new'), hostileText)
const editKey = fc.oneof(fc.constantFrom('host', 'HOST', 'password', 'to', 'trusted-proxies', 'fresh'), hostileText)

export const hostileEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), section: editSection, key: editKey, value: fc.option(hostileText, { freq: 8 }) }),
  fc.record({ op: fc.constant('setList' as const), section: editSection, key: editKey, items: fc.array(hostileText, { maxLength: 3 }) }),
  fc.record({ op: fc.constant('delete' as const), section: editSection, key: editKey }),
  fc.record({ op: fc.constant('addSection' as const), section: editSection }),
)
