import assert from 'node:assert/strict'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { before, beforeEach, describe, it } from 'node:test'
import { configureSmtp } from '../../startos/actions/configureSmtp'
import { tempVolume } from '../helpers/volume'
import { fakeEffects, type SmtpValue } from '../helpers/effects'
import { readWithPython } from '../helpers/python'
import { siteVariants, sitesVolume } from './sites'
import { addSite } from '../../startos/actions/addSite'
import { removeSite } from '../../startos/actions/removeSite'
import { sitesFollowingSystemSmtp, storedSmtp, withoutStoredSmtp, withStoredSmtp } from '../../startos/fileModels/siteSmtp'

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
  const { dir, cfg, store } = tempVolume('isso-smtp-')
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
    assert.equal(saved.smtp.selection, 'custom')
    assert.equal(saved.smtp.value.provider.value.password, 's3cr%t word')

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
    assert.equal(JSON.parse(await readFile(store, 'utf8')).smtp.selection, 'system')
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
    assert.equal(JSON.parse(await readFile(store, 'utf8')).smtp.selection, 'disabled')
  })

  for (const [what, input, pattern] of [
    ['a password Isso would expand', customInput('pa$HOME'), /: Password contains a \$ followed by a name/],
    ['a port out of range', customInput('pw', '70000'), /: Port must be a whole number from 1 to 65535/],
    ['a bad recipient', { ...customInput('pw'), to: 'nobody' }, /: Moderation recipient is not an email address/],
    ['a missing recipient', { ...customInput('pw'), to: null }, /: Moderation recipient is empty/],
  ] as const) {
    it(`bad input (${what}): names the field, both files byte-identical`, async () => {
      await writeFile(store, '{\n  "smtp": {\n    "selection": "disabled",\n    "value": {}\n  }\n}', { flag: 'w' }).catch(async () => {
        await mkdir(join(dir, 'start9'), { recursive: true })
        await writeFile(store, '{\n  "smtp": {\n    "selection": "disabled",\n    "value": {}\n  }\n}')
      })
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

// configure-smtp with several sites: each site's own selection (store.json: the first
// site's in `smtp`, an extra site's in `sitesSmtp`) and recipient, and saving writes only
// the chosen site's [smtp] and selection.
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
  const { dir } = tempVolume('isso-smtp-sites-')
  const vol = sitesVolume(dir)
  let communityStore: { smtp: unknown }

  async function open(blog = BLOG) {
    communityStore = JSON.parse(await anyFixture('runtime/community-store.json'))
    await vol.write({
      first: await anyFixture('actions/smtp-hand-edited.cfg'),
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
      { message: 'Blog blog does not exist any more, so nothing was changed.' },
    )
    assert.deepEqual(await vol.snapshot('blog'), blog)
    assert.equal(await readFile(join(dir, 'start9/store.json'), 'utf8'), storeText)
  })

  it('one site: the form is as before and store.json gains no sitesSmtp', async () => {
    communityStore = JSON.parse(await anyFixture('runtime/community-store.json'))
    await vol.write({ first: await anyFixture('actions/smtp-hand-edited.cfg'), extra: {}, store: communityStore })
    const { effects } = fakeEffects({ systemSmtp: system })
    const form = await configureSmtp.getInput({ effects, prefill: null })
    assert.deepEqual(Object.keys(form.spec), ['smtp', 'to'])
    assert.deepEqual(form.value, { smtp: communityStore.smtp, to: 'me@example.com' })
    await configureSmtp.run({ effects, input: { smtp: custom('smtp.example.com', 'pw'), to: 'me@example.com' } as never })
    assert.deepEqual(Object.keys(await vol.readStore()), ['smtp'])
  })
})

// Add Site gives the new site the first site's e-mail selection (its config is a copy of
// the first site's, [smtp] included); Remove Site drops it, so a store.json back to one
// site is byte for byte what it was.
describe('sitesSmtp follows Add Site and Remove Site', () => {
  const { dir, cfg, store } = tempVolume('isso-sites-smtp-')

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
    const oneSite = JSON.stringify({ smtp: firstSmtp }, null, 2)
    await writeFile(store, oneSite)

    await add('blog')
    assert.deepEqual(await readStore(), { smtp: firstSmtp, sites: ['blog'], sitesSmtp: { blog: firstSmtp } })
    // The copied config carries the same [smtp] the selection describes.
    assert.match(await readFile(join(dir, 'config/blog.cfg'), 'utf8'), /^host = smtp\.example\.com$/m)

    await add('shop')
    assert.deepEqual((await readStore()).sitesSmtp, { blog: firstSmtp, shop: firstSmtp })

    await remove('blog')
    assert.deepEqual(await readStore(), { smtp: firstSmtp, sites: ['shop'], sitesSmtp: { shop: firstSmtp } })
    await remove('shop')
    assert.equal(await readFile(store, 'utf8'), oneSite)
  })
})

describe('per-site selections in store.json (pure)', () => {
  const disabled = { selection: 'disabled' as const, value: {} }
  const sys = { selection: 'system' as const, value: { customFrom: null } }
  const base = { smtp: disabled, sites: ['blog'] }

  it("sets the first site's in smtp and an extra site's in sitesSmtp, never one for a site not listed", () => {
    assert.deepEqual(withStoredSmtp(base, null, sys), { smtp: sys, sites: ['blog'] })
    assert.deepEqual(withStoredSmtp(base, 'blog', sys), { ...base, sitesSmtp: { blog: sys } })
    assert.deepEqual(withStoredSmtp(base, 'gone', sys), base)
    assert.equal(storedSmtp({ ...base, sitesSmtp: { blog: sys } }, 'blog'), sys)
    assert.equal(storedSmtp(base, 'blog'), undefined)
  })

  it('removes an entry, and sitesSmtp with its last one', () => {
    const two = { ...base, sitesSmtp: { blog: sys, shop: disabled } }
    assert.deepEqual(withoutStoredSmtp(two, 'blog'), { ...base, sitesSmtp: { shop: disabled } })
    assert.deepEqual(withoutStoredSmtp(withoutStoredSmtp(two, 'blog'), 'shop'), { ...base, sitesSmtp: undefined })
    assert.equal(withoutStoredSmtp(base, 'blog'), base)
  })

  it('lists the listed sites that follow the server, the first site first', () => {
    const store = { smtp: { selection: 'system' as const, value: { customFrom: 'A <a@example.org>' } }, sites: ['blog', 'shop'], sitesSmtp: { shop: sys, blog: disabled, gone: sys } }
    assert.deepEqual(sitesFollowingSystemSmtp(store), [{ site: null, customFrom: 'A <a@example.org>' }, { site: 'shop', customFrom: null }])
    assert.deepEqual(sitesFollowingSystemSmtp(null), [])
  })
})
