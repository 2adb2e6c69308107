import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { setAdminPassword } from '../../startos/actions/setAdminPassword'
import { applyAdminPassword } from '../../startos/isso/adminPassword'
import { parseConfig } from '../../startos/isso/configparser'
import { tempVolume } from '../helpers/volume'
import { fakeEffects } from '../helpers/effects'
import { readWithPython } from '../helpers/python'
import { lineDiff } from './lineDiff'

const fixture = (name: string) => readFile(join(__dirname, '../fixtures/actions', name), 'utf8')

describe('applyAdminPassword (pure)', () => {
  it('replaces only the password line', async () => {
    const text = await fixture('websites-hand-edited.cfg')
    const doc = parseConfig(text)
    applyAdminPassword(doc, 'Ab3dEf6hIj9kLm2nOp5qRs8t')
    assert.deepEqual(lineDiff(text, doc.toString()), {
      removed: ['password = pa%ss word # not a comment'],
      added: ['password = Ab3dEf6hIj9kLm2nOp5qRs8t'],
    })
  })

  it('refuses short or unsafe passwords and leaves the document alone', async () => {
    const text = await fixture('websites-hand-edited.cfg')
    const doc = parseConfig(text)
    for (const bad of ['short', 'Ab3dEf6hIj9kLm2nOp5q$HOME', 'Ab3dEf6hIj9kLm2nOp5qRs8 ', '']) {
      assert.throws(() => applyAdminPassword(doc, bad))
    }
    assert.equal(doc.toString(), text)
  })
})

describe('set-admin-password through the SDK', () => {
  const { cfg } = tempVolume('isso-admin-')

  async function runOnce() {
    const fake = fakeEffects()
    // As StartOS does: the form first (with one site it has no fields), then the run.
    const form = await setAdminPassword.getInput({ effects: fake.effects, prefill: null })
    assert.deepEqual(form.spec, {})
    const result = await setAdminPassword.run({ effects: fake.effects, input: {} })
    assert.ok(result && result.version === '1' && result.result?.type === 'single')
    return { fake, result, single: result.result }
  }

  it('writes a strong password, shows it masked and copyable, clears the task', async () => {
    await writeFile(cfg, await fixture('websites-hand-edited.cfg'))
    const { fake, result, single } = await runOnce()
    assert.equal(single.masked, true)
    assert.equal(single.copyable, true)
    assert.equal(single.qr, false)
    assert.match(single.value, /^[A-Za-z0-9]+$/)
    assert.ok(single.value.length * Math.log2(62) >= 128, `${single.value.length} characters`)
    assert.match(result.message ?? '', /Admin panel interface/)
    assert.deepEqual(fake.clearedTasks, [{ only: ['isso:set-admin-password'] }])
    const [py] = await readWithPython([await readFile(cfg, 'utf8')])
    assert.ok(py.ok)
    assert.equal(py.sections.admin.password, single.value)
    assert.equal(py.sections.rss.limit, '50')
  })

  it('rotates: two runs give different passwords, the file holds the last', async () => {
    await writeFile(cfg, await fixture('websites-hand-edited.cfg'))
    const first = (await runOnce()).single.value
    const second = (await runOnce()).single.value
    assert.notEqual(first, second)
    const [py] = await readWithPython([await readFile(cfg, 'utf8')])
    assert.ok(py.ok)
    assert.equal(py.sections.admin.password, second)
  })

  it('metadata: the task name, always available, warns about the old password', async () => {
    const { effects } = fakeEffects()
    const meta = await setAdminPassword.exportMetadata({ effects })
    assert.equal(setAdminPassword.id, 'set-admin-password')
    assert.equal(meta.name, 'Set Admin Password')
    assert.equal(meta.allowedStatuses, 'any')
    assert.equal(meta.visibility, 'enabled')
    assert.match(meta.warning ?? '', /stops working/)
  })

  it('malformed file: fails with the line number, nothing written, task kept', async () => {
    const text = await fixture('admin-malformed.cfg')
    await writeFile(cfg, text)
    const fake = fakeEffects()
    await setAdminPassword.getInput({ effects: fake.effects, prefill: null })
    await assert.rejects(setAdminPassword.run({ effects: fake.effects, input: {} }), /isso\.cfg line 9/)
    assert.equal(await readFile(cfg, 'utf8'), text)
    assert.deepEqual(fake.clearedTasks, [])
  })
})
