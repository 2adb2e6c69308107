import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { ConfigSyntaxError, parseConfig } from '../../startos/isso/configparser'
import { readWithPython, type PythonReading } from '../helpers/python'
import { grammarCases } from './cases'

/** Python reports a BOM as the MissingSectionHeaderError it is; we name the cause. */
const pythonKind = (kind: string) => (kind === 'byte-order-mark' ? 'missing-section-header' : kind)

describe('grammar: every hand-picked case reads as CPython configparser does', () => {
  let python: PythonReading[]
  before(async () => {
    python = await readWithPython(grammarCases.map((c) => c.text))
  })

  grammarCases.forEach((c, i) => {
    it(c.name, () => {
      const py = python[i]
      if (c.reading) {
        assert.deepEqual(parseConfig(c.text).reading(), c.reading)
        assert.ok(py.ok, `python3 rejected it: ${!py.ok && py.error}`)
        assert.deepEqual(py.reading, c.reading)
        assert.equal(parseConfig(c.text).toString(), c.text)
      } else {
        const err = c.error!
        assert.throws(() => parseConfig(c.text), (e: unknown) => {
          assert.ok(e instanceof ConfigSyntaxError)
          assert.equal(e.kind, err.kind)
          assert.equal(e.line, err.line)
          assert.match(e.message, new RegExp(`^isso\\.cfg line ${err.line}: `))
          return true
        })
        assert.ok(!py.ok, 'python3 accepted it')
        assert.equal(py.kind, pythonKind(err.kind))
        assert.equal(py.line, err.line)
      }
    })
  })
})

describe('reading view', () => {
  const doc = parseConfig('[DEFAULT]\nx = d\nk = dk\n[general]\nHost =\n  a\n\n  b\nk = own\nempty\n[Hash]\n')
  it('sections() is file order without DEFAULT; hasSection is case-sensitive', () => {
    assert.deepEqual(doc.sections(), ['general', 'Hash'])
    assert.equal(doc.hasSection('Hash'), true)
    assert.equal(doc.hasSection('hash'), false)
    assert.equal(doc.hasSection('DEFAULT'), false)
  })
  it('keys() lists own keys lower-cased', () => {
    assert.deepEqual(doc.keys('general'), ['host', 'k', 'empty'])
    assert.deepEqual(doc.keys('DEFAULT'), ['x', 'k'])
    assert.deepEqual(doc.keys('nope'), [])
  })
  it('get() falls back to DEFAULT, is case-insensitive on keys only', () => {
    assert.equal(doc.get('general', 'HOST'), '\na\n\nb')
    assert.equal(doc.get('general', 'k'), 'own')
    assert.equal(doc.get('general', 'x'), 'd')
    assert.equal(doc.get('Hash', 'x'), 'd')
    assert.equal(doc.get('general', 'empty'), null)
    assert.equal(doc.get('general', 'missing'), undefined)
    assert.equal(doc.get('hash', 'x'), undefined)
    assert.equal(doc.get('DEFAULT', 'k'), 'dk')
  })
  it('getList() is Isso getiter: split on newlines, drop empty', () => {
    assert.deepEqual(doc.getList('general', 'host'), ['a', 'b'])
    assert.deepEqual(doc.getList('general', 'k'), ['own'])
    assert.deepEqual(doc.getList('general', 'empty'), [])
    assert.deepEqual(doc.getList('general', 'missing'), [])
  })
})
