import assert from 'node:assert/strict'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, it } from 'node:test'
import { configureSmtpAction } from '../../startos/actions/configureSmtp'
import { tempVolume } from '../helpers/volume'
import { fakeEffects, type SmtpValue } from '../helpers/effects'
import { readWithPython } from '../helpers/python'
import { siteVariants, sitesVolume } from './sites'
import { addSiteAction } from '../../startos/actions/addSite'
import { removeSiteAction } from '../../startos/actions/removeSite'
import { storeOf, storeText } from '../helpers/store'

const fixture = (name: string) => readFile(join(__dirname, '../fixtures/actions', name), 'utf8')

const customInput = (password: string, port = '465') => ({
  smtp: {
    selection: 'custom',
    value: {
      provider: {
        selection: 'other',
        value: {
          host: 'smtp.example.com',
          from: 'blog@example.com',
          username: 'blog',
          password,
          security: { selection: 'tls', value: { port } },
        },
      },
    },
  },
  to: 'admin@example.com',
})

const system: SmtpValue = { host: 'smtp.os.example', port: 587, from: 'StartOS <os@example.com>', username: 'os', password: 'ospw', security: 'starttls' }

describe('configure-smtp through the SDK', () => {
  const { dir, cfg, store, volume } = tempVolume('isso-smtp-')
  const configureSmtp = configureSmtpAction(volume)
  beforeEach(async () => {
    await rm(join(dir, 'start9'), { recursive: true, force: true })
    await mkdir(join(dir, 'config'), { recursive: true })
    await writeFile(cfg, await fixture('smtp-hand-edited.cfg'))
  })

  async function form(systemSmtp: SmtpValue | null = null) {
    const fake = fakeEffects({ systemSmtp })
    const input = await configureSmtp.getInput({ effects: fake.effects, prefill: null })
    return { effects: fake.effects, input }
  }

  it('prefills disabled and the current recipient, then writes custom SMTP python reads back', async () => {
    const { effects, input } = await form()
    assert.deepEqual(input.value, { smtp: undefined, to: 'me@example.com' })
    const result = await configureSmtp.run({ effects, input: customInput('s3cr%t word') as never })
    assert.ok(result && 'title' in result && result.message?.includes('smtp.example.com:465'))
    const [py] = await readWithPython([await readFile(cfg, 'utf8')])
    assert.ok(py.ok)
    assert.deepEqual(py.sections.smtp, {
      host: 'smtp.example.com', port: '465', security: 'ssl', username: 'blog', password: 's3cr%t word',
      to: 'admin@example.com', timeout: '30', from: 'Isso <blog@example.com>',
    })
    assert.equal(py.sections.general.notify, 'smtp')
    assert.equal(py.sections.rss.limit, '50')
    const saved = JSON.parse(await readFile(store, 'utf8'))
    assert.equal(saved.firstSite.smtp.selection, 'custom')
    assert.equal(saved.firstSite.smtp.value.provider.value.password, 's3cr%t word')

    // The next form shows the stored choice.
    const again = await form()
    assert.equal((again.input.value as { smtp: { selection: string } }).smtp.selection, 'custom')
  })

  it('system: resolves the server SMTP, customFrom wins', async () => {
    const { effects } = await form(system)
    await configureSmtp.run({ effects, input: { smtp: { selection: 'system', value: { customFrom: 'Blog <blog@example.com>' } }, to: 'admin@example.com' } as never })
    const [py] = await readWithPython([await readFile(cfg, 'utf8')])
    assert.ok(py.ok)
    assert.equal(py.sections.smtp.host, 'smtp.os.example')
    assert.equal(py.sections.smtp.security, 'starttls')
    assert.equal(py.sections.smtp.password, 'ospw')
    assert.equal(py.sections.smtp.from, 'Blog <blog@example.com>')
    assert.equal(JSON.parse(await readFile(store, 'utf8')).firstSite.smtp.selection, 'system')
  })

  it('system without server SMTP: clear message, nothing written', async () => {
    const before = await readFile(cfg, 'utf8')
    const { effects } = await form(null)
    await assert.rejects(
      configureSmtp.run({ effects, input: { smtp: { selection: 'system', value: { customFrom: null } }, to: 'admin@example.com' } as never }),
      /no email \(SMTP\) settings/,
    )
    assert.equal(await readFile(cfg, 'utf8'), before)
    await assert.rejects(readFile(store, 'utf8'), { code: 'ENOENT' })
  })

  it('disabled: notify=stdout and the password is gone', async () => {
    // The fixture asks for reply notifications, which need mail (refused: replyNotifications.test.ts).
    await writeFile(cfg, (await readFile(cfg, 'utf8')).replace('reply-notifications = true', 'reply-notifications = false'))
    const { effects } = await form()
    await configureSmtp.run({ effects, input: customInput('pw') as never })
    await configureSmtp.run({ effects, input: { smtp: { selection: 'disabled', value: {} }, to: null } as never })
    const [py] = await readWithPython([await readFile(cfg, 'utf8')])
    assert.ok(py.ok)
    assert.equal(py.sections.general.notify, 'stdout')
    assert.equal(py.sections.smtp.password, undefined)
    assert.equal(JSON.parse(await readFile(store, 'utf8')).firstSite.smtp.selection, 'disabled')
  })

  for (const [what, input, pattern] of [
    ['a password Isso would expand', customInput('pa$HOME'), /: Password contains a \$ followed by a name/],
    ['a port out of range', customInput('pw', '70000'), /: Port must be a whole number from 1 to 65535/],
    ['a bad recipient', { ...customInput('pw'), to: 'nobody' }, /: Moderation recipient is not an email address/],
    ['a missing recipient', { ...customInput('pw'), to: null }, /: Moderation recipient is empty/],
  ] as const) {
    it(`bad input (${what}): names the field, both files byte-identical`, async () => {
      await mkdir(join(dir, 'start9'), { recursive: true })
      await writeFile(store, storeText())
      const cfgBefore = await readFile(cfg, 'utf8')
      const storeBefore = await readFile(store, 'utf8')
      const { effects } = await form()
      await assert.rejects(configureSmtp.run({ effects, input: input as never }), pattern)
      assert.equal(await readFile(cfg, 'utf8'), cfgBefore)
      assert.equal(await readFile(store, 'utf8'), storeBefore)
    })
  }

  it('malformed isso.cfg: fails with the line number, nothing written', async () => {
    const text = await fixture('smtp-malformed.cfg')
    await writeFile(cfg, text)
    // Like every action: the form already says what is wrong (it used to open empty).
    const { effects } = fakeEffects()
    await assert.rejects(configureSmtp.getInput({ effects, prefill: null }), /isso\.cfg line 9\b/)
    await assert.rejects(configureSmtp.run({ effects, input: customInput('pw') as never }), /line 9\b/)
    assert.equal(await readFile(cfg, 'utf8'), text)
    await assert.rejects(readFile(store, 'utf8'), { code: 'ENOENT' })
  })
})

// configure-smtp with several sites: each site's own selection (its store.json record)
// and recipient, and saving writes only the chosen site's [smtp] and selection.
const anyFixture = (name: string) => readFile(join(__dirname, '../fixtures', name), 'utf8')

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
  const { dir, volume } = tempVolume('isso-smtp-sites-')
  const configureSmtp = configureSmtpAction(volume)
  const vol = sitesVolume(dir)
  let communityStore: { smtp: unknown }

  async function open(blog = BLOG) {
    communityStore = JSON.parse(await anyFixture('runtime/community-store.json'))
    await vol.write({
      first: await anyFixture('actions/smtp-hand-edited.cfg'),
      extra: { blog },
      store: { first: { smtp: communityStore.smtp }, extra: { blog: { smtp: blogSystem } } },
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
    assert.deepEqual(await vol.readStore(), storeOf({ first: { smtp: communityStore.smtp }, extra: { blog: { smtp: custom('smtp.blog.example', 'b%g pw') } } }), "the first site's selection is untouched")
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
    assert.deepEqual(await vol.readStore(), storeOf({ first: { smtp: { selection: 'system', value: { customFrom: null } } }, extra: { blog: { smtp: blogSystem } } }))
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
    assert.deepEqual(await vol.readStore(), storeOf({ first: { smtp: communityStore.smtp }, extra: { blog: { smtp: { selection: 'disabled', value: {} } } } }))
  })

  it('a site removed while the form was open is refused, nothing written', async () => {
    const { effects } = await open()
    const blog = await vol.snapshot('blog')
    await vol.writeStore({ first: { smtp: communityStore.smtp } })
    const storeText = await readFile(join(dir, 'start9/store.json'), 'utf8')
    await assert.rejects(
      configureSmtp.run({ effects, input: { site: { selection: 'blog', value: { smtp: custom('x.example', 'pw'), to: 'a@example.org' } } } as never }),
      { message: 'Blog blog does not exist any more, so nothing was changed.' },
    )
    assert.deepEqual(await vol.snapshot('blog'), blog)
    assert.equal(await readFile(join(dir, 'start9/store.json'), 'utf8'), storeText)
  })

  it('one site: the form is as before and store.json gains no record of another site', async () => {
    communityStore = JSON.parse(await anyFixture('runtime/community-store.json'))
    await vol.write({ first: await anyFixture('actions/smtp-hand-edited.cfg'), extra: {}, store: { first: { smtp: communityStore.smtp } } })
    const { effects } = fakeEffects({ systemSmtp: system })
    const form = await configureSmtp.getInput({ effects, prefill: null })
    assert.deepEqual(Object.keys(form.spec), ['smtp', 'to'])
    assert.deepEqual(form.value, { smtp: communityStore.smtp, to: 'me@example.com' })
    await configureSmtp.run({ effects, input: { smtp: custom('smtp.example.com', 'pw'), to: 'me@example.com' } as never })
    assert.deepEqual(await vol.readStore(), storeOf({ first: { smtp: custom('smtp.example.com', 'pw') } }))
  })
})

// Add Site gives the new site the first site's e-mail selection (its config is a copy of
// the first site's, [smtp] included); Remove Site drops its record, so a store.json back
// to one site is byte for byte what it was.
describe("a site's e-mail selection follows Add Site and Remove Site", () => {
  const { dir, cfg, store, volume } = tempVolume('isso-sites-smtp-')
  const addSite = addSiteAction(volume)
  const removeSite = removeSiteAction(volume)

  const add = async (name: string) => {
    const { effects } = fakeEffects()
    await addSite.getInput({ effects, prefill: null })
    await addSite.run({ effects, input: { name, websites: [`https://${name}.example.org`] } })
  }
  const remove = async (site: string) => {
    const { effects } = fakeEffects()
    await removeSite.getInput({ effects, prefill: null })
    await removeSite.run({ effects, input: { site, deleteComments: false } })
  }
  const readStore = async () => JSON.parse(await readFile(store, 'utf8'))

  it("a new site starts from the first site's selection; removing the sites restores store.json exactly", async () => {
    await writeFile(cfg, await anyFixture('runtime/community-0.14.0-4.cfg'))
    await mkdir(join(dir, 'start9'), { recursive: true })
    const firstSmtp = JSON.parse(await anyFixture('runtime/community-store.json')).smtp
    // As the package writes it (editStore: JSON.stringify with 2 spaces).
    const oneSite = storeText({ first: { smtp: firstSmtp } })
    await writeFile(store, oneSite)

    await add('blog')
    assert.deepEqual(await readStore(), storeOf({ first: { smtp: firstSmtp }, extra: { blog: { smtp: firstSmtp } } }))
    // The copied config carries the same [smtp] the selection describes.
    assert.match(await readFile(join(dir, 'config/blog.cfg'), 'utf8'), /^host = smtp\.example\.com$/m)

    await add('shop')
    assert.deepEqual(await readStore(), storeOf({ first: { smtp: firstSmtp }, extra: { blog: { smtp: firstSmtp }, shop: { smtp: firstSmtp } } }))

    await remove('blog')
    assert.deepEqual(await readStore(), storeOf({ first: { smtp: firstSmtp }, extra: { shop: { smtp: firstSmtp } } }))
    await remove('shop')
    assert.equal(await readFile(store, 'utf8'), oneSite)
  })
})
