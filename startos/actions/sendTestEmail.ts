import { i18n } from '../i18n'
import { GROUPS } from './groups'
import { withTempRunner, type WithRunner } from '../container/runner'
import { sdk } from '../sdk'
import { sendTestMail, type MailPaths } from '../isso/testMail'
import { describeTestMail } from './testMailMessages'
import { readForRun } from '../fileModels'
import type { Volume } from '../sites'
import { selectedSite, siteSelectSpec } from './sites/siteSelect'

// With several sites it asks whose settings to test: each site has its own [smtp] and
// Moderation recipient. It runs in a temporary container of the isso image (below), so
// the Python, smtplib, OpenSSL and CA certificates are exactly Isso's; tests pass a local
// runner and the venv's paths.
export const sendTestEmailAction = (volume: Volume, withRunner: WithRunner = withTempRunner, paths?: MailPaths) =>
  sdk.Action.withInput(
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
    siteSelectSpec(volume, () => i18n("Which blog's e-mail settings to test: the message goes to that blog's Moderation recipient.")),
    async () => null,
    async ({ effects, input }) => {
      const owner = await readForRun((await selectedSite(volume, input)).issoCfg)
      const message = {
        subject: i18n('Test message from Isso'),
        body: i18n('Isso on your StartOS server can send e-mail. Messages about new comments will come to this address.'),
      }
      const result = await withRunner(effects, 'test-mail', runner => sendTestMail(owner, message, runner, paths))
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
