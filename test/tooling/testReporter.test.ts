// npm test's reporter (scripts/testReporter.mjs) says how much did not run and why:
// node:test's own summary counts a skipped describe() as nothing at all.
import { execFileSync } from 'node:child_process'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'

const root = join(import.meta.dirname, '..', '..')

describe("npm test's summary of skipped tests", () => {
  const dir = mkdtempSync(join(tmpdir(), 'reporter-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  const run = (source: string): string => {
    const file = join(dir, `t${Math.random().toString(36).slice(2)}.test.js`)
    writeFileSync(file, `const { describe, it } = require('node:test')\n${source}`)
    return execFileSync(
      process.execPath,
      ['--test-reporter=./scripts/testReporter.mjs', '--test-reporter-destination=stdout', '--test', file],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_TEST_CONTEXT: undefined } },
    )
  }

  it('counts skipped suites and tests, grouped by the reason each gave', () => {
    const out = run(`
      describe('needs Isso', { skip: 'no venv' }, () => { it('a', () => {}); it('b', () => {}) })
      describe('needs namespaces', { skip: 'no namespaces' }, () => { it('c', () => {}) })
      describe('ran', () => { it('d', { skip: 'no venv' }, () => {}); it('e', () => {}) })
    `)
    assert.match(out, /^# NOT RUN: 2 suites and 1 test were skipped/m)
    assert.match(out, /^# {3}1 suite and 1 test: no venv$/m)
    assert.match(out, /^# {3}1 suite: no namespaces$/m)
    assert.match(out, /^# pass 1$/m, "node's own TAP summary is still there")
  })

  it('says so when everything ran', () => {
    const out = run(`it('ok', () => {})`)
    assert.match(out, /^# nothing skipped: every suite and test ran$/m)
    assert.doesNotMatch(out, /NOT RUN/)
  })
})
