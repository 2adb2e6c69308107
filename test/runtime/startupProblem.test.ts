import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { describeStartupProblem } from '../../startos/health/describeProblem'
import { startupProblem } from '../../startos/health/startupProblem'
import { readFixture } from '../helpers/volume'

describe('main refuses to start on an isso.cfg Isso must not run with', () => {
  it('a community install with a password starts, hand-added sections and all', async () => {
    assert.equal(startupProblem(await readFixture('community-0.14.0-4.cfg')), null)
    assert.equal(startupProblem(await readFixture('community-hand-edited-with-salt.cfg')), null)
  })
  it('a missing file', () => {
    assert.deepEqual(startupProblem(null), { kind: 'missing' })
  })
  it('a duplicate section (configparser strict mode): malformed, with the line', () => {
    const p = startupProblem('[general]\ndbpath = /db/comments.db\n\n[general]\nhost = x\n')
    assert.equal(p?.kind, 'malformed')
    assert.equal(p?.kind === 'malformed' && p.line, 4)
    assert.match(describeStartupProblem(p!), /line 4/)
  })
  it('a value Isso crashes on (`gravatar = maybe`)', async () => {
    const text = (await readFixture('community-0.14.0-4.cfg')).replace('gravatar = false', 'gravatar = maybe')
    const p = startupProblem(text)
    assert.equal(p?.kind, 'invalid-value')
    assert.match(describeStartupProblem(p!), /gravatar/)
  })
  it('missing, empty or default admin password', async () => {
    const text = await readFixture('community-0.14.0-4.cfg')
    const password = (line: string) => startupProblem(text.replace(/^password = Xk3v.*$/m, line))
    assert.deepEqual(password(''), { kind: 'password', problem: 'missing' })
    assert.deepEqual(password('password ='), { kind: 'password', problem: 'empty' })
    assert.deepEqual(password('password = please_choose_a_strong_password'), { kind: 'password', problem: 'default' })
  })
})
