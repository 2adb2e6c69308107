/**
 * Property-based: random documents read exactly as python3 reads them and round-trip;
 * random hostile edits either read back exactly in python3 or are refused untouched.
 * All samples of a property go to python3 in one batch. FC_SEED=n replays a run.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { ConfigSyntaxError, ConfigValueError, parseConfig, type ConfigDocument } from '../../startos/isso/configparser'
import { readWithPython, type PythonReading } from '../helpers/python'
import { hostileEdit, lineSoup, structuredDocument, type Edit } from './arbitraries'
import { fixture } from './support'

const seed = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31))
const where = (text: string) => `(FC_SEED=${seed}) ${JSON.stringify(text)}`

async function agreesWithPython(texts: string[]) {
  const python = await readWithPython(texts)
  texts.forEach((text, i) => {
    const py = python[i]
    let doc: ConfigDocument | undefined
    let error: unknown
    try {
      doc = parseConfig(text)
    } catch (e) {
      error = e
    }
    if (py.ok) {
      assert.ok(doc, `we refused what python3 reads: ${where(text)} ${error}`)
      assert.deepEqual(doc.reading(), py.reading, where(text))
      assert.equal(doc.toString(), text, where(text))
    } else {
      assert.ok(error instanceof ConfigSyntaxError, `python3 refused (${py.error}) but we read it: ${where(text)}`)
      const kind = error.kind === 'byte-order-mark' ? 'missing-section-header' : error.kind
      assert.deepEqual([kind, error.line], [py.kind, py.line], where(text))
    }
  })
}

describe('random documents read as python3 reads them', () => {
  it('structured documents (sections, lists, comments, CRLF/CR, indentation)', async () => {
    await agreesWithPython(fc.sample(structuredDocument, { numRuns: 250, seed }))
  })
  it('line soup of the grammar\'s special characters', async () => {
    await agreesWithPython(fc.sample(lineSoup, { numRuns: 400, seed }))
  })
})

function apply(doc: ConfigDocument, e: Edit): void {
  if (e.op === 'set') doc.set(e.section, e.key, e.value)
  else if (e.op === 'setList') doc.setList(e.section, e.key, e.items)
  else if (e.op === 'delete') doc.delete(e.section, e.key)
  else doc.addSection(e.section)
}

type Reading = Extract<PythonReading, { ok: true }>

/** What python3 must read after the edit, derived from what it read before. */
function expectedAfter(before: Reading, e: Edit): { sections: Reading['sections']; defaults: Reading['defaults'] } {
  const sections = structuredClone(before.sections)
  const defaults = structuredClone(before.defaults)
  if (e.op === 'delete' && e.section !== 'DEFAULT' && !sections[e.section]) return { sections, defaults }
  const target = e.section === 'DEFAULT' ? defaults : (sections[e.section] ??= {})
  if (e.op === 'addSection') return { sections, defaults }
  const key = e.key.toLowerCase()
  if (e.op === 'set') target[key] = e.value
  else if (e.op === 'setList') target[key] = e.items.length ? '\n' + e.items.join('\n') : ''
  else delete target[key]
  return { sections, defaults }
}

describe('hostile edits: accepted ones read back exactly in python3, refused ones change nothing', () => {
  it('set / setList / delete / addSection with hostile names and values', async () => {
    const bases = ['startos-community.cfg', 'hand-edited-extra-sections.cfg', 'crlf.cfg', 'lone-cr.cfg', 'no-final-newline.cfg']
      .map(fixture)
    const edits = fc.sample(fc.tuple(fc.nat({ max: bases.length - 1 }), hostileEdit), { numRuns: 500, seed })
    const accepted: Array<{ before: string; after: string; edit: Edit }> = []
    let refused = 0
    for (const [b, edit] of edits) {
      const doc = parseConfig(bases[b])
      try {
        apply(doc, edit)
        accepted.push({ before: bases[b], after: doc.toString(), edit })
      } catch (e) {
        assert.ok(e instanceof ConfigValueError, `${e} for ${JSON.stringify(edit)} (FC_SEED=${seed})`)
        assert.equal(doc.toString(), bases[b])
        refused++
      }
    }
    const python = await readWithPython([...bases, ...accepted.map((a) => a.after)])
    accepted.forEach((a, i) => {
      const before = python[bases.indexOf(a.before)] as Reading
      const after = python[bases.length + i]
      const what = `${JSON.stringify(a.edit)} → ${where(a.after)}`
      assert.ok(after.ok, `python3 cannot read ${what}`)
      assert.deepEqual({ sections: after.sections, defaults: after.defaults }, expectedAfter(before, a.edit), what)
    })
    // both outcomes must really be exercised for the property to mean anything
    assert.ok(accepted.length > 100 && refused > 100, `accepted ${accepted.length}, refused ${refused}`)
  })
})
