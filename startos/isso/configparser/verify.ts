/**
 * The second line of defence: after an edit the new text is read again and must give
 * exactly the old reading with only the intended change. An edit that would read back
 * differently, or make the file unreadable, is refused instead of written.
 */
import { ConfigSyntaxError, ConfigValueError } from './errors'
import type { Line } from './lines'
import { DEFAULT_SECTION, toConfigReading, type ConfigReading, type Reading } from './model'
import { readLines } from './reader'

/** The intended change: `value` undefined removes the key; no key only adds the section. */
export interface Change {
  section: string
  key?: string
  value?: string | null
}

function expected(before: ConfigReading, change: Change): ConfigReading {
  const sections = before.sections.map(([name, pairs]): [string, Array<[string, string | null]>] => [name, [...pairs]])
  let pairs: Array<[string, string | null]>
  if (change.section === DEFAULT_SECTION) {
    pairs = [...before.defaults]
  } else {
    const found = sections.find(([name]) => name === change.section)
    pairs = found ? found[1] : []
    if (!found) sections.push([change.section, pairs])
  }
  if (change.key !== undefined) {
    const at = pairs.findIndex(([k]) => k === change.key)
    if (change.value === undefined) {
      if (at >= 0) pairs.splice(at, 1)
    } else if (at >= 0) pairs[at] = [change.key, change.value]
    else pairs.push([change.key, change.value])
  }
  return { sections, defaults: change.section === DEFAULT_SECTION ? pairs : before.defaults }
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
  const want = JSON.stringify(expected(toConfigReading(before), change))
  if (JSON.stringify(toConfigReading(after)) !== want) {
    throw new ConfigValueError(change.section, change.key ?? '',
      'isso.cfg would not read back as written')
  }
  return after
}
