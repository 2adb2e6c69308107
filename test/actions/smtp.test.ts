import assert from 'node:assert/strict'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { before, beforeEach, describe, it } from 'node:test'
import { configureSmtp } from '../../startos/actions/configureSmtp'
import { tempVolume } from '../helpers/volume'
import { fakeEffects, type SmtpValue } from '../helpers/effects'
import { readWithPython } from '../helpers/python'

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
