import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  IssoSettingError,
  PUBLISHED_DEFAULT_ADMIN_PASSWORD,
  readSettings,
  seedConfig,
} from '../../startos/isso/config'
import { adminPasswordProblem } from '../../startos/isso/adminPassword'
import { parseConfig } from '../../startos/isso/configparser'
import { fixture } from './fixtures'

describe('readSettings', () => {
  it('fresh seed: Isso defaults, no websites, no admin password', () => {
    const s = readSettings(seedConfig('s3cretSalt'))
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
    const s = readSettings(parseConfig(fixture('community-package.cfg')))
    assert.deepEqual(s.general.websites, ['https://blog.example.com'])
    assert.equal(s.admin.password, 'correct horse battery staple')
    assert.equal(s.smtp.username, '')
    assert.equal(s.smtp.port, 587)
  })

  it('hand-edited file: yes/On/1 booleans, durations, getint on counts, text as written', () => {
    const s = readSettings(parseConfig(fixture('hand-edited-with-rss.cfg')))
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
    assert.throws(
      () => readSettings(parseConfig(fixture('invalid-boolean.cfg'))),
      (e: unknown) => {
        assert.ok(e instanceof IssoSettingError)
        assert.equal(e.section, 'moderation')
        assert.equal(e.key, 'enabled')
        assert.equal(e.value, 'maybe')
        assert.match(e.message, /\[moderation\] enabled = "maybe"/)
        assert.match(e.message, /true or false/)
        return true
      },
    )
  })

  it('a year duration is refused, as Isso refuses it', () => {
    assert.throws(
      () => readSettings(parseConfig(fixture('year-duration.cfg'))),
      (e: unknown) => e instanceof IssoSettingError && e.key === 'purge-after' && /no years/.test(e.message),
    )
  })

  it('a managed key without a value is refused (Isso crashes on None)', () => {
    const doc = parseConfig('[guard]\nratelimit\n')
    assert.throws(() => readSettings(doc), (e: unknown) => e instanceof IssoSettingError && e.value === null)
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
