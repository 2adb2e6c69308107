// Isso 0.14.0's own value rules (isso/config.py on top of CPython configparser), one
// function each. Parsers return null for a value Isso would reject; callers name the key.
import { pyStrip } from '../configparser'

// configparser.RawConfigParser.BOOLEAN_STATES, matched on value.lower().
const BOOLEAN_STATES: Readonly<Record<string, boolean>> = {
  '1': true, yes: true, true: true, on: true,
  '0': false, no: false, false: false, off: false,
}

export function parseBoolean(text: string): boolean | null {
  return BOOLEAN_STATES[text.toLowerCase()] ?? null
}

export function formatBoolean(value: boolean): 'true' | 'false' {
  return value ? 'true' : 'false'
}

// Python's \d and int() accept any Unicode decimal digit (category Nd). Nd digits come
// in contiguous runs of ten starting at zero, so a digit's value is its run offset % 10.
function digitValue(ch: string): number {
  let cp = ch.codePointAt(0)!
  let offset = 0
  while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
    cp--
    offset++
  }
  return offset % 10
}

function digitsToBigInt(digits: string): bigint {
  let n = 0n
  for (const ch of digits) n = n * 10n + BigInt(/[0-9]/.test(ch) ? Number(ch) : digitValue(ch))
  return n
}

// Python int(str), base 10: optional sign, digits with single underscores between them.
// Values beyond 2^53 lose precision here (Isso would keep them exact).
const PY_INT = /^([+-]?)(\p{Nd}+(?:_\p{Nd}+)*)$/u

export function parsePythonInt(text: string): number | null {
  const m = PY_INT.exec(pyStrip(text))
  if (!m) return null
  const n = Number(digitsToBigInt(m[2].replaceAll('_', '')))
  return m[1] === '-' ? -n : n
}

// isso.config.timedelta's regex, built the same way: "((?P<weeks>\d+)w ?)?..." for
// weeks, days, hours, minutes, seconds. re.match anchors at the start only, so text
// after the last unit is ignored (`1h30` is one hour).
const UNITS = [
  ['weeks', 'w', 604800n],
  ['days', 'd', 86400n],
  ['hours', 'h', 3600n],
  ['minutes', 'm', 60n],
  ['seconds', 's', 1n],
] as const
const TIMEDELTA = new RegExp('^' + UNITS.map(([name, u]) => `((?<${name}>\\p{Nd}+)${u} ?)?`).join(''), 'u')
// datetime.timedelta raises OverflowError (uncaught by Isso) beyond this many days.
const MAX_TIMEDELTA_DAYS = 999999999n

// IssoParser.getint: timedelta() first; a zero or unmatched timedelta raises ValueError
// and Isso falls back to configparser's int(). Isso reads every integer key this way,
// so `ratelimit = 1m` really means 60 and `purge-after = 0` is allowed but `0m` is not.
export function parseDuration(text: string): number | null {
  const groups = TIMEDELTA.exec(text)!.groups!
  let seconds = 0n
  for (const [name, , factor] of UNITS) {
    const digits = groups[name]
    if (digits !== undefined) seconds += digitsToBigInt(digits) * factor
  }
  if (seconds === 0n) return parsePythonInt(text)
  if (seconds / 86400n > MAX_TIMEDELTA_DAYS) return null
  return Number(seconds)
}

// The shortest readable form Isso reads back as the same number: `15m`, `1h30m`, `2w`,
// `30d` (weeks only when the days divide evenly). Zero is `0`: Isso rejects `0s`.
export function formatDuration(seconds: number): string {
  if (!Number.isSafeInteger(seconds)) throw new RangeError(`not a whole number of seconds: ${seconds}`)
  if (seconds <= 0) return String(seconds)
  const days = Math.floor(seconds / 86400)
  const parts: [number, string][] = [
    [days % 7 === 0 ? days / 7 : 0, 'w'],
    [days % 7 === 0 ? 0 : days, 'd'],
    [Math.floor((seconds % 86400) / 3600), 'h'],
    [Math.floor((seconds % 3600) / 60), 'm'],
    [seconds % 60, 's'],
  ]
  return parts.filter(([n]) => n > 0).map(([n, u]) => `${n}${u}`).join('')
}

export function formatInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a whole number: ${value}`)
  return String(value)
}

// posixpath._varprog: what os.path.expandvars (run by IssoParser.get on every value)
// may replace. We cannot know the container's environment, so any match counts.
const VARPROG = /\$([A-Za-z0-9_]+|\{[^}]*\})/

export function findEnvExpansion(value: string): string | null {
  return VARPROG.exec(value)?.[0] ?? null
}

// IssoParser.getiter: one item per line, stripped, blank lines dropped.
export function splitLines(value: string): string[] {
  return value.split('\n').map(pyStrip).filter(item => item !== '')
}

// IssoParser.getlist: comma-separated and stripped; empty items are kept, as in Isso.
export function splitCommas(value: string): string[] {
  return value.split(',').map(pyStrip)
}

// [smtp] timeout: getint, then smtplib refuses 0 ("non-blocking socket") and
// socket.settimeout a negative number or one whose nanoseconds overflow 64 bits.
const MAX_SOCKET_TIMEOUT = 9223372036

export function parseTimeout(text: string): number | null {
  const seconds = parseDuration(text)
  return seconds !== null && seconds > 0 && seconds <= MAX_SOCKET_TIMEOUT ? seconds : null
}

// isso.html.Markup: `mistune` or `misaka`, and misaka is not installed with Isso 0.14.0.
export function parseRenderer(text: string): string | null {
  return text === 'mistune' ? text : null
}

// hashlib.new() names every Python 3.11 has built in; OpenSSL may add more, but which
// depends on the build, so only these count.
const HASH_NAMES = new Set([
  'md5', 'MD5', 'sha1', 'SHA1', 'sha224', 'SHA224', 'sha256', 'SHA256', 'sha384', 'SHA384',
  'sha512', 'SHA512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
  'blake2b', 'blake2s',
])

// isso.utils.hash.new: `none`; `pbkdf2[:iterations[:dklen[:func]]]` (the two numbers go
// through int(), the function name is used only when hashing); else a hashlib name.
export function parseHashAlgorithm(text: string): string | null {
  if (text === 'none') return text
  if (!text.startsWith('pbkdf2')) return HASH_NAMES.has(text) ? text : null
  const [iterations, dklen] = text.slice(text.indexOf(':') === -1 ? text.length : text.indexOf(':') + 1).split(':')
  for (const head of [iterations, dklen]) {
    if (!head) return text // Isso stops at the first empty part
    if (parsePythonInt(head) === null) return null
  }
  return text
}

// mistune 3's built-in plugins: a name, or the module path it stands for.
const MISTUNE_PLUGINS: Readonly<Record<string, string>> = {
  speedup: 'mistune.plugins.speedup.speedup',
  strikethrough: 'mistune.plugins.formatting.strikethrough',
  mark: 'mistune.plugins.formatting.mark',
  insert: 'mistune.plugins.formatting.insert',
  superscript: 'mistune.plugins.formatting.superscript',
  subscript: 'mistune.plugins.formatting.subscript',
  footnotes: 'mistune.plugins.footnotes.footnotes',
  table: 'mistune.plugins.table.table',
  url: 'mistune.plugins.url.url',
  abbr: 'mistune.plugins.abbr.abbr',
  def_list: 'mistune.plugins.def_list.def_list',
  math: 'mistune.plugins.math.math',
  ruby: 'mistune.plugins.ruby.ruby',
  task_lists: 'mistune.plugins.task_lists.task_lists',
  spoiler: 'mistune.plugins.spoiler.spoiler',
}
const PLUGIN_PATHS = new Set(Object.values(MISTUNE_PLUGINS))

// [markup.mistune] plugins (isso/html/mistune.py): an empty first item means no plugins
// at all; otherwise every item must be a plugin mistune can import.
export function parseMistunePlugins(text: string): string[] | null {
  const items = splitCommas(text)
  if (items[0] === '') return []
  return items.every(i => Object.hasOwn(MISTUNE_PLUGINS, i) || PLUGIN_PATHS.has(i)) ? items : null
}
