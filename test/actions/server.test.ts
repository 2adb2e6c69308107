import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { configureServerAction, serverSpec, type ServerFields } from '../../startos/actions/configureServer'
import { applyServerSettings, fromSeconds, readServerInput, ServerInputError, type ServerInput } from '../../startos/isso/server'
import { seedConfig } from '../../startos/isso/config'
import { parseConfig } from '../../startos/isso/configparser'
import { tempVolume } from '../helpers/volume'
import { fakeEffects } from '../helpers/effects'
import { readWithPython } from '../helpers/python'
import { lineDiff } from '../helpers/lineDiff'
import { defaultsOf, siteVariants, sitesVolume } from './sites'

const fixture = (name: string) => readFile(join(__dirname, '../fixtures/actions', name), 'utf8')
const clone = (input: ServerInput): ServerInput => structuredClone(input)
// The form's value: the isso.cfg settings plus the StartOS notifications choice (store.json).
type ServerFormInput = ServerFields

describe('the Server form built from values', () => {
  const defaults = async (spec: ReturnType<typeof serverSpec>) => defaultsOf((await spec.build({ effects: {} as never, prefill: null })).spec)

  it("with none, Isso 0.14.0's own defaults (isso/isso.cfg) and automatic notifications", async () => {
    assert.deepEqual(await defaults(serverSpec()), {
      comments: { editWindow: { amount: 15, unit: 'minutes' }, gravatar: false, latestEnabled: false, replyNotifications: false },
      moderation: { enabled: false, approveIfEmailPreviouslyApproved: false, purgeAfter: { amount: 30, unit: 'days' } },
      guard: { enabled: true, ratelimit: 2, directReply: 3, replyToSelf: false, requireAuthor: false, requireEmail: false },
      notifications: 'auto',
    })
  })

  it("with a site's values, each field's default is that value", async () => {
    const values = { ...readServerInput(parseConfig(await fixture('server-hand-edited.cfg'))), notifications: 'waiting' as const }
    assert.deepEqual(await defaults(serverSpec(values)), values)
  })
})

describe('readServerInput (prefill)', () => {
  it('reads hand-written spellings as Isso does', async () => {
    const input = readServerInput(parseConfig(await fixture('server-hand-edited.cfg')))
    assert.deepEqual(input, {
      comments: { editWindow: { amount: 90, unit: 'minutes' }, gravatar: true, latestEnabled: false, replyNotifications: true },
      moderation: { enabled: true, approveIfEmailPreviouslyApproved: false, purgeAfter: { amount: 2, unit: 'weeks' } },
      guard: { enabled: false, ratelimit: 60, directReply: 3, replyToSelf: false, requireAuthor: false, requireEmail: true },
    })
  })

  it("falls back to Isso's default for values Isso would refuse", async () => {
    const input = readServerInput(parseConfig(await fixture('server-invalid-values.cfg')))
    assert.deepEqual(input.comments.editWindow, { amount: 15, unit: 'minutes' }) // 1y
    assert.equal(input.comments.gravatar, false) // maybe
    assert.equal(input.guard.ratelimit, 2) // $RATE
    assert.equal(input.guard.directReply, 7)
  })

  it('states durations in the largest exact unit', () => {
    assert.deepEqual(fromSeconds(900), { amount: 15, unit: 'minutes' })
    assert.deepEqual(fromSeconds(7200), { amount: 2, unit: 'hours' })
    assert.deepEqual(fromSeconds(30 * 86400), { amount: 30, unit: 'days' })
    assert.deepEqual(fromSeconds(14 * 86400), { amount: 2, unit: 'weeks' })
    assert.deepEqual(fromSeconds(90), { amount: 2, unit: 'minutes' })
  })
})

describe('applyServerSettings (pure)', () => {
  // Absent owned keys are written out: the user's choice is pinned even if a later Isso
  // changes its packaged default. Equivalent spellings (yes, On, 1m) are left as typed.
  const MISSING_OWNED = [
    'latest-enabled = false',
    'approve-if-email-previously-approved = false',
    'direct-reply = 3',
    'reply-to-self = false',
    'require-author = false',
  ]

  it('with the prefilled input: removes nothing, only adds the absent owned keys', async () => {
    const text = await fixture('server-hand-edited.cfg')
    const doc = parseConfig(text)
    applyServerSettings(doc, readServerInput(doc))
    const diff = lineDiff(text, doc.toString())
    assert.deepEqual(diff.removed, [])
    assert.deepEqual(diff.added.sort(), [...MISSING_OWNED].sort())
    const again = doc.toString()
    applyServerSettings(doc, readServerInput(doc))
    assert.equal(doc.toString(), again)
  })

  it('changes only the owned lines it must, keeping comments and other sections', async () => {
    const text = await fixture('server-hand-edited.cfg')
    const doc = parseConfig(text)
    const input = clone(readServerInput(doc))
    input.comments.editWindow = { amount: 2, unit: 'hours' }
    input.comments.gravatar = false
    input.moderation.purgeAfter = { amount: 10, unit: 'days' }
    input.guard.enabled = true
    input.guard.directReply = 50
    applyServerSettings(doc, input)
    const diff = lineDiff(text, doc.toString())
    assert.deepEqual(diff.removed.sort(), ['Max-Age = 1h30m', 'enabled = off', 'gravatar = On', 'purge-after = 2w'].sort())
    assert.deepEqual(
      diff.added.sort(),
      ['Max-Age = 2h', 'enabled = true', 'gravatar = false', 'purge-after = 10d',
        ...MISSING_OWNED.map(l => (l.startsWith('direct-reply') ? 'direct-reply = 50' : l))].sort(),
    )
    const [py] = await readWithPython([doc.toString()])
    assert.ok(py.ok)
    assert.equal(py.sections.general['max-age'], '2h')
    assert.equal(py.sections.general['reply-notifications'], 'yes')
    assert.equal(py.sections.moderation['purge-after'], '10d')
    assert.equal(py.sections.guard['direct-reply'], '50')
    assert.equal(py.sections.guard.enabled, 'true')
    assert.equal(py.sections.guard.ratelimit, '1m')
    assert.equal(py.sections.markup.renderer, 'mistune')
    assert.equal(py.sections.admin.password, 'pa%ss word # not a comment')
  })

  it('refuses out-of-range values before touching the document', () => {
    const doc = seedConfig('testsalt')
    const text = doc.toString()
    const base = readServerInput(doc)
    const bad: [(i: ServerInput) => void, string][] = [
      [i => (i.comments.editWindow = { amount: 31, unit: 'days' }), 'editWindow'],
      [i => (i.comments.editWindow = { amount: 0, unit: 'minutes' }), 'editWindow'],
      [i => (i.comments.editWindow = { amount: 1.5, unit: 'hours' }), 'editWindow'],
      [i => (i.moderation.purgeAfter = { amount: 59, unit: 'minutes' }), 'purgeAfter'],
      [i => (i.moderation.purgeAfter = { amount: 53, unit: 'weeks' }), 'purgeAfter'],
      [i => (i.guard.ratelimit = 101), 'ratelimit'],
      [i => (i.guard.ratelimit = 0), 'ratelimit'],
      [i => (i.guard.directReply = 1001), 'directReply'],
      [i => (i.guard.directReply = 2.5), 'directReply'],
    ]
    for (const [mutate, field] of bad) {
      const input = clone(base)
      mutate(input)
      assert.throws(() => applyServerSettings(doc, input), (e: unknown) => e instanceof ServerInputError && e.field === field)
      assert.equal(doc.toString(), text)
    }
  })
})

describe('configure-server through the SDK', () => {
  const { cfg, volume } = tempVolume('isso-server-')
  const configureServer = configureServerAction(volume)

  it('prefills, writes, and python reads what the user chose', async () => {
    await writeFile(cfg, await fixture('server-invalid-values.cfg'))
    const { effects } = fakeEffects()
    const form = await configureServer.getInput({ effects, prefill: null })
    const input = structuredClone(form.value as unknown as ServerFormInput)
    assert.deepEqual(input.comments.editWindow, { amount: 15, unit: 'minutes' })
    input.moderation.enabled = true
    input.moderation.purgeAfter = { amount: 3, unit: 'weeks' }
    input.guard.ratelimit = 5
    await configureServer.run({ effects, input })
    const [py] = await readWithPython([await readFile(cfg, 'utf8')])
    assert.ok(py.ok)
    // the invalid hand-edited values are overwritten with valid ones
    assert.equal(py.sections.general['max-age'], '15m')
    assert.equal(py.sections.general.gravatar, 'false')
    assert.equal(py.sections.guard.ratelimit, '5')
    assert.equal(py.sections.moderation.enabled, 'true')
    assert.equal(py.sections.moderation['purge-after'], '3w')
    assert.equal(py.sections.admin.password, 'Zq8mY2rT5vW9xK3nP6bL4hJ7')
  })

  it('bad input: throws naming the field, file byte-identical', async () => {
    const text = await fixture('server-hand-edited.cfg')
    await writeFile(cfg, text)
    const { effects } = fakeEffects()
    const form = await configureServer.getInput({ effects, prefill: null })
    const input = structuredClone(form.value as unknown as ServerFormInput)
    input.guard.ratelimit = 1000
    await assert.rejects(configureServer.run({ effects, input }), {
      message: 'Comments per minute: enter a whole number from 1 to 100.',
    })
    input.guard.ratelimit = 2
    input.comments.editWindow = { amount: 5, unit: 'weeks' }
    await assert.rejects(configureServer.run({ effects, input }), /^Error: Edit window: .*30 days/)
    assert.equal(await readFile(cfg, 'utf8'), text)
  })

  it('malformed file: fails with the line number, nothing written', async () => {
    const text = await fixture('admin-malformed.cfg')
    await writeFile(cfg, text)
    const { effects } = fakeEffects()
    await assert.rejects(configureServer.getInput({ effects, prefill: null }), /isso\.cfg line 9/)
    assert.equal(await readFile(cfg, 'utf8'), text)
  })
})

// configure-server with several sites: each site's own values in its variant, saving
// writes only the chosen site's file.

// An extra site with settings of its own: nothing in common with the first site's fixture.
const BLOG = `[general]
dbpath = /db/blog/comments.db
host =
    https://other.example.org
max-age = 2h
notify = stdout
reply-notifications = false

[admin]
enabled = true
password = Blog-Pa55word-Blog-Pa55w

[moderation]
enabled = false

[guard]
ratelimit = 7
`

// server-hand-edited.cfg as the form reads it (server.test.ts checks the same reading).
const FIRST_VALUES: ServerInput = {
  comments: { editWindow: { amount: 90, unit: 'minutes' }, gravatar: true, latestEnabled: false, replyNotifications: true },
  moderation: { enabled: true, approveIfEmailPreviouslyApproved: false, purgeAfter: { amount: 2, unit: 'weeks' } },
  guard: { enabled: false, ratelimit: 60, directReply: 3, replyToSelf: false, requireAuthor: false, requireEmail: true },
}
// BLOG, with Isso's defaults for what it does not set.
const BLOG_VALUES: ServerInput = {
  comments: { editWindow: { amount: 2, unit: 'hours' }, gravatar: false, latestEnabled: false, replyNotifications: false },
  moderation: { enabled: false, approveIfEmailPreviouslyApproved: false, purgeAfter: { amount: 30, unit: 'days' } },
  guard: { enabled: true, ratelimit: 7, directReply: 3, replyToSelf: false, requireAuthor: false, requireEmail: false },
}

describe('configure-server with several sites', () => {
  const { dir, volume } = tempVolume('isso-server-sites-')
  const configureServer = configureServerAction(volume)
  const vol = sitesVolume(dir)

  async function open() {
    await vol.write({ first: await fixture('server-hand-edited.cfg'), extra: { blog: BLOG } })
    const { effects } = fakeEffects()
    const form = await configureServer.getInput({ effects, prefill: null })
    return { effects, form }
  }

  it("offers one Site choice, the first site by default, each variant holding that site's values", async () => {
    const { form } = await open()
    assert.equal(form.value, null, 'the variants carry the values, not the prefill')
    const { default: dflt, variants } = siteVariants(form)
    assert.equal(dflt, '_first')
    assert.deepEqual(Object.keys(variants), ['_first', 'blog'])
    assert.equal(variants._first.name, 'First blog (at /)')
    assert.equal(variants.blog.name, 'blog (at /blog/)')
    // The StartOS-notifications choice (store.json) rides along with each site's settings.
    assert.deepEqual(variants._first.values, { ...FIRST_VALUES, notifications: 'auto' })
    assert.deepEqual(variants.blog.values, { ...BLOG_VALUES, notifications: 'auto' })
  })

  it("saving the extra site changes only its file; Python reads the new values", async () => {
    const { effects } = await open()
    const first = await vol.snapshot(null)
    const value = structuredClone({ ...BLOG_VALUES, notifications: 'auto' })
    value.moderation.enabled = true
    value.guard.ratelimit = 12
    await configureServer.run({ effects, input: { site: { selection: 'blog', value } } as never })
    assert.deepEqual(await vol.snapshot(null), first)
    const [py] = await readWithPython([await vol.readCfg('blog')])
    assert.ok(py.ok)
    assert.equal(py.sections.moderation.enabled, 'true')
    assert.equal(py.sections.guard.ratelimit, '12')
    assert.equal(py.sections.general['max-age'], '2h')
    assert.equal(py.sections.general.dbpath, '/db/blog/comments.db')
    assert.equal(py.sections.admin.password, 'Blog-Pa55word-Blog-Pa55w')
  })

  it("saving the first site changes only isso.cfg", async () => {
    const { effects } = await open()
    const blog = await vol.snapshot('blog')
    const value = structuredClone({ ...FIRST_VALUES, notifications: 'auto' })
    value.comments.gravatar = false
    await configureServer.run({ effects, input: { site: { selection: '_first', value } } as never })
    assert.deepEqual(await vol.snapshot('blog'), blog)
    const [py] = await readWithPython([await vol.readCfg(null)])
    assert.ok(py.ok)
    assert.equal(py.sections.general.gravatar, 'false')
    assert.equal(py.sections.general['max-age'], '1h30m')
  })

  it('reply notifications need mail on the chosen site: refused for a site whose mail is off', async () => {
    const { effects } = await open()
    const first = await vol.snapshot(null)
    const blog = await vol.snapshot('blog')
    // The first site has mail (notify = stdout, smtp) and reply notifications; blog has neither.
    const value = structuredClone({ ...BLOG_VALUES, notifications: 'auto' })
    value.comments.replyNotifications = true
    await assert.rejects(configureServer.run({ effects, input: { site: { selection: 'blog', value } } as never }), /Reply notifications need e-mail/)
    assert.deepEqual(await vol.snapshot('blog'), blog)
    assert.deepEqual(await vol.snapshot(null), first)
  })

  it('a site removed while the form was open is refused, nothing written', async () => {
    const { effects } = await open()
    const first = await vol.snapshot(null)
    const blog = await vol.snapshot('blog')
    // As Remove Site does first: the site is no longer listed (its file is moved after).
    await vol.writeStore({})
    await assert.rejects(
      configureServer.run({ effects, input: { site: { selection: 'blog', value: { ...BLOG_VALUES, notifications: 'auto' } } } as never }),
      { message: 'Blog blog does not exist any more, so nothing was changed.' },
    )
    assert.deepEqual(await vol.snapshot(null), first)
    assert.deepEqual(await vol.snapshot('blog'), blog)
  })

  it('a bad value on the extra site names the field, its file byte-identical', async () => {
    const { effects } = await open()
    const blog = await vol.snapshot('blog')
    const value = structuredClone({ ...BLOG_VALUES, notifications: 'auto' })
    value.guard.ratelimit = 1000
    await assert.rejects(configureServer.run({ effects, input: { site: { selection: 'blog', value } } as never }), {
      message: 'Comments per minute: enter a whole number from 1 to 100.',
    })
    assert.deepEqual(await vol.snapshot('blog'), blog)
  })
})
