// configure-server with several sites: each site's own values in its variant, saving
// writes only the chosen site's file.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { configureServer } from '../../startos/actions/configureServer'
import type { ServerInput } from '../../startos/isso/server'
import { fakeEffects } from '../helpers/effects'
import { readWithPython } from '../helpers/python'
import { tempVolume } from '../helpers/volume'
import { siteVariants, sitesVolume } from './sites'

const fixture = (name: string) => readFile(join(__dirname, '../fixtures/actions', name), 'utf8')

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
  const { dir } = tempVolume('isso-server-sites-')
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
    assert.equal(variants._first.name, 'First site (at /)')
    assert.equal(variants.blog.name, 'blog (at /blog/)')
    assert.deepEqual(variants._first.values, FIRST_VALUES)
    assert.deepEqual(variants.blog.values, BLOG_VALUES)
  })

  it("saving the extra site changes only its file; Python reads the new values", async () => {
    const { effects } = await open()
    const first = await vol.snapshot(null)
    const value = structuredClone(BLOG_VALUES)
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
    const value = structuredClone(FIRST_VALUES)
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
    const value = structuredClone(BLOG_VALUES)
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
    await vol.writeStore({ smtp: { selection: 'disabled', value: {} } })
    await assert.rejects(
      configureServer.run({ effects, input: { site: { selection: 'blog', value: BLOG_VALUES } } as never }),
      { message: 'Site blog does not exist any more, so nothing was changed.' },
    )
    assert.deepEqual(await vol.snapshot(null), first)
    assert.deepEqual(await vol.snapshot('blog'), blog)
  })

  it('a bad value on the extra site names the field, its file byte-identical', async () => {
    const { effects } = await open()
    const blog = await vol.snapshot('blog')
    const value = structuredClone(BLOG_VALUES)
    value.guard.ratelimit = 1000
    await assert.rejects(configureServer.run({ effects, input: { site: { selection: 'blog', value } } as never }), {
      message: 'Comments per minute: enter a whole number from 1 to 100.',
    })
    assert.deepEqual(await vol.snapshot('blog'), blog)
  })
})
