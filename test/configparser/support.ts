import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', 'cfg', name), 'utf8')
}

/** The changed stretch between two texts, by lines (keeping each line's ending). */
export function lineDiff(before: string, after: string): { at: number; removed: string[]; added: string[] } {
  const split = (s: string) => s.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? []
  const a = split(before)
  const b = split(after)
  let p = 0
  while (p < a.length && p < b.length && a[p] === b[p]) p++
  let s = 0
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++
  return { at: p, removed: a.slice(p, a.length - s), added: b.slice(p, b.length - s) }
}
