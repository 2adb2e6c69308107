import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { seedConfig } from '../../startos/isso/config'
import { passwordTask } from '../../startos/isso/adminPassword'
import { readFixture } from '../helpers/volume'

const withPassword = (line: string) => seedConfig('s4lt').toString().replace('[admin]\nenabled = true\n', `[admin]\nenabled = true\n${line}\n`)

describe('the Set Admin Password task, decided from isso.cfg', () => {
  it('fresh install (seeded file, no password): create, because Isso would accept its default', () => {
    assert.deepEqual(passwordTask(seedConfig('s4lt').toString()), { action: 'create', problem: 'missing' })
  })
  it('password set: clear', () => {
    assert.deepEqual(passwordTask(withPassword('password = Zq8r7YwQ2nLx')), { action: 'clear' })
  })
  it('empty password (nobody could log in): create', () => {
    assert.deepEqual(passwordTask(withPassword('password =')), { action: 'create', problem: 'empty' })
  })
  it("Isso's published default: create", () => {
    assert.deepEqual(passwordTask(withPassword('password = please_choose_a_strong_password')), {
      action: 'create',
      problem: 'default',
    })
  })
  it('community install with a password: clear (an upgrade raises nothing)', async () => {
    assert.deepEqual(passwordTask(await readFixture('community-0.14.0-4.cfg')), { action: 'clear' })
  })
  it('community install that never ran the action (`password = `): create', async () => {
    assert.deepEqual(passwordTask(await readFixture('community-no-password-yet.cfg')), { action: 'create', problem: 'empty' })
  })
  it('hand edit that deleted the password line: create', async () => {
    const text = (await readFixture('community-0.14.0-4.cfg')).replace(/^password = Xk3v.*\n/m, '')
    assert.deepEqual(passwordTask(text), { action: 'create', problem: 'missing' })
  })
  it('no file, or a file configparser rejects: keep the task as it is', () => {
    assert.deepEqual(passwordTask(null), { action: 'keep', why: 'missing-file' })
    assert.deepEqual(passwordTask('[admin]\npassword = a\n[admin]\npassword = b\n'), { action: 'keep', why: 'malformed' })
  })
})
