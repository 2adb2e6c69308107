// Reply notifications without e-mail give visitors a subscribe box that never sends
// (isso/__init__.py creates the SMTP notifier for reply-notifications alone):
// configure-server refuses to switch them on while mail is off, configure-smtp refuses to
// switch mail off while they are on. Nothing is written.
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { describe, it } from 'node:test'
import { configureServerAction, type ServerFields } from '../../startos/actions/configureServer'
import { configureSmtpAction } from '../../startos/actions/configureSmtp'
import { seedConfig } from '../../startos/isso/config'
import { parseConfig } from '../../startos/isso/configparser'
import {
  applyServerSettings,
  mailIsOn,
  readServerInput,
  ReplyNotificationsNeedMailError,
  type ServerInput,
} from '../../startos/isso/server'
import { fakeEffects } from '../helpers/effects'
import { tempVolume } from '../helpers/volume'

// The form's value: the isso.cfg settings plus the StartOS notifications choice (store.json).
type ServerFormInput = ServerFields

const withReplies = (doc: ReturnType<typeof seedConfig>): ServerInput => {
  const input = structuredClone(readServerInput(doc))
  input.comments.replyNotifications = true
  return input
}

describe('mailIsOn: [general] notify as Isso reads it', () => {
  for (const [notify, on] of [
    ['smtp', true],
    ['stdout, smtp', true],
    ['SMTP', true],
    ['stdout', false],
    ['Smtp', false], // Isso compares with "smtp" and "SMTP" only
    [null, false],
  ] as const) {
    it(`notify = ${notify ?? '(absent)'} → ${on}`, () => {
      const text = `[general]\nhost =\n    https://blog.example.com\n${notify === null ? '' : `notify = ${notify}\n`}`
      assert.equal(mailIsOn(parseConfig(text)), on)
    })
  }
})

describe('applyServerSettings: reply notifications need e-mail', () => {
  it('refuses them while mail is off, document untouched', () => {
    const doc = seedConfig('salt')
    const text = doc.toString()
    assert.equal(mailIsOn(doc), false)
    assert.throws(() => applyServerSettings(doc, withReplies(doc)), ReplyNotificationsNeedMailError)
    assert.equal(doc.toString(), text)
  })

  it('accepts them while mail is on', () => {
    const doc = seedConfig('salt')
    doc.set('general', 'notify', 'smtp')
    applyServerSettings(doc, withReplies(doc))
    assert.equal(doc.get('general', 'reply-notifications'), 'true')
  })
})

describe('the refusals through the SDK', () => {
  const { cfg, volume } = tempVolume('isso-replies-')
  const configureServer = configureServerAction(volume)
  const configureSmtp = configureSmtpAction(volume)
  const customSmtp = {
    selection: 'custom',
    value: {
      provider: {
        selection: 'other',
        value: { host: 'smtp.example.com', from: 'blog@example.com', username: 'blog', password: 'pw', security: { selection: 'starttls', value: { port: '587' } } },
      },
    },
  }

  it('configure-server: switching reply notifications on while mail is off fails, file unchanged', async () => {
    await writeFile(cfg, seedConfig('salt').toString())
    const before = await readFile(cfg, 'utf8')
    const { effects } = fakeEffects()
    const form = await configureServer.getInput({ effects, prefill: null })
    const input = structuredClone(form.value as unknown as ServerFormInput)
    input.comments.replyNotifications = true
    await assert.rejects(configureServer.run({ effects, input }), {
      message:
        'Reply notifications need e-mail, which is off: visitors would be offered replies by e-mail that never arrive. Set up Email Notifications first, or turn Reply notifications off.',
    })
    assert.equal(await readFile(cfg, 'utf8'), before)
  })

  // The SDK wants an action's form read before it runs.
  const smtpRun = async (input: unknown) => {
    const { effects } = fakeEffects()
    await configureSmtp.getInput({ effects, prefill: null })
    return configureSmtp.run({ effects, input: input as never })
  }

  it('mail on first, then reply notifications: both saved; then turning mail off is refused', async () => {
    const { effects } = fakeEffects()
    await smtpRun({ smtp: customSmtp, to: 'me@example.com' })
    const form = await configureServer.getInput({ effects, prefill: null })
    const input = structuredClone(form.value as unknown as ServerFormInput)
    input.comments.replyNotifications = true
    await configureServer.run({ effects, input })
    const on = await readFile(cfg, 'utf8')
    assert.match(on, /^reply-notifications = true$/m)
    assert.match(on, /^notify = smtp$/m)

    await assert.rejects(
      smtpRun({ smtp: { selection: 'disabled', value: {} }, to: null }),
      /^Error: Reply notifications are on, and they need e-mail: .*Turn Reply notifications off in the Server action first/,
    )
    assert.equal(await readFile(cfg, 'utf8'), on)

    // In the order the message gives, both succeed.
    input.comments.replyNotifications = false
    await configureServer.run({ effects, input })
    await smtpRun({ smtp: { selection: 'disabled', value: {} }, to: null })
    assert.match(await readFile(cfg, 'utf8'), /^notify = stdout$/m)
  })
})
