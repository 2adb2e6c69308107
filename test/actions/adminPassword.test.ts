import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { applyAdminPassword } from '../../startos/isso/adminPassword'
import { parseConfig } from '../../startos/isso/configparser'
import { tempVolume } from '../helpers/volume'
import { fakeEffects } from '../helpers/effects'
import { readWithPython } from '../helpers/python'
import { lineDiff } from '../helpers/lineDiff'
import type { IST } from '@start9labs/start-sdk'
import { describeStartupProblem } from '../../startos/health/describeProblem'
import { startupProblem } from '../../startos/health/startupProblem'
import { watchAdminPassword } from '../../startos/init/watchAdminPassword'
import { sitesVolume } from './sites'

const fixture = (name: string) => readFile(join(__dirname, '../fixtures/actions', name), 'utf8')

describe('applyAdminPassword (pure)', () => {
  it('replaces only the password line', async () => {
    const text = await fixture('websites-hand-edited.cfg')
    const doc = parseConfig(text)
    applyAdminPassword(doc, 'Ab3dEf6hIj9kLm2nOp5qRs8t')
    assert.deepEqual(lineDiff(text, doc.toString()), {
      removed: ['password = pa%ss word # not a comment'],
      added: ['password = Ab3dEf6hIj9kLm2nOp5qRs8t'],
    })
  })

  it('refuses short or unsafe passwords and leaves the document alone', async () => {
    const text = await fixture('websites-hand-edited.cfg')
    const doc = parseConfig(text)
    for (const bad of ['short', 'Ab3dEf6hIj9kLm2nOp5q$HOME', 'Ab3dEf6hIj9kLm2nOp5qRs8 ', '']) {
      assert.throws(() => applyAdminPassword(doc, bad))
    }
    assert.equal(doc.toString(), text)
  })
})

describe('set-admin-password through the SDK', () => {
  const { dir, cfg, volume } = tempVolume('isso-admin-')
  const setAdminPassword = setAdminPasswordAction(volume)

  async function runOnce() {
    const fake = fakeEffects()
    // As StartOS does: the form first (with one site it has no fields), then the run.
    const form = await setAdminPassword.getInput({ effects: fake.effects, prefill: null })
    assert.deepEqual(form.spec, {})
    const result = await setAdminPassword.run({ effects: fake.effects, input: {} })
    assert.ok(result && result.version === '1' && result.result?.type === 'single')
    return { fake, result, single: result.result }
  }

  it('writes a strong password, shows it masked and copyable, clears the task', async () => {
    await writeFile(cfg, await fixture('websites-hand-edited.cfg'))
    const { fake, result, single } = await runOnce()
    assert.equal(single.masked, true)
    assert.equal(single.copyable, true)
    assert.equal(single.qr, false)
    assert.match(single.value, /^[A-Za-z0-9]+$/)
    assert.ok(single.value.length * Math.log2(62) >= 128, `${single.value.length} characters`)
    assert.match(result.message ?? '', /Admin panel interface/)
    assert.deepEqual(fake.clearedTasks, [{ only: ['isso:set-admin-password'] }])
    const [py] = await readWithPython([await readFile(cfg, 'utf8')])
    assert.ok(py.ok)
    assert.equal(py.sections.admin.password, single.value)
    assert.equal(py.sections.rss.limit, '50')
  })

  it('rotates: two runs give different passwords, the file holds the last', async () => {
    await writeFile(cfg, await fixture('websites-hand-edited.cfg'))
    const first = (await runOnce()).single.value
    const second = (await runOnce()).single.value
    assert.notEqual(first, second)
    const [py] = await readWithPython([await readFile(cfg, 'utf8')])
    assert.ok(py.ok)
    assert.equal(py.sections.admin.password, second)
  })

  it('metadata: the task name, always available, warns about what a new password ends', async () => {
    await writeFile(cfg, await fixture('websites-hand-edited.cfg'))
    const { effects } = fakeEffects()
    const meta = await setAdminPassword.exportMetadata({ effects })
    assert.equal(setAdminPassword.id, 'set-admin-password')
    assert.equal(meta.name, 'Set Admin Password')
    assert.equal(meta.allowedStatuses, 'any')
    assert.equal(meta.visibility, 'enabled')
    assert.match(meta.warning ?? '', /these stop working .*: the current admin password, every open admin session, and the links in the e-mails Isso has already sent \(approve and delete links .*, unsubscribe links/)
  })

  it('first run (no password yet): the warning and the result promise nothing ended', async () => {
    const withoutPassword = (await fixture('websites-hand-edited.cfg')).replace(/^password = .*\n/m, '')
    await writeFile(cfg, withoutPassword)
    const { effects } = fakeEffects()
    const meta = await setAdminPassword.exportMetadata({ effects })
    assert.equal(meta.warning, 'Keep the new admin password shown afterwards.')
    const { result } = await runOnce()
    assert.doesNotMatch(result.message ?? '', /no longer work|session/)
  })

  it('a replaced password: the result says what ended, and with e-mail on, that new e-mails carry new links', async () => {
    // The fixture has e-mail on ([general] notify = smtp).
    await writeFile(cfg, await fixture('websites-hand-edited.cfg'))
    const ended = 'the old password, every open admin session, and the approve, delete and unsubscribe links in the e-mails sent before no longer work.'
    const { result } = await runOnce()
    assert.ok((result.message ?? '').endsWith(`${ended} E-mails sent from then on carry new links.`), result.message ?? undefined)
    const withoutMail = (await readFile(cfg, 'utf8')).replace(/^notify = .*\n/m, '')
    assert.notEqual(withoutMail, await readFile(cfg, 'utf8'))
    await writeFile(cfg, withoutMail)
    const again = await runOnce()
    assert.ok((again.result.message ?? '').endsWith(ended), again.result.message ?? undefined)
  })

  it('with a database, leaves a request beside it for a new session key at the next start; without one, nothing', async () => {
    await writeFile(cfg, await fixture('websites-hand-edited.cfg'))
    const dbDir = join(dir, 'db')
    const request = join(dbDir, 'comments.db.new-admin-password')
    await rm(dbDir, { recursive: true, force: true })
    await runOnce()
    assert.equal(existsSync(request), false)
    await mkdir(dbDir, { recursive: true })
    await writeFile(join(dbDir, 'comments.db'), '')
    await runOnce()
    assert.equal(existsSync(request), true)
  })

  it('malformed file: fails with the line number, nothing written, no request left, task kept', async () => {
    const text = await fixture('admin-malformed.cfg')
    await writeFile(cfg, text)
    const fake = fakeEffects()
    await setAdminPassword.getInput({ effects: fake.effects, prefill: null })
    const dbDir = join(dir, 'db')
    await mkdir(dbDir, { recursive: true })
    await writeFile(join(dbDir, 'comments.db'), '')
    await rm(join(dbDir, 'comments.db.new-admin-password'), { force: true })
    await assert.rejects(setAdminPassword.run({ effects: fake.effects, input: {} }), /isso\.cfg line 9/)
    assert.equal(await readFile(cfg, 'utf8'), text)
    assert.equal(existsSync(join(dbDir, 'comments.db.new-admin-password')), false)
    assert.deepEqual(fake.clearedTasks, [])
  })
})

// set-admin-password with several sites: which site's password, and the first site's
// critical task (the only one) is cleared only by a new password for the first site.

const BLOG = `[general]
dbpath = /db/blog/comments.db
host =
    https://other.example.org

[admin]
enabled = true
password = Blog-Pa55word-Blog-Pa55w
`

describe('set-admin-password with several sites', () => {
  const { dir, volume } = tempVolume('isso-admin-sites-')
  const setAdminPassword = setAdminPasswordAction(volume)
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
    assert.deepEqual(select.values, { _first: 'First blog (at /)', blog: 'blog (at /blog/)', 'my-shop': 'my-shop (at /my-shop/)' })
  })

  it("an extra site's password: only its file changes, the first site's task stays", async () => {
    const { fake } = await open()
    const first = await vol.snapshot(null)
    const shop = await vol.snapshot('my-shop')
    const { result, password } = await run(fake, 'blog')
    assert.equal(result.title, 'Admin password of blog blog set')
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
    await vol.writeStore({ extra: ['my-shop'] })
    await assert.rejects(setAdminPassword.run({ effects: fake.effects, input: { site: 'blog' } }), {
      message: 'Blog blog does not exist any more, so nothing was changed.',
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
    await watchAdminPassword(volume, setAdminPassword).init(fake.effects, null, undefined as never)
    assert.deepEqual(fake.createdTasks, [])
    assert.deepEqual(fake.clearedTasks, [{ only: ['isso:set-admin-password'] }])
    const refusal = describeStartupProblem(startupProblem(broken) ?? { kind: 'missing' }, 'blog')
    assert.match(refusal, /^Blog blog is not served: No admin password is set.*Run "Set Admin Password"\.$/)
  })
})
