import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { ConfigSyntaxError, parseConfig } from '../../startos/isso/configparser'
import { readWithPython, type PythonReading } from '../helpers/python'
import { fixture } from './support'

const accepted = [
  'isso-sample-style.cfg',
  'hand-edited-extra-sections.cfg',
  'startos-community.cfg',
  'crlf.cfg',
  'lone-cr.cfg',
  'no-final-newline.cfg',
]

describe('real-world files round-trip byte for byte and read as python3 reads them', () => {
  let python: PythonReading[]
  before(async () => {
    python = await readWithPython(accepted.map(fixture))
  })
  accepted.forEach((name, i) => {
    it(name, () => {
      const text = fixture(name)
      const doc = parseConfig(text)
      assert.equal(doc.toString(), text)
      assert.equal(doc.clone().toString(), text)
      const py = python[i]
      assert.ok(py.ok, !py.ok ? py.error : '')
      assert.deepEqual(doc.reading(), py.reading)
    })
  })

  it('the fixtures really have the line endings they are named for', () => {
    assert.match(fixture('crlf.cfg'), /^[^\n]*\r\n/)
    assert.doesNotMatch(fixture('crlf.cfg'), /[^\r]\n/)
    assert.doesNotMatch(fixture('lone-cr.cfg'), /\n/)
    assert.doesNotMatch(fixture('no-final-newline.cfg'), /\n$/)
  })

  it('the community StartOS file lists origins and a bare localhost', () => {
    const doc = parseConfig(fixture('startos-community.cfg'))
    assert.deepEqual(doc.getList('general', 'host'), ['https://blog.example.com', 'https://www.example.com', 'localhost'])
    assert.deepEqual(doc.sections(), ['general', 'admin', 'moderation', 'guard', 'smtp'])
  })

  it('the hand-edited file keeps Host, [Hash] vs [hash], and inline ; and $ in values', () => {
    const doc = parseConfig(fixture('hand-edited-extra-sections.cfg'))
    assert.deepEqual(doc.getList('general', 'host'), ['https://blog.example.org', 'https://staging.example.org', 'http://localhost'])
    assert.equal(doc.get('general', 'max-age'), '1h30m')
    assert.equal(doc.get('admin', 'password'), 'p#ss;w%rd $HOME ; not a comment')
    assert.equal(doc.get('Hash', 'salt'), 'a different section, sections are case-sensitive')
    assert.deepEqual(doc.getList('server', 'trusted-proxies'), ['10.0.3.1', '10.0.3.2'])
  })
})

describe('a UTF-8 byte-order mark', () => {
  // Isso 0.14.0 opens isso.cfg with open(user, 'r') under C.UTF-8: the BOM stays as
  // U+FEFF, which Python does not strip, so line 1 is text before any section header.
  it('is refused as Isso refuses it, naming the cause', async () => {
    const text = fixture('bom.cfg')
    assert.ok(text.startsWith('\ufeff'))
    assert.throws(() => parseConfig(text), (e: unknown) =>
      e instanceof ConfigSyntaxError && e.kind === 'byte-order-mark' && e.line === 1 && /byte-order mark/.test(e.message))
    const [py] = await readWithPython([text])
    assert.ok(!py.ok && py.kind === 'missing-section-header' && py.line === 1)
  })
  it('reads fine once removed', () => {
    assert.equal(parseConfig(fixture('bom.cfg').slice(1)).get('general', 'host'), 'https://example.net')
  })
})
