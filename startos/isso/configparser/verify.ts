/**
 * The second line of defence: after an edit the new text is read again and must give
 * exactly the old reading with only the intended change. An edit that would read back
 * differently, or make the file unreadable, is refused instead of written.
 */
import { ConfigSyntaxError, ConfigValueError } from './errors'
import type { Line } from './lines'
import { DEFAULT_SECTION, type Entry, type Reading } from './model'
import { readLines } from './reader'

/** The intended change: `value` undefined removes the key; no key only adds the section. */
export interface Change {
  section: string
  key?: string
  value?: string | null
}

/** `after` must list `before`'s keys and values in order, except `change.key`, which
 * keeps its place with the new value, is appended if new, or is gone if deleted. */
function sameEntries(before: Map<string, Entry> | undefined, after: Map<string, Entry>, change?: Change): boolean {
  const rest = after.values()
  const next = (key: string, value: string | null) => {
    const e = rest.next()
    return !e.done && e.value.key === key && e.value.value === value
  }
  const key = change?.key
  let seen = false
  for (const e of before?.values() ?? []) {
    if (e.key !== key) {
      if (!next(e.key, e.value)) return false
      continue
    }
    seen = true
    if (change!.value !== undefined && !next(e.key, change!.value)) return false
  }
  if (key !== undefined && !seen && change!.value !== undefined && !next(key, change!.value)) return false
  return rest.next().done === true
}

function sameReading(before: Reading, after: Reading, change: Change): boolean {
  const isDefault = change.section === DEFAULT_SECTION
  if (!sameEntries(before.defaults, after.defaults, isDefault ? change : undefined)) return false
  const rest = after.sections.entries()
  for (const [name, entries] of before.sections) {
    const e = rest.next()
    if (e.done || e.value[0] !== name) return false
    if (!sameEntries(entries, e.value[1], name === change.section ? change : undefined)) return false
  }
  if (!isDefault && !before.sections.has(change.section)) {
    const e = rest.next()
    // a delete never creates a section
    if (change.key !== undefined && change.value === undefined) return e.done === true
    if (e.done || e.value[0] !== change.section || !sameEntries(undefined, e.value[1], change)) return false
  }
  return rest.next().done === true
}

/** Read `lines` and check they hold `before` plus `change`; returns the new reading. */
export function verifyEdit(before: Reading, lines: readonly Line[], change: Change): Reading {
  let after: Reading
  try {
    after = readLines(lines)
  } catch (err) {
    if (!(err instanceof ConfigSyntaxError)) throw err
    throw new ConfigValueError(change.section, change.key ?? '',
      `isso.cfg would become unreadable (${err.message})`)
  }
  if (!sameReading(before, after, change)) {
    throw new ConfigValueError(change.section, change.key ?? '', 'isso.cfg would not read back as written')
  }
  return after
}
