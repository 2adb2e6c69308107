import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { seedConfig, setters } from '../../startos/isso/config'
import { ConfigValueError, parseConfig } from '../../startos/isso/configparser'
import { readValid } from './fixtures'

describe('typed setters', () => {
  it('write canonical text Isso reads back', () => {
    const doc = seedConfig('salt')
    setters.setBoolean(doc, 'moderation', 'enabled', true)
    setters.setDuration(doc, 'general', 'max-age', 5400)
    setters.setInteger(doc, 'guard', 'ratelimit', 5)
    setters.setText(doc, 'smtp', 'from', '"Isso" <isso@example.com>')
    assert.equal(doc.get('moderation', 'enabled'), 'true')
    assert.equal(doc.get('general', 'max-age'), '1h30m')
    assert.equal(doc.get('guard', 'ratelimit'), '5')
    const s = readValid(doc)
    assert.equal(s.moderation.enabled, true)
    assert.equal(s.general.maxAge, 5400)
    assert.equal(s.guard.ratelimit, 5)
    assert.equal(s.smtp.from, '"Isso" <isso@example.com>')
  })

  it('leave a value alone when it already means the same', () => {
    const text = '[guard]\nenabled = yes\nratelimit = 1m\n'
    const doc = parseConfig(text)
    setters.setBoolean(doc, 'guard', 'enabled', true)
    setters.setInteger(doc, 'guard', 'ratelimit', 60)
    assert.equal(doc.toString(), text)
  })

  it('setText refuses what Isso would expand, naming the field', () => {
    const doc = seedConfig('salt')
    const before = doc.toString()
    assert.throws(
      () => setters.setText(doc, 'smtp', 'password', 'hunter$HOME2'),
      (e: unknown) =>
        e instanceof ConfigValueError &&
        e.section === 'smtp' &&
        e.key === 'password' &&
        /environment variable/.test(e.message) &&
        !e.message.includes('hunter'),
    )
    assert.equal(doc.toString(), before)
    setters.setText(doc, 'smtp', 'password', 'cost 5$ and 100%')
    assert.equal(doc.get('smtp', 'password'), 'cost 5$ and 100%')
  })
})
