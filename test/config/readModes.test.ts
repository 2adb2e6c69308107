// One settings reader (the forms' prefill, the health checks), which reads a value Isso
// would refuse as Isso's default, beside settingProblems (main's check before Isso
// starts), which names it; both read a section's own keys only, as Isso does for every
// key its packaged defaults file sets.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { describeStartupProblem } from '../../startos/health/describeProblem'
import { startupProblem } from '../../startos/health/startupProblem'
import { readServerInput } from '../../startos/isso/server'
import { issoDefaults, readSettings, seedConfig, settingProblems } from '../../startos/isso/config'
import { parseConfig } from '../../startos/isso/configparser'

const withPassword = (text: string) => `${text}\n[admin]\npassword = Xk3vQ9mR2tLp8sWz4nYb7cDe\n`

describe('readSettings', () => {
  it("reads every value Isso would refuse as Isso's default, and never throws", () => {
    const doc = parseConfig('[general]\nmax-age = 1y\ngravatar = maybe\nnotify\n\n[smtp]\nto\ntimeout = 0\n')
    assert.deepEqual(
      settingProblems(doc).map((p) => p.key),
      ['max-age', 'gravatar', 'notify', 'to', 'timeout'],
    )
    const s = readSettings(doc)
    const d = issoDefaults()
    assert.equal(s.general.maxAge, 900)
    assert.equal(s.general.gravatar, false)
    assert.deepEqual(s.general.notify, ['stdout'])
    assert.equal(s.smtp.to, '')
    assert.equal(s.smtp.timeout, d.smtp.timeout)
  })

  it('ignores a [DEFAULT] value for a managed key, like Isso (server and SMTP prefill too)', () => {
    const doc = parseConfig('[DEFAULT]\ngravatar = true\nto = someone@example.com\nratelimit = 9\n\n[general]\n[smtp]\n[guard]\n')
    assert.equal(readSettings(doc).smtp.to, '')
    const input = readServerInput(doc)
    assert.equal(input.comments.gravatar, false)
    assert.equal(input.guard.ratelimit, 2)
  })

  it('finds nothing to refuse in the file the package seeds', () => {
    const doc = seedConfig('s3cretSalt')
    assert.deepEqual(settingProblems(doc), [])
  })
})

describe('startup problems name the section, the key and the line', () => {
  it('a bare key: "has no value", with its line', () => {
    const p = startupProblem(withPassword('[general]\nhost = https://a.example\n\n[markup]\nrenderer\n'))
    assert.deepEqual(p, { kind: 'invalid-value', section: 'markup', key: 'renderer', line: 5, value: null, type: 'renderer' })
    assert.match(describeStartupProblem(p!), /line 5, \[markup\] renderer has no value/)
  })

  it('a wrong value: quoted with what Isso accepts', () => {
    const p = startupProblem(withPassword('[general]\nhost = https://a.example\n[server]\nprofile = sometimes\n'))
    assert.equal(p?.kind === 'invalid-value' && p.line, 4)
    assert.match(describeStartupProblem(p!), /line 4, \[server\] profile = sometimes is not accepted by Isso; use true or false/)
  })

  it('several problems: the first line is reported', () => {
    const doc = parseConfig('[guard]\nratelimit = x\n[general]\ngravatar = y\n')
    assert.deepEqual(settingProblems(doc).map(e => [e.key, e.line]), [['ratelimit', 2], ['gravatar', 4]])
  })

  it('keys StartOS enforces are judged after enforcement: a bare host or dbpath is rewritten, not refused', () => {
    const text = '[general]\nhost\ndbpath\n\n[admin]\nenabled = maybe\npassword = Xk3vQ9mR2tLp8sWz4nYb7cDe\n'
    assert.equal(startupProblem(text), null)
  })
})
