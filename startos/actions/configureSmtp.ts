import { basename } from 'node:path'
import { smtpPrefill, type SmtpSelection } from '@start9labs/start-sdk'
import { i18n } from '../i18n'
import { GROUPS } from './groups'
import { sdk } from '../sdk'
import { readForForm, saveForAction, type SiteFiles } from '../fileModels'
import { withStartWarning } from './startWarning'
import { editSiteState, readStore, siteState, type Volume } from '../sites'
import { ConfigValueError, type ConfigDocument } from '../isso/configparser'
import { readSettings } from '../isso/config'
import { ReplyNotificationsNeedMailError, refuseRepliesWithoutMail } from '../isso/server'
import {
  applySmtp,
  resolveCustomSmtp,
  resolveSystemSmtp,
  SmtpFieldError,
  type CustomSmtpSelection,
  type ResolvedSmtp,
} from '../isso/smtp'
import { chosenSite, perSiteForm } from './sites/siteForm'
import { smtpField, type SmtpChoice } from './smtpField'
import { smtpFailure } from './smtpErrors'

const { InputSpec, Value } = sdk

/** What the form shows of a site: its stored e-mail choice and its config file's recipient. */
interface SmtpValues {
  smtp?: SmtpChoice
  to: string | null
}

const smtpSpec = (values?: SmtpValues) => InputSpec.of({
  smtp: smtpField(values?.smtp),
  to: Value.text({
    name: i18n('Moderation recipient'),
    description: i18n(
      'Your email address. Isso sends it a message for every new comment, with a link to delete it and, while it waits for approval, one to approve it. Required while email is on.',
    ),
    required: false,
    default: values?.to ?? null,
    placeholder: 'you@example.com',
    inputmode: 'email',
    patterns: [sdk.patterns.email],
  }),
})

// The SDK's union type and smtpShape's flat one describe the same runtime value.
const asStored = (smtp: unknown) => smtp as SmtpSelection

// Each site's own choice (store.json) and recipient (its config file).
async function current(volume: Volume, site: SiteFiles): Promise<SmtpValues> {
  const doc = await readForForm(site.issoCfg)
  return { smtp: smtpPrefill(siteState(await readStore(volume), site.layout.name)?.smtp), to: (doc && readSettings(doc).smtp.to) || null }
}
const form = (volume: Volume) => perSiteForm(volume, smtpSpec, (site) => current(volume, site))

export const configureSmtpAction = (volume: Volume) => {
  const { inputSpec, prefill } = form(volume)
  return sdk.Action.withInput(
    'configure-smtp',
    async () => ({
      name: i18n('Email Notifications'),
      description: i18n(
        "Let Isso email you about every new comment, with a link to delete it and, while it waits for approval, one to approve it, using your StartOS server's email settings or your own email provider. Commenters are emailed about replies only if you also turn on Reply notifications under Server.",
      ),
      warning: null,
      allowedStatuses: 'any',
      group: GROUPS.server,
      visibility: 'enabled',
    }),
    inputSpec,
    prefill,
    async ({ effects, input }) => {
      const { site, fields } = await chosenSite(volume, input)
      const selection = asStored(fields.smtp)
      // Every refusal (a field, a malformed or missing config file) comes before any write.
      try {
        const resolved = await resolve(effects, selection)
        const doc = await saveForAction(site.issoCfg, doc => {
          // Turning mail off would leave this site's visitors a subscribe box that never sends.
          if (!resolved) refuseRepliesWithoutMail(readSettings(doc).general.replyNotifications, false)
          applySmtp(doc, resolved, fields.to ?? '')
        })
        // The config file first: it is what Isso runs with, and saveForAction re-checks it.
        // Should store.json then fail, the form shows the old choice; running it again fixes it.
        await editSiteState(volume, site.layout.name, state => ({ ...state, smtp: selection }))
        return withStartWarning(volume, resolved ? enabledResult(resolved, doc) : disabledResult(basename(site.issoCfg.path)), doc, site.layout.name)
      } catch (e) {
        if (e instanceof SmtpFieldError || e instanceof ConfigValueError) throw smtpFailure(e)
        if (e instanceof ReplyNotificationsNeedMailError) {
          throw new Error(
            i18n(
              'Reply notifications are on, and they need e-mail: visitors would be offered replies by e-mail that never arrive. Turn Reply notifications off in the Server action first, then turn e-mail off.',
            ),
          )
        }
        throw e
      }
    },
  )
}

async function resolve(effects: Parameters<typeof sdk.getSystemSmtp>[0], selection: SmtpSelection) {
  switch (selection.selection) {
    case 'disabled':
      return null
    case 'system':
      return resolveSystemSmtp(await sdk.getSystemSmtp(effects).once(), selection.value.customFrom)
    case 'custom':
      return resolveCustomSmtp(selection.value as CustomSmtpSelection) satisfies ResolvedSmtp
  }
}

const enabledResult = (smtp: ResolvedSmtp, doc: ConfigDocument) => ({
  version: '1' as const,
  title: i18n('Email notifications are on'),
  message: i18n('Isso sends email through ${server} as ${from}. Messages about new comments go to ${to}.', {
    server: `${smtp.host}:${smtp.port}`,
    from: doc.get('smtp', 'from') ?? '',
    to: doc.get('smtp', 'to') ?? '',
  }),
  result: null,
})

const disabledResult = (file: string) => ({
  version: '1' as const,
  title: i18n('Email notifications are off'),
  message: i18n(
    'Isso sends no email and writes new comments (with their approve and delete links) to the service log instead. The mail server settings and password were removed from ${file}.',
    { file },
  ),
  result: null,
})
