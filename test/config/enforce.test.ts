import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applyEnforcedKeys, seedConfig } from '../../startos/isso/config'
import { parseConfig } from '../../startos/isso/configparser'
import { fixture, lineDiff, readValid } from './fixtures'

function enforce(text: string): { changed: boolean; after: string } {
  const doc = parseConfig(text)
  const changed = applyEnforcedKeys(doc)
  return { changed, after: doc.toString() }
}

describe('applyEnforcedKeys', () => {
  it('fresh seed is already fine: false, text identical', () => {
    const text = seedConfig('salt').toString()
    assert.deepEqual(enforce(text), { changed: false, after: text })
  })

  it('already-fine hand-edited file (enabled = yes) is left byte-identical', () => {
    const text = fixture('hand-edited-with-rss.cfg')
    assert.deepEqual(enforce(text), { changed: false, after: text })
  })

  it('community file with bare localhost counts as having the placeholder', () => {
    const text = fixture('community-package.cfg')
    assert.deepEqual(enforce(text), { changed: false, after: text })
  })

  it('restores a removed dbpath, changing nothing else', () => {
    const text = fixture('hand-edited-with-rss.cfg')
    const before = text.replace('dbpath = /db/comments.db\n', '')
    const { changed, after } = enforce(before)
    assert.equal(changed, true)
    assert.deepEqual(lineDiff(before, after), { removed: [], added: ['dbpath = /db/comments.db'] })
    assert.equal(parseConfig(after).get('general', 'dbpath'), '/db/comments.db')
  })

  it('replaces a changed dbpath in place', () => {
    const before = fixture('hand-edited-with-rss.cfg').replace('/db/comments.db', '/tmp/comments.db')
    const { changed, after } = enforce(before)
    assert.equal(changed, true)
    assert.deepEqual(lineDiff(before, after), {
      removed: ['dbpath = /tmp/comments.db'],
      added: ['dbpath = /db/comments.db'],
    })
  })

  it('re-enables a disabled admin with exactly `true`', () => {
    const before = fixture('hand-edited-with-rss.cfg').replace('enabled = yes', 'enabled = off')
    const { changed, after } = enforce(before)
    assert.equal(changed, true)
    assert.deepEqual(lineDiff(before, after), { removed: ['enabled = off'], added: ['enabled = true'] })
    assert.equal(parseConfig(after).get('admin', 'enabled'), 'true')
  })

  for (const already of ['yes', 'True', 'on', '1']) {
    it(`leaves [admin] enabled = ${already} alone`, () => {
      const before = `[general]\ndbpath = /db/comments.db\nhost = http://localhost\n\n[admin]\nenabled = ${already}\n`
      assert.deepEqual(enforce(before), { changed: false, after: before })
    })
  }

  it('appends the placeholder after the user origins when none is present', () => {
    const before = fixture('hand-edited-with-rss.cfg').replace('    http://localhost\n', '')
    const { changed, after } = enforce(before)
    assert.equal(changed, true)
    const doc = parseConfig(after)
    assert.deepEqual(doc.getList('general', 'host'), [
      'https://blog.example.com',
      'https://www.example.org:8443',
      'http://localhost',
    ])
    assert.deepEqual(readValid(doc).general.websites, ['https://blog.example.com', 'https://www.example.org:8443'])
    // Everything outside [general] host is untouched.
    const { removed } = lineDiff(before, after)
    assert.ok(removed.every(line => /host|^\s+https?:/.test(line)), `removed: ${removed.join(' | ')}`)
  })

  it('an empty file gets all three', () => {
    const doc = parseConfig('')
    assert.equal(applyEnforcedKeys(doc), true)
    assert.equal(doc.get('general', 'dbpath'), '/db/comments.db')
    assert.deepEqual(doc.getList('general', 'host'), ['http://localhost'])
    assert.equal(doc.get('admin', 'enabled'), 'true')
    assert.equal(applyEnforcedKeys(doc), false)
  })
})
