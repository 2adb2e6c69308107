import type { T } from '@start9labs/start-sdk'
import { i18n } from '../i18n'
import { GROUPS } from './groups'
import { issoMounts } from '../mounts'
import { sdk } from '../sdk'
import { sendTestMail, type MailPaths, type MailRunner } from '../isso/testMail'
import { describeTestMail } from './testMailMessages'
import { readForRun } from '../fileModels'
import { selectedSite, siteSelectSpec } from './sites/siteSelect'

/**
 * Where the test runs: a throw-away container of the isso image, so the Python, smtplib,
 * OpenSSL and CA certificates are exactly Isso's. Tests swap in the venv's Python.
 */
export const testMailEnvironment = {
  paths: undefined as MailPaths | undefined,
  withRunner: <R>(effects: T.Effects, fn: (runner: MailRunner) => Promise<R>): Promise<R> =>
    sdk.SubContainer.withTemp(effects, { imageId: 'isso' }, issoMounts, 'test-mail', sub =>
      fn({
        // The derived config holds the SMTP and admin passwords: owner-only.
        writeFile: (path, text) => sub.writeFile(path, text, { mode: 0o600 }),
        exec: async (command, timeoutMs) => {
          const res = await sub.exec(command, {}, timeoutMs)
          return { exitCode: res.exitCode, stdout: String(res.stdout), stderr: String(res.stderr) }
        },
      }),
    ),
}

// With several sites it asks whose settings to test: each site has its own [smtp] and
// Moderation recipient.
export const sendTestEmail = sdk.Action.withInput(
  'send-test-email',
  {
    name: i18n('Send a Test E-mail'),
    description: i18n(
      'Sends one message to the Moderation recipient with the saved e-mail settings, through the same mail code Isso uses. If it arrives, Isso can send.',
    ),
    warning: null,
    allowedStatuses: 'any',
    group: GROUPS.server,
    visibility: 'enabled',
  },
  siteSelectSpec(() => i18n("Which blog's e-mail settings to test: the message goes to that blog's Moderation recipient.")),
  async () => null,
  async ({ effects, input }) => {
    const owner = await readForRun((await selectedSite(input)).issoCfg)
    const message = {
      subject: i18n('Test message from Isso'),
      body: i18n('Isso on your StartOS server can send e-mail. Messages about new comments will come to this address.'),
    }
    const result = await testMailEnvironment.withRunner(effects, runner =>
      sendTestMail(owner, message, runner, testMailEnvironment.paths),
    )
    const text = describeTestMail(result)
    // A failed test is a result to read, not an action error: it names what to change.
    return {
      version: '1' as const,
      title: result.kind === 'sent' ? i18n('Test message sent') : i18n('The test message was not sent'),
      message: text,
      result: null,
    }
  },
)
