// main's refusal to start: the error (which StartOS logs) and the health entry the
// dashboard shows both say what is wrong.
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { main } from '../../startos/main'
import { fakeEffects } from '../helpers/effects'
import { newVolume, readFixture, type Volume } from './volume'

let vol: Volume
beforeEach(async () => {
  vol = await newVolume()
})
afterEach(() => vol.remove())

const start = (effects: ReturnType<typeof fakeEffects>['effects']) => main({ effects } as Parameters<typeof main>[0])

describe('main', () => {
  it('refuses to start without an admin password, and reports it as failed health', async () => {
    const fake = fakeEffects()
    await vol.writeCfg((await readFixture('community-0.14.0-4.cfg')).replace(/^password = Xk3v.*\n/m, ''))
    await assert.rejects(start(fake.effects), /published default password/)
    assert.equal(fake.healthReports.length, 1)
    assert.equal(fake.healthReports[0].result, 'failure')
    assert.equal(fake.healthReports[0].id, 'primary')
    assert.match(fake.healthReports[0].message ?? '', /Set Admin Password/)
  })

  it('refuses to start on a missing isso.cfg', async () => {
    await assert.rejects(start(fakeEffects().effects), /missing/)
  })

  it('refuses to start on a malformed isso.cfg and names the line', async () => {
    await vol.writeCfg('[general]\nhost = a\nhost = b\n')
    await assert.rejects(start(fakeEffects().effects), /line 3/)
  })

  // Starting Isso itself (the derived settings file, the daemon) is tested against the
  // real Isso under the runtime double: test/e2e/.
})
