import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { adminPasswordProblem } from '../../startos/isso/adminPassword'
import { seedConfig } from '../../startos/isso/config'
import { websites } from '../../startos/isso/websites'
import { parseConfig } from '../../startos/isso/configparser'

describe('seedConfig', () => {
  it('has the enforced keys, a random salt, no admin password', () => {
    const doc = parseConfig(seedConfig('Zq8_random').toString())
    assert.equal(doc.get('general', 'dbpath'), '/db/comments.db')
    assert.deepEqual(doc.getList('general', 'host'), ['http://localhost'])
    assert.deepEqual(websites(doc), [])
    assert.equal(doc.get('admin', 'enabled'), 'true')
    assert.equal(adminPasswordProblem(doc), 'missing')
    assert.equal(doc.get('hash', 'salt'), 'Zq8_random')
    assert.match(doc.toString(), /^# .*StartOS/)
  })

  it('refuses a salt Isso would expand', () => {
    assert.throws(() => seedConfig('ab$HOME'))
  })
})
