// configure-smtp with several sites: each site's own selection (store.json: the first
// site's in `smtp`, an extra site's in `sitesSmtp`) and recipient, and saving writes only
// the chosen site's [smtp] and selection.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { configureSmtp } from '../../startos/actions/configureSmtp'
import { fakeEffects, type SmtpValue } from '../helpers/effects'
import { readWithPython } from '../helpers/python'
import { tempVolume } from '../helpers/volume'
import { siteVariants, sitesVolume } from './sites'

const fixture = (name: string) => readFile(join(__dirname, '../fixtures', name), 'utf8')

const BLOG = `[general]
dbpath = /db/blog/comments.db
host =
    https://other.example.org
notify = stdout
reply-notifications = false

[admin]
enabled = true
password = Blog-Pa55word-Blog-Pa55w

[smtp]
to = blog-owner@example.org
`
const system: SmtpValue = { host: 'smtp.os.example', port: 587, from: 'StartOS <os@example.com>', username: 'os', password: 'ospw', security: 'starttls' }
const blogSystem = { selection: 'system', value: { customFrom: 'Blog <blog@example.org>' } }
const custom = (host: string, password: string) => ({
  selection: 'custom',
  value: {
    provider: {
      selection: 'other',
      value: { host, from: 'Blog <blog@example.org>', username: 'blog', password, security: { selection: 'tls', value: { port: '465' } } },
    },
  },
})

describe('configure-smtp with several sites', () => {
  const { dir } = tempVolume('isso-smtp-sites-')
  const vol = sitesVolume(dir)
  let communityStore: { smtp: unknown }

  async function open(blog = BLOG) {
    communityStore = JSON.parse(await fixture('runtime/community-store.json'))
    await vol.write({
      first: await fixture('actions/smtp-hand-edited.cfg'),
      extra: { blog },
      store: { ...communityStore, sitesSmtp: { blog: blogSystem } },
    })
    const { effects } = fakeEffects({ systemSmtp: system })
    const form = await configureSmtp.getInput({ effects, prefill: null })
    return { effects, form }
  }

  it("each variant shows that site's own selection and recipient", async () => {
    const { form } = await open()
    assert.equal(form.value, null)
    const { default: dflt, variants } = siteVariants(form)
    assert.equal(dflt, '_first')
    assert.deepEqual(variants._first.values, { smtp: communityStore.smtp, to: 'me@example.com' })
    assert.deepEqual(variants.blog.values, { smtp: blogSystem, to: 'blog-owner@example.org' })
  })

  it("saving the extra site: its [smtp] and its selection only", async () => {
    const { effects } = await open()
    const first = await vol.snapshot(null)
    await configureSmtp.run({
      effects,
      input: { site: { selection: 'blog', value: { smtp: custom('smtp.blog.example', 'b%g pw'), to: 'new-owner@example.org' } } } as never,
    })
    assert.deepEqual(await vol.snapshot(null), first)
    const [py] = await readWithPython([await vol.readCfg('blog')])
    assert.ok(py.ok)
    assert.deepEqual(py.sections.smtp, {
      to: 'new-owner@example.org', host: 'smtp.blog.example', port: '465', security: 'ssl', username: 'blog', password: 'b%g pw',
      from: 'Blog <blog@example.org>',
    })
    assert.equal(py.sections.general.notify, 'smtp')
    const store = await vol.readStore()
    assert.deepEqual(store.smtp, communityStore.smtp, "the first site's selection is untouched")
    assert.deepEqual(store.sitesSmtp, { blog: custom('smtp.blog.example', 'b%g pw') })
    assert.deepEqual(store.sites, ['blog'])
  })

  it("saving the first site: isso.cfg and `smtp` only", async () => {
    const { effects } = await open()
    const blog = await vol.snapshot('blog')
    await configureSmtp.run({
      effects,
      input: { site: { selection: '_first', value: { smtp: { selection: 'system', value: { customFrom: null } }, to: 'me@example.com' } } } as never,
    })
    assert.deepEqual(await vol.snapshot('blog'), blog)
    const [py] = await readWithPython([await vol.readCfg(null)])
    assert.ok(py.ok)
    assert.equal(py.sections.smtp.host, 'smtp.os.example')
    const store = await vol.readStore()
    assert.deepEqual(store.smtp, { selection: 'system', value: { customFrom: null } })
    assert.deepEqual(store.sitesSmtp, { blog: blogSystem })
  })

  it('mail off is refused per site: only where that site offers reply notifications', async () => {
    const { effects } = await open()
    const first = await vol.snapshot(null)
    const storeBefore = await vol.readStore()
    const off = (selection: string) => ({ site: { selection, value: { smtp: { selection: 'disabled', value: {} }, to: null } } }) as never
    // The first site asks for reply notifications (smtp-hand-edited.cfg): refused.
    await assert.rejects(configureSmtp.run({ effects, input: off('_first') }), /Reply notifications are on/)
    assert.deepEqual(await vol.snapshot(null), first)
    assert.deepEqual(await vol.readStore(), storeBefore)
    // blog does not: mail goes off there alone.
    const result = await configureSmtp.run({ effects, input: off('blog') })
    assert.ok(result && 'message' in result)
    assert.match(result.message ?? '', /removed from blog\.cfg\.$/)
    assert.deepEqual(await vol.snapshot(null), first)
    assert.deepEqual((await vol.readStore()).sitesSmtp, { blog: { selection: 'disabled', value: {} } })
  })

  it('a site removed while the form was open is refused, nothing written', async () => {
    const { effects } = await open()
    const blog = await vol.snapshot('blog')
    await vol.writeStore({ smtp: communityStore.smtp })
    const storeText = await readFile(join(dir, 'start9/store.json'), 'utf8')
    await assert.rejects(
      configureSmtp.run({ effects, input: { site: { selection: 'blog', value: { smtp: custom('x.example', 'pw'), to: 'a@example.org' } } } as never }),
      { message: 'Site blog does not exist any more, so nothing was changed.' },
    )
    assert.deepEqual(await vol.snapshot('blog'), blog)
    assert.equal(await readFile(join(dir, 'start9/store.json'), 'utf8'), storeText)
  })

  it('one site: the form is as before and store.json gains no sitesSmtp', async () => {
    communityStore = JSON.parse(await fixture('runtime/community-store.json'))
    await vol.write({ first: await fixture('actions/smtp-hand-edited.cfg'), extra: {}, store: communityStore })
    const { effects } = fakeEffects({ systemSmtp: system })
    const form = await configureSmtp.getInput({ effects, prefill: null })
    assert.deepEqual(Object.keys(form.spec), ['smtp', 'to'])
    assert.deepEqual(form.value, { smtp: communityStore.smtp, to: 'me@example.com' })
    await configureSmtp.run({ effects, input: { smtp: custom('smtp.example.com', 'pw'), to: 'me@example.com' } as never })
    assert.deepEqual(Object.keys(await vol.readStore()), ['smtp'])
  })
})
