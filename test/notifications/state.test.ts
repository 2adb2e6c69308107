// A site's notifications in its store.json record: tolerant parsing (a broken value),
// edits that keep everything else, and the Server form's field that reads and saves
// the owner's choice per site, refusing anything it did not offer.
import assert from 'node:assert/strict'
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { describe, it } from 'node:test'
import { configureServerAction, type ServerFields } from '../../startos/actions/configureServer'
import { storeShape } from '../../startos/sites'
import { seedConfig } from '../../startos/isso/config'
import { forgetSeenComments, rememberSeen, saveNotifyChoice, siteNotifications } from '../../startos/notifications/state'
import { checkedNotifyChoice } from '../../startos/notifications/serverField'
import { fakeEffects } from '../helpers/effects'
import { SMTP_OFF, storeOf } from '../helpers/store'
import { tempVolume } from '../helpers/volume'

type ServerFormInput = ServerFields

describe("a site's notifications in store.json", () => {
  it('a store.json never polled has nothing for any site', () => {
    const store = storeShape.parse(storeOf({ extra: ['blog'] }))
    assert.deepEqual(siteNotifications(store, null), { choice: undefined, seen: undefined })
    assert.deepEqual(siteNotifications(store, 'blog'), { choice: undefined, seen: undefined })
    assert.deepEqual(siteNotifications(null, null), { choice: undefined, seen: undefined })
  })

  it('keeps good values and forgets broken parts one by one', () => {
    const store = storeShape.parse(
      storeOf({
        first: { notifications: 'waiting', seen: { id: 7, created: 1.5 } },
        extra: { blog: { notifications: 'loud', seen: { id: -1, created: 2 } }, photos: { notifications: ['all'], seen: 'nonsense' } },
      }),
    )
    assert.deepEqual(siteNotifications(store, null), { choice: 'waiting', seen: { id: 7, created: 1.5 } })
    assert.deepEqual(siteNotifications(store, 'blog'), { choice: undefined, seen: undefined })
    assert.deepEqual(siteNotifications(store, 'photos'), { choice: undefined, seen: undefined })
    assert.deepEqual(siteNotifications(store, 'gone'), { choice: undefined, seen: undefined })
  })
})

describe('editing store.json notifications', () => {
  const { store, volume } = tempVolume('isso-notify-state-')
  const read = async () => JSON.parse(await readFile(store, 'utf8')) as Record<string, unknown>

  it("remembers per site, keeps the choice and every other key, forgets without leaving empty values", async () => {
    await mkdir(dirname(store), { recursive: true })
    await writeFile(store, JSON.stringify({ ...storeOf({ extra: ['blog'] }), later: { kept: true } }))
    await saveNotifyChoice(volume, 'blog', 'off')
    await rememberSeen(volume, new Map([[null, { id: 3, created: 10 }], ['blog', { id: 1, created: 5 }], ['gone', { id: 9, created: 9 }]]))
    assert.deepEqual(await read(), {
      ...storeOf({ first: { seen: { id: 3, created: 10 } }, extra: { blog: { notifications: 'off', seen: { id: 1, created: 5 } } } }),
      later: { kept: true },
    })
    await forgetSeenComments(volume, 'blog')
    await forgetSeenComments(volume, null)
    assert.deepEqual(await read(), { ...storeOf({ extra: { blog: { notifications: 'off' } } }), later: { kept: true } })
    // 'auto' is the default: saved as nothing, and then nothing is left at all.
    await saveNotifyChoice(volume, 'blog', 'auto')
    assert.deepEqual(await read(), { ...storeOf({ extra: ['blog'] }), later: { kept: true } })
    assert.deepEqual((await read()).firstSite, { smtp: SMTP_OFF })
  })
})

describe('the Server action’s StartOS notifications field', () => {
  const { cfg, store, volume } = tempVolume('isso-notify-server-')
  const configureServer = configureServerAction(volume)

  const form = async () => {
    const { effects } = fakeEffects()
    const f = await configureServer.getInput({ effects, prefill: null })
    return { effects, input: structuredClone(f.value as unknown as ServerFormInput) }
  }

  it('prefills "auto", saves a choice to store.json (not isso.cfg) and prefills it next time', async () => {
    await writeFile(cfg, seedConfig('salt').toString())
    const { effects, input } = await form()
    assert.equal(input.notifications, 'auto')
    input.notifications = 'all'
    await configureServer.run({ effects, input })
    assert.deepEqual(JSON.parse(await readFile(store, 'utf8')).firstSite, { smtp: SMTP_OFF, notifications: 'all' })
    assert.doesNotMatch(await readFile(cfg, 'utf8'), /notif.*all/i)
    assert.equal((await form()).input.notifications, 'all')
  })

  it('refuses a value it did not offer before writing anything (the SDK’s validator, then run’s own check)', async () => {
    const cfgBefore = await readFile(cfg, 'utf8')
    const storeBefore = await readFile(store, 'utf8')
    const { effects, input } = await form()
    input.moderation.enabled = !input.moderation.enabled
    await assert.rejects(configureServer.run({ effects, input: { ...input, notifications: 'loud' as never } }), /"off"/)
    assert.throws(() => checkedNotifyChoice('loud'), { message: 'StartOS notifications: choose one of the offered options.' })
    assert.equal(checkedNotifyChoice('waiting'), 'waiting')
    assert.equal(await readFile(cfg, 'utf8'), cfgBefore)
    assert.equal(await readFile(store, 'utf8'), storeBefore)
  })
})
