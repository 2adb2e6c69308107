// While store.json says 'system', [smtp] follows the server's SMTP settings.
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { watchSystemSmtp } from '../../startos/init/watchSystemSmtp'
import { parseConfig } from '../../startos/isso/configparser'
import { fakeEffects, type SmtpValue } from '../helpers/effects'
import { storeText } from '../helpers/store'
import { lineDiff, newVolume, readFixture, type TestVolume } from '../helpers/volume'

const server: SmtpValue = {
  host: 'mail.server.example',
  port: 465,
  from: 'StartOS <server@example.com>',
  username: 'server@example.com',
  password: 'server-pass',
  security: 'tls',
}
const store = (selection: object) => storeText({ first: { smtp: selection } })
const run = (effects: ReturnType<typeof fakeEffects>['effects']) => watchSystemSmtp(vol.volume).init(effects, null, undefined as never)

let vol: TestVolume
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
    await vol.writeStore(store(JSON.parse(await readFixture('community-store.json')).smtp))
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

// With several sites, the server's SMTP goes into every site whose selection is 'system',
// and nowhere else.
const SITE = (to: string) => `[general]
host =
    https://other.example.org
notify = stdout

[admin]
enabled = true
password = Blog-Pa55word-Blog-Pa55w

[smtp]
to = ${to}
`
const systemSel = (customFrom: string | null = null) => ({ selection: 'system', value: { customFrom } })
const runWith = (systemSmtp: SmtpValue | null = server) => run(fakeEffects({ systemSmtp }).effects)

const sitePath = (name: string) => join(vol.root, 'config', `${name}.cfg`)
const readSite = async (name: string) => parseConfig(await readFile(sitePath(name), 'utf8'))

describe('system SMTP watcher with several sites', () => {
  beforeEach(async () => {
    await writeFile(sitePath('blog'), SITE('blog@example.org'))
    await writeFile(sitePath('shop'), SITE('shop@example.org'))
  })

  it("applies the server's settings to each extra site that follows it, with its own From; the others are left alone", async () => {
    const custom = JSON.parse(await readFixture('community-store.json')).smtp
    await vol.writeStore(storeText({ first: { smtp: custom }, extra: { blog: { smtp: systemSel('Blog <blog@example.org>') }, shop: { smtp: { selection: 'disabled', value: {} } } } }))
    const first = await vol.snapshot(vol.cfgPath)
    const shop = await vol.snapshot(sitePath('shop'))
    await runWith()
    const blog = await readSite('blog')
    assert.equal(blog.get('smtp', 'host'), 'mail.server.example')
    assert.equal(blog.get('smtp', 'security'), 'ssl')
    assert.equal(blog.get('smtp', 'from'), 'Blog <blog@example.org>')
    assert.equal(blog.get('smtp', 'to'), 'blog@example.org')
    assert.match(blog.get('general', 'notify') ?? '', /smtp/)
    assert.deepEqual(await vol.snapshot(vol.cfgPath), first)
    assert.deepEqual(await vol.snapshot(sitePath('shop')), shop)
  })

  it('the first site and an extra site both following: both written, each keeps its recipient', async () => {
    await vol.writeStore(storeText({ first: { smtp: systemSel() }, extra: { blog: { smtp: systemSel() } } }))
    await runWith()
    assert.equal(parseConfig(await vol.readCfg()).get('smtp', 'password'), 'server-pass')
    assert.equal(parseConfig(await vol.readCfg()).get('smtp', 'to'), 'admin@example.com')
    assert.equal((await readSite('blog')).get('smtp', 'password'), 'server-pass')
    assert.equal((await readSite('blog')).get('smtp', 'to'), 'blog@example.org')
    // The server's SMTP removed: mail off on both.
    await runWith(null)
    assert.equal(parseConfig(await vol.readCfg()).get('smtp', 'host'), undefined)
    assert.equal((await readSite('blog')).get('smtp', 'host'), undefined)
    assert.equal((await readSite('blog')).get('smtp', 'to'), 'blog@example.org')
  })

  it("an extra site whose file is missing does not keep the others from following", async () => {
    await vol.writeStore(storeText({ first: { smtp: systemSel() }, extra: { gone: { smtp: systemSel() }, blog: { smtp: systemSel() } } }))
    await runWith()
    assert.equal(parseConfig(await vol.readCfg()).get('smtp', 'host'), 'mail.server.example')
    assert.equal((await readSite('blog')).get('smtp', 'host'), 'mail.server.example')
    await assert.rejects(readFile(sitePath('gone')), { code: 'ENOENT' })
  })

  it('a record that names no valid site (a hand edit) is ignored', async () => {
    await vol.writeStore(JSON.stringify({ firstSite: { smtp: { selection: 'disabled', value: {} } }, extraSites: [{ smtp: systemSel() }, { name: 'Blog', smtp: systemSel() }] }))
    const blog = await vol.snapshot(sitePath('blog'))
    await runWith()
    assert.deepEqual(await vol.snapshot(sitePath('blog')), blog)
  })
})
