// The init steps against a temp volume, driven with the fake effects: what is written,
// what is left alone (bytes, inode, mtime), and which task calls reach StartOS.
import assert from 'node:assert/strict'
import { readFile, stat } from 'node:fs/promises'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { seedVolume } from '../../startos/init/seedFiles'
import { PASSWORD_TASK_ID, setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { syncPasswordTask, watchAdminPassword } from '../../startos/init/watchAdminPassword'
import { watchWebsites } from '../../startos/init/watchWebsites'
import { issoSettingsText } from '../../startos/isso/config'
import { parseConfig } from '../../startos/isso/configparser'
import { fakeEffects } from '../helpers/effects'
import { storeOf, storeText } from '../helpers/store'
import { lineDiff, newVolume, readFixture, type TestVolume } from '../helpers/volume'

let vol: TestVolume
beforeEach(async () => {
  vol = await newVolume()
})
afterEach(() => vol.remove())

const salt = (text: string) => parseConfig(text).get('hash', 'salt')

describe('fresh install', () => {
  it('creates isso.cfg with a random 24-character salt, db/ and store.json', async () => {
    const { effects } = fakeEffects()
    assert.deepEqual(await seedVolume(vol.volume, effects), { wroteIssoCfg: true })
    const first = salt(await vol.readCfg())
    assert.match(first ?? '', /^[A-Za-z0-9]{24}$/)
    assert.notEqual(first, 'Eech7co8Ohloopo9Ol6baimi') // upstream's published default
    assert.ok((await stat(vol.dbDir)).isDirectory())
    assert.deepEqual(JSON.parse(await readFile(vol.storePath, 'utf8')), storeOf())

    const other = await newVolume()
    await seedVolume(other.volume, effects)
    assert.notEqual(salt(await other.readCfg()), first, 'two installs got the same salt')
    await other.remove()
  })

  it('raises the critical task with the default replay id', async () => {
    const fake = fakeEffects()
    await seedVolume(vol.volume, fake.effects)
    await syncPasswordTask(fake.effects, setAdminPasswordAction(vol.volume), await vol.readCfg())
    assert.equal(PASSWORD_TASK_ID, 'isso:set-admin-password')
    assert.equal(fake.createdTasks.length, 1)
    const task = fake.createdTasks[0]
    assert.equal(task.severity, 'critical')
    assert.equal(task.actionId, 'set-admin-password')
    assert.equal(task.packageId, 'isso')
    assert.equal(task.replayId, 'isso:set-admin-password')
    // True to what happens: the package keeps Isso stopped; it never accepts a default.
    assert.equal(task.reason, 'No admin password is set yet: Isso stays stopped until this action sets one.')
    assert.deepEqual(fake.clearedTasks, [])
  })
})

describe('every start', () => {
  it('seeding again writes nothing: isso.cfg and its salt stay', async () => {
    const { effects } = fakeEffects()
    await seedVolume(vol.volume, effects)
    const cfg = await vol.snapshot(vol.cfgPath)
    const store = await vol.snapshot(vol.storePath)
    assert.deepEqual(await seedVolume(vol.volume, effects), { wroteIssoCfg: false })
    assert.deepEqual(await vol.snapshot(vol.cfgPath), cfg)
    assert.deepEqual(await vol.snapshot(vol.storePath), store)
  })

  // The keys StartOS relies on win for Isso through the copy main derives at each start
  // (issoSettingsText); the owner's file is never rewritten to enforce them, because a
  // person may be in the middle of writing it (issue: a watcher's rewrite lost a file).
  const enforcedFor = (text: string) => parseConfig(issoSettingsText(parseConfig(text)))

  it('a hand edit that disabled the admin panel stays in the file, and Isso still gets it enabled', async () => {
    const original = await readFixture('community-0.14.0-4.cfg')
    const edited = original.replace('[admin]\nenabled = true', '[admin]\nenabled = false')
    await vol.writeCfg(edited)
    const before = await vol.snapshot(vol.cfgPath)
    const forIsso = enforcedFor(edited)
    assert.equal(forIsso.get('admin', 'enabled'), 'true')
    assert.deepEqual(lineDiff(edited, forIsso.toString()), { added: ['enabled = true'], removed: ['enabled = false'] })
    assert.deepEqual(await vol.snapshot(vol.cfgPath), before)
  })

  it('a hand edit that moved the database off the volume: Isso still uses /db/comments.db', async () => {
    const edited = (await readFixture('community-0.14.0-4.cfg')).replace('dbpath = /db/comments.db', 'dbpath = /tmp/comments.db')
    assert.deepEqual(lineDiff(edited, enforcedFor(edited).toString()), {
      added: ['dbpath = /db/comments.db'],
      removed: ['dbpath = /tmp/comments.db'],
    })
  })

  it('a password that is fine clears the task, and nothing is created', async () => {
    const fake = fakeEffects()
    await vol.writeCfg(await readFixture('community-0.14.0-4.cfg'))
    await watchAdminPassword(vol.volume, setAdminPasswordAction(vol.volume)).init(fake.effects, null, undefined as never)
    assert.deepEqual(fake.createdTasks, [])
    assert.deepEqual(fake.clearedTasks, [{ only: ['isso:set-admin-password'] }])
  })

  it('a hand edit that removed the password raises the task again', async () => {
    const fake = fakeEffects()
    await vol.writeCfg((await readFixture('community-0.14.0-4.cfg')).replace(/^password = Xk3v.*\n/m, ''))
    await watchAdminPassword(vol.volume, setAdminPasswordAction(vol.volume)).init(fake.effects, null, undefined as never)
    assert.equal(fake.createdTasks.length, 1)
    assert.equal(fake.createdTasks[0].severity, 'critical')
    assert.deepEqual(fake.clearedTasks, [])
  })

  it('a malformed file neither raises nor clears the task', async () => {
    const fake = fakeEffects()
    await vol.writeCfg('[admin]\n[admin]\n')
    await watchAdminPassword(vol.volume, setAdminPasswordAction(vol.volume)).init(fake.effects, null, undefined as never)
    assert.deepEqual(fake.createdTasks, [])
    assert.deepEqual(fake.clearedTasks, [])
  })
})

// Until the first site lists a website of the owner's, no page can show comments: an
// important task (it does not keep the service stopped) points at Websites.
describe('the Websites task', () => {
  it('a fresh install raises it, important, with the default replay id', async () => {
    const fake = fakeEffects()
    await seedVolume(vol.volume, fake.effects)
    await watchWebsites(vol.volume, setWebsitesAction(vol.volume)).init(fake.effects, 'install', undefined as never)
    assert.equal(fake.createdTasks.length, 1)
    const task = fake.createdTasks[0]
    assert.equal(task.severity, 'important')
    assert.equal(task.actionId, 'set-websites')
    assert.equal(task.replayId, 'isso:set-websites')
    assert.match(task.reason ?? '', /^No website may show comments yet: .*https:\/\/blog\.example\.com\.$/)
    assert.deepEqual(fake.clearedTasks, [])
  })

  it('a listed website clears it; a hand edit that leaves only the placeholder raises it again', async () => {
    const community = await readFixture('community-0.14.0-4.cfg')
    const listed = fakeEffects()
    await vol.writeCfg(community)
    await watchWebsites(vol.volume, setWebsitesAction(vol.volume)).init(listed.effects, null, undefined as never)
    assert.deepEqual(listed.createdTasks, [])
    assert.deepEqual(listed.clearedTasks, [{ only: ['isso:set-websites'] }])
    const emptied = fakeEffects()
    await vol.writeCfg(community.replace('    https://blog.example.com\n    http://blogexample2xyz.onion\n', ''))
    await watchWebsites(vol.volume, setWebsitesAction(vol.volume)).init(emptied.effects, null, undefined as never)
    assert.deepEqual(emptied.createdTasks.map((t) => [t.replayId, t.severity]), [['isso:set-websites', 'important']])
  })

  it('a malformed or missing file neither raises nor clears it', async () => {
    const fake = fakeEffects()
    await watchWebsites(vol.volume, setWebsitesAction(vol.volume)).init(fake.effects, null, undefined as never)
    await vol.writeCfg('[general]\n[general]\n')
    await watchWebsites(vol.volume, setWebsitesAction(vol.volume)).init(fake.effects, null, undefined as never)
    assert.deepEqual(fake.createdTasks, [])
    assert.deepEqual(fake.clearedTasks, [])
  })
})

describe('restore', () => {
  // restoreInit has put the backed-up volume in place before these steps run.
  it('keeps the restored isso.cfg and store.json, and raises no task', async () => {
    const fake = fakeEffects()
    await vol.writeCfg(await readFixture('community-hand-edited-with-salt.cfg'))
    // As this version writes it (a backup of an older one is migrated by the version graph).
    await vol.writeStore(storeText({ first: { smtp: JSON.parse(await readFixture('community-store.json')).smtp }, extra: { blog: { notifications: 'off' } } }))
    const cfg = await vol.snapshot(vol.cfgPath)
    const store = await vol.snapshot(vol.storePath)
    await seedVolume(vol.volume, fake.effects)
    await watchAdminPassword(vol.volume, setAdminPasswordAction(vol.volume)).init(fake.effects, 'restore', undefined as never)
    assert.deepEqual(await vol.snapshot(vol.cfgPath), cfg)
    assert.deepEqual(await vol.snapshot(vol.storePath), store)
    assert.deepEqual(fake.createdTasks, [])
    assert.deepEqual(fake.clearedTasks, [{ only: ['isso:set-admin-password'] }])
  })
})
