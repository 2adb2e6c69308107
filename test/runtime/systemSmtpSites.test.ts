// With several sites, the server's SMTP goes into every site whose selection is 'system',
// and nowhere else.
import assert from 'node:assert/strict'
import { mkdir, writeFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { watchSystemSmtp } from '../../startos/init/watchSystemSmtp'
import { parseConfig } from '../../startos/isso/configparser'
import { fakeEffects, type SmtpValue } from '../helpers/effects'
import { newVolume, readFixture, type Volume } from './volume'

const server: SmtpValue = {
  host: 'mail.server.example',
  port: 465,
  from: 'StartOS <server@example.com>',
  username: 'server@example.com',
  password: 'server-pass',
  security: 'tls',
}
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
const run = (systemSmtp: SmtpValue | null = server) => watchSystemSmtp.init(fakeEffects({ systemSmtp }).effects, null, undefined as never)

let vol: Volume
const sitePath = (name: string) => join(vol.root, 'config', `${name}.cfg`)
const readSite = async (name: string) => parseConfig(await readFile(sitePath(name), 'utf8'))
beforeEach(async () => {
  vol = await newVolume()
  await vol.writeCfg(await readFixture('community-0.14.0-4.cfg'))
  await mkdir(join(vol.root, 'config'), { recursive: true })
  await writeFile(sitePath('blog'), SITE('blog@example.org'))
  await writeFile(sitePath('shop'), SITE('shop@example.org'))
})
afterEach(() => vol.remove())

describe('system SMTP watcher with several sites', () => {
  it("applies the server's settings to each extra site that follows it, with its own From; the others are left alone", async () => {
    const custom = JSON.parse(await readFixture('community-store.json')).smtp
    await vol.writeStore(JSON.stringify({ smtp: custom, sites: ['blog', 'shop'], sitesSmtp: { blog: systemSel('Blog <blog@example.org>'), shop: { selection: 'disabled', value: {} } } }))
    const first = await vol.snapshot(vol.cfgPath)
    const shop = await vol.snapshot(sitePath('shop'))
    await run()
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
    await vol.writeStore(JSON.stringify({ smtp: systemSel(), sites: ['blog'], sitesSmtp: { blog: systemSel() } }))
    await run()
    assert.equal(parseConfig(await vol.readCfg()).get('smtp', 'password'), 'server-pass')
    assert.equal(parseConfig(await vol.readCfg()).get('smtp', 'to'), 'admin@example.com')
    assert.equal((await readSite('blog')).get('smtp', 'password'), 'server-pass')
    assert.equal((await readSite('blog')).get('smtp', 'to'), 'blog@example.org')
    // The server's SMTP removed: mail off on both.
    await run(null)
    assert.equal(parseConfig(await vol.readCfg()).get('smtp', 'host'), undefined)
    assert.equal((await readSite('blog')).get('smtp', 'host'), undefined)
    assert.equal((await readSite('blog')).get('smtp', 'to'), 'blog@example.org')
  })

  it("an extra site whose file is missing does not keep the others from following", async () => {
    await vol.writeStore(JSON.stringify({ smtp: systemSel(), sites: ['gone', 'blog'], sitesSmtp: { gone: systemSel(), blog: systemSel() } }))
    await run()
    assert.equal(parseConfig(await vol.readCfg()).get('smtp', 'host'), 'mail.server.example')
    assert.equal((await readSite('blog')).get('smtp', 'host'), 'mail.server.example')
    await assert.rejects(readFile(sitePath('gone')), { code: 'ENOENT' })
  })

  it('a selection left for a site that is no longer listed is ignored', async () => {
    await vol.writeStore(JSON.stringify({ smtp: { selection: 'disabled', value: {} }, sitesSmtp: { blog: systemSel() } }))
    const blog = await vol.snapshot(sitePath('blog'))
    await run()
    assert.deepEqual(await vol.snapshot(sitePath('blog')), blog)
  })
})
