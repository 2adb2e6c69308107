import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { OPTCRE_NV, matchOption } from '../../startos/isso/configparser/grammar'
import { PY_WHITESPACE_CLASS, isPyWhitespace, pyLower, pyStrip } from '../../startos/isso/configparser/pythonText'
import { lineSoup } from './arbitraries'
import { python3 } from '../helpers/python'

describe('Python string semantics', () => {
  it('whitespace is exactly CPython str.isspace(), over every code point', () => {
    const py = JSON.parse(execFileSync(python3(), ['-c',
      'import json; print(json.dumps([c for c in range(0x110000) if chr(c).isspace()]))']).toString()) as number[]
    const ours: number[] = []
    const cls = new RegExp(`^[${PY_WHITESPACE_CLASS}]$`, 'u')
    for (let c = 0; c < 0x110000; c++) {
      const ch = String.fromCodePoint(c)
      if (isPyWhitespace(ch)) ours.push(c)
      assert.equal(cls.test(ch), isPyWhitespace(ch), `U+${c.toString(16)}`)
    }
    assert.deepEqual(ours, py)
    assert.equal(pyStrip('\ufeff x \ufeff'), '\ufeff x \ufeff')
    assert.equal(pyStrip('\x1c\x85 x\u3000'), 'x')
  })
  it('lower() matches CPython 3.11, including code points newer than its Unicode 14', () => {
    const samples = ['HOST', 'ΚΛΕΙΣ', 'ΑΣ.Σ', 'İ', '\u1C89X', 'A\uA7CBΣ', '\u{10D50}']
    const py = JSON.parse(execFileSync(python3(), ['-c',
      'import json,sys; print(json.dumps([s.lower() for s in json.loads(sys.argv[1])]))', JSON.stringify(samples)]).toString())
    assert.deepEqual(samples.map(pyLower), py)
  })
  it('matchOption() gives what configparser\'s OPTCRE_NV regex gives, on random lines', () => {
    fc.assert(fc.property(lineSoup, (text) => {
      for (const line of text.split('\n')) {
        const stripped = pyStrip(line)
        if (stripped === '') continue
        const m = OPTCRE_NV.exec(stripped)!
        assert.deepEqual(matchOption(stripped), { option: m[1], delimiter: m[2], value: m[3] })
      }
    }), { numRuns: 200 })
  })
})
