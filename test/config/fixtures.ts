import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSettings, settingProblems } from '../../startos/isso/config'
import type { ConfigDocument } from '../../startos/isso/configparser'

const dir = join(import.meta.dirname, '..', 'fixtures', 'config')

export function fixture(name: string): string {
  return readFileSync(join(dir, name), 'utf8')
}

// Lines removed and added between two texts (as multisets), enough to show that an
// edit touched only the lines it owns.
export function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const count = (lines: string[]) => {
    const m = new Map<string, number>()
    for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1)
    return m
  }
  const a = count(before.split('\n'))
  const b = count(after.split('\n'))
  const minus = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].flatMap(([l, n]) => Array<string>(Math.max(0, n - (y.get(l) ?? 0))).fill(l))
  return { removed: minus(a, b), added: minus(b, a) }
}

// The settings of a file Isso accepts as it is: nothing to refuse, so every value is read
// as written (readSettings alone would read a refused one as Isso's default).
export function readValid(doc: ConfigDocument) {
  assert.deepEqual(settingProblems(doc), [])
  return readSettings(doc)
}
