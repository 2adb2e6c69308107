// Upgrading an install of the community `isso` package (0.14.0:0 to 0.14.0:4): same id,
// same volume. Everything the user had stays; a private salt is added, and store.json
// (the community package's `smtp` alone) becomes one record per site.
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { seedVolume } from '../../startos/init/seedFiles'
import { passwordTask } from '../../startos/isso/adminPassword'
import { websites } from '../../startos/isso/websites'
import { parseConfig } from '../../startos/isso/configparser'
import { readValid } from '../config/fixtures'
import { addSaltIfMissing, upgradeCommunityInstall } from '../../startos/versions/communityUpgrade'
import { v0_14_0_5 } from '../../startos/versions/v0.14.0.5'
import { ExtendedVersion } from '@start9labs/start-sdk'
import { readFile } from 'node:fs/promises'
import { versionGraphOn } from '../../startos/versions'
import { v0_14_0_7 } from '../../startos/versions/v0.14.0.7'
import { fakeEffects } from '../helpers/effects'
import { SMTP_OFF, storeText } from '../helpers/store'
import { lineDiff, newVolume, readFixture, type TestVolume } from '../helpers/volume'

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
  let vol: TestVolume
  beforeEach(async () => {
    vol = await newVolume()
  })
  afterEach(() => vol.remove())

  it('keeps websites, password, SMTP, moderation, guard and the header; adds only a salt', async () => {
    const original = await readFixture('community-0.14.0-4.cfg')
    await vol.writeCfg(original)
    assert.equal(await upgradeCommunityInstall(vol.volume, 'Fresh24CharacterSalt0001'), 'changed')
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
    await upgradeCommunityInstall(vol.volume, 'FirstSalt')
    const before = await vol.snapshot(vol.cfgPath)
    assert.equal(await upgradeCommunityInstall(vol.volume, 'SecondSalt'), 'unchanged')
    assert.deepEqual(await vol.snapshot(vol.cfgPath), before)
  })

  it('leaves a hand-edited file with its own salt and extra sections untouched', async () => {
    await vol.writeCfg(await readFixture('community-hand-edited-with-salt.cfg'))
    const before = await vol.snapshot(vol.cfgPath)
    assert.equal(await upgradeCommunityInstall(vol.volume, 'Unused'), 'unchanged')
    assert.deepEqual(await vol.snapshot(vol.cfgPath), before)
  })

  it('the whole version graph, from the community package to now: a salt, the e-mail choice as the first site\'s record, and seeding then writes nothing', async () => {
    const cfg = await readFixture('community-0.14.0-4.cfg')
    const communityStore = await readFixture('community-store.json')
    await vol.writeCfg(cfg)
    await vol.writeStore(communityStore)
    const fake = fakeEffects({ dataVersion: '0.14.0:4' })
    const versionGraph = versionGraphOn(vol.volume)
    const current = versionGraph.currentVersion()
    await versionGraph.migrate({ effects: fake.effects, from: ExtendedVersion.parse('0.14.0:4'), to: current })
    assert.deepEqual(fake.dataVersions, ['0.14.0:5', '0.14.0:6', '0.14.0:7'])
    assert.equal(current.toString(), '0.14.0:7')

    const upgraded = await vol.readCfg()
    assert.deepEqual(lineDiff(cfg, upgraded).removed, [])
    assert.match(parseConfig(upgraded).get('hash', 'salt') ?? '', /^[A-Za-z0-9]{24}$/)
    const store = await readFile(vol.storePath, 'utf8')
    assert.equal(store, storeText({ first: { smtp: JSON.parse(communityStore).smtp } }))

    // Seeding (the init step after the migrations) keeps the migrated store.json byte for byte.
    const before = await vol.snapshot(vol.storePath)
    await seedVolume(vol.volume, fake.effects)
    assert.deepEqual(await vol.snapshot(vol.storePath), before)
  })

  it('runs from the version graph entry (the `up` migration)', async () => {
    await vol.writeCfg(await readFixture('community-no-password-yet.cfg'))
    const up = v0_14_0_5(vol.volume).options.migrations.up
    assert.equal(typeof up, 'function')
    await (up as (o: unknown) => Promise<void>)({ effects: fakeEffects().effects })
    const salt = parseConfig(await vol.readCfg()).get('hash', 'salt')
    assert.match(salt ?? '', /^[A-Za-z0-9]{24}$/)
  })
})

describe("the 0.14.0:7 migrations of store.json", () => {
  let vol: TestVolume
  beforeEach(async () => {
    vol = await newVolume()
  })
  afterEach(() => vol.remove())

  const custom = JSON.parse('{"selection":"system","value":{"customFrom":"Blog <blog@example.org>"}}')
  const v6 = {
    smtp: custom,
    sites: ['blog', 'shop'],
    sitesSmtp: { blog: SMTP_OFF, shop: custom },
    notifications: { '/': { choice: 'waiting', seen: { id: 4, created: 12.5 } }, shop: { choice: 'off' } },
  }
  const run = async (step: 'up' | 'down') => {
    const migration = v0_14_0_7(vol.volume).options.migrations[step]
    assert.equal(typeof migration, 'function')
    await (migration as (o: unknown) => Promise<void>)({ effects: fakeEffects().effects })
  }

  it('up: one record per site, written once; a second run writes nothing', async () => {
    await vol.writeStore(JSON.stringify(v6, null, 2))
    await run('up')
    const expected = storeText({
      first: { smtp: custom, notifications: 'waiting', seen: { id: 4, created: 12.5 } },
      extra: { blog: { smtp: SMTP_OFF }, shop: { smtp: custom, notifications: 'off' } },
    })
    assert.equal(await readFile(vol.storePath, 'utf8'), expected)
    const before = await vol.snapshot(vol.storePath)
    await run('up')
    assert.deepEqual(await vol.snapshot(vol.storePath), before)
  })

  it("down: back to 0.14.0:6's shape, the same choices", async () => {
    await vol.writeStore(JSON.stringify(v6, null, 2))
    await run('up')
    await run('down')
    assert.deepEqual(JSON.parse(await readFile(vol.storePath, 'utf8')), v6)
  })

  it('a missing store.json stays missing (seeding makes it); one that is not JSON is left as it is', async () => {
    await run('up')
    await assert.rejects(readFile(vol.storePath, 'utf8'), { code: 'ENOENT' })
    await vol.writeStore('{ "smtp": ')
    const before = await vol.snapshot(vol.storePath)
    await run('up')
    assert.deepEqual(await vol.snapshot(vol.storePath), before)
  })
})
