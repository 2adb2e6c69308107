// While store.json says 'system', [smtp] follows the server's SMTP settings.
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { watchSystemSmtp } from '../../startos/init/watchSystemSmtp'
import { parseConfig } from '../../startos/isso/configparser'
import { fakeEffects, type SmtpValue } from '../helpers/effects'
import { lineDiff, newVolume, readFixture, type Volume } from './volume'

const server: SmtpValue = {
  host: 'mail.server.example',
  port: 465,
  from: 'StartOS <server@example.com>',
  username: 'server@example.com',
  password: 'server-pass',
  security: 'tls',
}
const store = (selection: object) => JSON.stringify({ smtp: selection }, null, 2)
const run = (effects: ReturnType<typeof fakeEffects>['effects']) => watchSystemSmtp.init(effects, null, undefined as never)

let vol: Volume
beforeEach(async () => {
  vol = await newVolume()
  await vol.writeCfg(await readFixture('community-0.14.0-4.cfg'))
})
afterEach(() => vol.remove())

describe('system SMTP watcher', () => {
  it("writes the server's settings into [smtp] and keeps the recipient", async () => {
    await vol.writeStore(store({ selection: 'system', value: { customFrom: null } }))
    await run(fakeEffects({ systemSmtp: server }).effects)
    const doc = parseConfig(await vol.readCfg())
    assert.equal(doc.get('smtp', 'host'), 'mail.server.example')
    assert.equal(doc.get('smtp', 'port'), '465')
    assert.equal(doc.get('smtp', 'security'), 'ssl')
    assert.equal(doc.get('smtp', 'password'), 'server-pass')
    assert.equal(doc.get('smtp', 'to'), 'admin@example.com')
    assert.equal(doc.get('admin', 'password'), 'Xk3vQ9mR2tLp8sWz4nYb7cDe')
  })

  it('writes nothing when the settings already match', async () => {
    await vol.writeStore(store({ selection: 'system', value: { customFrom: null } }))
    await run(fakeEffects({ systemSmtp: server }).effects)
    const before = await vol.snapshot(vol.cfgPath)
    await run(fakeEffects({ systemSmtp: server }).effects)
    assert.deepEqual(await vol.snapshot(vol.cfgPath), before)
  })

  it('uses the custom From address when the user gave one', async () => {
    await vol.writeStore(store({ selection: 'system', value: { customFrom: 'Blog <blog@example.com>' } }))
    await run(fakeEffects({ systemSmtp: server }).effects)
    assert.equal(parseConfig(await vol.readCfg()).get('smtp', 'from'), 'Blog <blog@example.com>')
  })

  it('turns mail off when the server has no SMTP any more', async () => {
    await vol.writeStore(store({ selection: 'system', value: { customFrom: null } }))
    await run(fakeEffects({ systemSmtp: null }).effects)
    const doc = parseConfig(await vol.readCfg())
    assert.equal(doc.get('smtp', 'host'), undefined)
    assert.equal(doc.get('smtp', 'password'), undefined)
    assert.equal(doc.get('smtp', 'to'), 'admin@example.com')
    assert.doesNotMatch(doc.get('general', 'notify') ?? '', /smtp/)
  })

  it('does nothing for a custom or disabled selection', async () => {
    const before = await vol.snapshot(vol.cfgPath)
    await vol.writeStore(await readFixture('community-store.json'))
    await run(fakeEffects({ systemSmtp: server }).effects)
    await vol.writeStore(store({ selection: 'disabled', value: {} }))
    await run(fakeEffects({ systemSmtp: server }).effects)
    assert.deepEqual(await vol.snapshot(vol.cfgPath), before)
  })

  it('changes only [smtp] lines', async () => {
    const original = await vol.readCfg()
    await vol.writeStore(store({ selection: 'system', value: { customFrom: null } }))
    await run(fakeEffects({ systemSmtp: server }).effects)
    const { added, removed } = lineDiff(original, await vol.readCfg())
    const smtpKeys = /^(host|port|security|username|password|from) = /
    assert.ok(removed.every((l) => smtpKeys.test(l)), `removed: ${removed.join(' | ')}`)
    assert.ok(added.every((l) => smtpKeys.test(l)), `added: ${added.join(' | ')}`)
  })
})
