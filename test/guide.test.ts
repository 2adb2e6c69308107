// The guide StartOS shows (instructions.md) is read once, on a phone, when something does
// not work: it stays short. What a form or a result already says belongs there, not here.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'

const guide = readFileSync(join(import.meta.dirname, '..', 'instructions.md'), 'utf8')

describe('instructions.md', () => {
  it('is at most 100 lines', () => {
    const lines = guide.split('\n').length - (guide.endsWith('\n') ? 1 : 0)
    assert.ok(lines <= 100, `${lines} lines`)
  })
})
