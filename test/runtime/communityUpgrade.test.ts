// Upgrading an install of the community `isso` package (0.14.0:0 to 0.14.0:4): same id,
// same volume. Everything the user had stays; only a private salt is added.
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { seedVolume } from '../../startos/init/seedFiles'
import { passwordTask } from '../../startos/isso/adminPassword'
import { websites } from '../../startos/isso/websites'
import { parseConfig } from '../../startos/isso/configparser'
import { readValid } from '../config/fixtures'
import { addSaltIfMissing, upgradeCommunityInstall } from '../../startos/versions/communityUpgrade'
import { v0_14_0_5 } from '../../startos/versions/v0.14.0.5'
import { fakeEffects } from '../helpers/effects'
import { lineDiff, newVolume, readFixture, type Volume } from '../helpers/volume'

describe('addSaltIfMissing (pure)', () => {
  it('adds [hash] salt at the end when the file has none', async () => {
    const text = await readFixture('community-0.14.0-4.cfg')
    const doc = parseConfig(text)
    assert.equal(addSaltIfMissing(doc, 'NewSalt'), true)
    assert.deepEqual(lineDiff(text, doc.toString()).removed, [])
    assert.ok(doc.toString().startsWith(text), 'existing lines moved')
    assert.equal(doc.get('hash', 'salt'), 'NewSalt')
  })
  it('never replaces a salt the user already has', async () => {
    const text = await readFixture('community-hand-edited-with-salt.cfg')
    const doc = parseConfig(text)
    assert.equal(addSaltIfMissing(doc, 'NewSalt'), false)
    assert.equal(doc.toString(), text)
  })
})

describe('the 0.14.0:5 up migration on a community volume', () => {
  let vol: Volume
  beforeEach(async () => {
    vol = await newVolume()
  })
  afterEach(() => vol.remove())

  it('keeps websites, password, SMTP, moderation, guard and the header; adds only a salt', async () => {
    const original = await readFixture('community-0.14.0-4.cfg')
    await vol.writeCfg(original)
    assert.equal(await upgradeCommunityInstall('Fresh24CharacterSalt0001'), 'changed')
    const upgraded = await vol.readCfg()
    const { added, removed } = lineDiff(original, upgraded)
    assert.deepEqual(removed, [])
    assert.deepEqual(added.filter((l) => l !== ''), ['[hash]', 'salt = Fresh24CharacterSalt0001'])

    const doc = parseConfig(upgraded)
    assert.deepEqual(websites(doc), ['https://blog.example.com', 'http://blogexample2xyz.onion'])
    const s = readValid(doc)
    assert.equal(s.admin.password, 'Xk3vQ9mR2tLp8sWz4nYb7cDe')
    assert.equal(s.smtp.host, 'smtp.example.com')
    assert.equal(s.smtp.password, 'smtp-s3cret')
    assert.deepEqual(s.general.notify, ['smtp'])
    assert.equal(s.moderation.enabled, true)
    assert.equal(s.guard.requireEmail, true)
    assert.deepEqual(passwordTask(upgraded), { action: 'clear' })
  })

  it('is idempotent: a second run writes nothing', async () => {
    await vol.writeCfg(await readFixture('community-0.14.0-4.cfg'))
    await upgradeCommunityInstall('FirstSalt')
    const before = await vol.snapshot(vol.cfgPath)
    assert.equal(await upgradeCommunityInstall('SecondSalt'), 'unchanged')
    assert.deepEqual(await vol.snapshot(vol.cfgPath), before)
  })

  it('leaves a hand-edited file with its own salt and extra sections untouched', async () => {
    await vol.writeCfg(await readFixture('community-hand-edited-with-salt.cfg'))
    const before = await vol.snapshot(vol.cfgPath)
    assert.equal(await upgradeCommunityInstall('Unused'), 'unchanged')
    assert.deepEqual(await vol.snapshot(vol.cfgPath), before)
  })

  it('store.json in the community format is kept byte for byte by seeding', async () => {
    await vol.writeCfg(await readFixture('community-0.14.0-4.cfg'))
    await vol.writeStore(await readFixture('community-store.json'))
    const before = await vol.snapshot(vol.storePath)
    await seedVolume(fakeEffects().effects)
    assert.deepEqual(await vol.snapshot(vol.storePath), before)
  })

  it('runs from the version graph entry (the `up` migration)', async () => {
    await vol.writeCfg(await readFixture('community-no-password-yet.cfg'))
    const up = v0_14_0_5.options.migrations.up
    assert.equal(typeof up, 'function')
    await (up as (o: unknown) => Promise<void>)({ effects: fakeEffects().effects })
    const salt = parseConfig(await vol.readCfg()).get('hash', 'salt')
    assert.match(salt ?? '', /^[A-Za-z0-9]{24}$/)
  })
})
