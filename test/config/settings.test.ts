import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  PUBLISHED_DEFAULT_ADMIN_PASSWORD,
  readSettings,
  seedConfig,
  settingProblems,
} from '../../startos/isso/config'
import { adminPasswordProblem } from '../../startos/isso/adminPassword'
import { parseConfig } from '../../startos/isso/configparser'
import { describeStartupProblem } from '../../startos/health/describeProblem'
import { startupProblem } from '../../startos/health/startupProblem'
import { fixture, readValid } from './fixtures'

describe('readSettings', () => {
  it('fresh seed: Isso defaults, no websites, no admin password', () => {
    const s = readValid(seedConfig('s3cretSalt'))
    assert.deepEqual(s.general, {
      websites: [],
      dbpath: '/db/comments.db',
      maxAge: 900,
      notify: ['stdout'],
      replyNotifications: false,
      gravatar: false,
      latestEnabled: false,
    })
    assert.deepEqual(s.admin, { enabled: true, password: null })
    assert.deepEqual(s.moderation, {
      enabled: false,
      approveIfEmailPreviouslyApproved: false,
      purgeAfter: 2592000,
    })
    assert.deepEqual(s.guard, {
      enabled: true,
      ratelimit: 2,
      directReply: 3,
      replyToSelf: false,
      requireAuthor: false,
      requireEmail: false,
    })
    // [smtp] is absent from the seed: Isso's own defaults apply.
    assert.deepEqual(s.smtp, {
      username: '',
      password: '',
      host: 'localhost',
      port: 587,
      security: 'starttls',
      to: '',
      from: '',
      timeout: 10,
    })
  })

  it('community package file: bare localhost placeholder is hidden', () => {
    const s = readValid(parseConfig(fixture('community-package.cfg')))
    assert.deepEqual(s.general.websites, ['https://blog.example.com'])
    assert.equal(s.admin.password, 'correct horse battery staple')
    assert.equal(s.smtp.username, '')
    assert.equal(s.smtp.port, 587)
  })

  it('hand-edited file: yes/On/1 booleans, durations, getint on counts, text as written', () => {
    const s = readValid(parseConfig(fixture('hand-edited-with-rss.cfg')))
    assert.deepEqual(s.general.websites, ['https://blog.example.com', 'https://www.example.org:8443'])
    assert.equal(s.general.maxAge, 5400) // key written as Max-Age: configparser lower-cases keys
    assert.deepEqual(s.general.notify, ['stdout', 'smtp'])
    assert.equal(s.general.replyNotifications, true)
    assert.equal(s.general.gravatar, true)
    assert.equal(s.general.latestEnabled, true)
    assert.equal(s.admin.password, 'pa%ss word # not a comment')
    assert.equal(s.moderation.approveIfEmailPreviouslyApproved, true)
    assert.equal(s.moderation.purgeAfter, 1209600)
    assert.equal(s.guard.enabled, false)
    assert.equal(s.guard.ratelimit, 60) // Isso's getint reads `1m` as 60
    assert.equal(s.guard.replyToSelf, false) // absent: Isso's default
    assert.equal(s.smtp.password, '${SMTP_PASSWORD}')
    assert.equal(s.smtp.port, 465)
  })

  it('an invalid boolean names section, key, value and what Isso accepts', () => {
    const doc = parseConfig(fixture('invalid-boolean.cfg'))
    const [problem] = settingProblems(doc)
    assert.equal(problem.section, 'moderation')
    assert.equal(problem.key, 'enabled')
    assert.equal(problem.value, 'maybe')
    const said = describeStartupProblem(startupProblem(doc.toString())!)
    assert.match(said, /\[moderation\] enabled = maybe is not accepted by Isso/)
    assert.match(said, /true or false/)
    // Read anyway (a form opens on it): as Isso's default.
    assert.equal(readSettings(doc).moderation.enabled, false)
  })

  it('a year duration is refused, as Isso refuses it', () => {
    const doc = parseConfig(fixture('year-duration.cfg'))
    const [problem] = settingProblems(doc)
    assert.equal(problem.key, 'purge-after')
    assert.match(describeStartupProblem(startupProblem(doc.toString())!), /no years/)
  })

  it('a managed key without a value is refused (Isso crashes on None)', () => {
    const doc = parseConfig('[guard]\nratelimit\n')
    const [problem] = settingProblems(doc)
    assert.equal(problem.key, 'ratelimit')
    assert.equal(problem.value, null)
  })
})

describe('adminPasswordProblem', () => {
  const cases: [string, string | null][] = [
    ['[admin]\nenabled = true\n', 'missing'],
    ['[general]\n', 'missing'],
    ['[admin]\npassword =\n', 'empty'],
    ['[admin]\npassword\n', 'empty'],
    [`[admin]\npassword = ${PUBLISHED_DEFAULT_ADMIN_PASSWORD}\n`, 'default'],
    ['[admin]\npassword = 7hG-long-random\n', null],
  ]
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      assert.equal(adminPasswordProblem(parseConfig(text)), expected)
    })
  }
})
