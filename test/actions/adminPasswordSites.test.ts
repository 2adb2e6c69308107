// set-admin-password with several sites: which site's password, and the first site's
// critical task (the only one) is cleared only by a new password for the first site.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { IST } from '@start9labs/start-sdk'
import { setAdminPassword } from '../../startos/actions/setAdminPassword'
import { describeStartupProblem } from '../../startos/health/describeProblem'
import { startupProblem } from '../../startos/health/startupProblem'
import { watchAdminPassword } from '../../startos/init/watchAdminPassword'
import { fakeEffects } from '../helpers/effects'
import { readWithPython } from '../helpers/python'
import { tempVolume } from '../helpers/volume'
import { sitesVolume } from './sites'

const fixture = (name: string) => readFile(join(__dirname, '../fixtures/actions', name), 'utf8')

const BLOG = `[general]
dbpath = /db/blog/comments.db
host =
    https://other.example.org

[admin]
enabled = true
password = Blog-Pa55word-Blog-Pa55w
`

describe('set-admin-password with several sites', () => {
  const { dir } = tempVolume('isso-admin-sites-')
  const vol = sitesVolume(dir)

  async function open(extra: Record<string, string> = { blog: BLOG, 'my-shop': BLOG }) {
    await vol.write({ first: await fixture('websites-hand-edited.cfg'), extra })
    const fake = fakeEffects()
    const form = await setAdminPassword.getInput({ effects: fake.effects, prefill: null })
    return { fake, form }
  }
  const run = async (fake: ReturnType<typeof fakeEffects>, site: string) => {
    const result = await setAdminPassword.run({ effects: fake.effects, input: { site } })
    assert.ok(result && result.version === '1' && result.result?.type === 'single')
    return { result, password: result.result.value }
  }

  it('asks for the site: a select of every site, the first by default', async () => {
    const { form } = await open()
    assert.deepEqual(Object.keys(form.spec), ['site'])
    const select = form.spec.site as IST.ValueSpec
    assert.equal(select.type, 'select')
    assert.ok(select.type === 'select')
    assert.equal(select.default, '_first')
    assert.deepEqual(select.values, { _first: 'First site (at /)', blog: 'blog (at /blog/)', 'my-shop': 'my-shop (at /my-shop/)' })
  })

  it("an extra site's password: only its file changes, the first site's task stays", async () => {
    const { fake } = await open()
    const first = await vol.snapshot(null)
    const shop = await vol.snapshot('my-shop')
    const { result, password } = await run(fake, 'blog')
    assert.equal(result.title, 'Admin password of site blog set')
    assert.match(result.message ?? '', /\/blog\/admin\//)
    assert.equal(result.result?.type === 'single' && result.result.masked, true)
    assert.match(password, /^[A-Za-z0-9]{24}$/)
    const [py] = await readWithPython([await vol.readCfg('blog')])
    assert.ok(py.ok)
    assert.equal(py.sections.admin.password, password)
    assert.equal(py.sections.general.dbpath, '/db/blog/comments.db')
    assert.deepEqual(await vol.snapshot(null), first)
    assert.deepEqual(await vol.snapshot('my-shop'), shop)
    assert.deepEqual(fake.clearedTasks, [])
  })

  it("the first site's password: isso.cfg changes and its task is cleared", async () => {
    const { fake } = await open()
    const blog = await vol.snapshot('blog')
    const { result, password } = await run(fake, '_first')
    assert.equal(result.title, 'Admin password set')
    const [py] = await readWithPython([await vol.readCfg(null)])
    assert.ok(py.ok)
    assert.equal(py.sections.admin.password, password)
    assert.deepEqual(await vol.snapshot('blog'), blog)
    assert.deepEqual(fake.clearedTasks, [{ only: ['isso:set-admin-password'] }])
  })

  it('a site removed while the form was open is refused, nothing written', async () => {
    const { fake } = await open()
    const blog = await vol.snapshot('blog')
    await vol.writeStore({ smtp: { selection: 'disabled', value: {} }, sites: ['my-shop'] })
    await assert.rejects(setAdminPassword.run({ effects: fake.effects, input: { site: 'blog' } }), {
      message: 'Site blog does not exist any more, so nothing was changed.',
    })
    assert.deepEqual(await vol.snapshot('blog'), blog)
    assert.deepEqual(fake.clearedTasks, [])
  })

  it('a name the form never offered is refused by the select', async () => {
    const { fake } = await open()
    await assert.rejects(setAdminPassword.run({ effects: fake.effects, input: { site: 'nosuch' } }))
  })

  it("an extra site without a password: no task (main refuses, naming the site and the action); the first site's task follows isso.cfg alone", async () => {
    const broken = BLOG.replace(/^password = .*\n/m, '')
    await vol.write({ first: await fixture('websites-hand-edited.cfg'), extra: { blog: broken } })
    const fake = fakeEffects()
    await watchAdminPassword.init(fake.effects, null, undefined as never)
    assert.deepEqual(fake.createdTasks, [])
    assert.deepEqual(fake.clearedTasks, [{ only: ['isso:set-admin-password'] }])
    const refusal = describeStartupProblem(startupProblem(broken) ?? { kind: 'missing' }, 'blog')
    assert.match(refusal, /^Site blog: Isso will not start: No admin password is set.*Run "Set Admin Password"\.$/)
  })
})
