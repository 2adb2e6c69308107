import { i18n } from '../i18n'
import { isNotifyChoice, type NotifyChoice } from '../isso/notify'
import { sdk } from '../sdk'
import { readStore, type Volume } from '../sites'
import { saveNotifyChoice, siteNotifications } from './state'

// The Server form's "StartOS notifications" field: which new comments reach the owner in
// StartOS's notification centre. Independent of e-mail (that is the point: an owner
// without SMTP still hears of comments), and stored in store.json, not isso.cfg, since
// Isso does not know of it.

export const notificationsField = (choice: NotifyChoice) => sdk.Value.select({
  name: i18n('StartOS notifications'),
  description: i18n(
    'Which new comments StartOS tells you about, within about a minute, in its notifications. Works without e-mail. Comments imported by the Import action are never announced.',
  ),
  default: choice,
  values: {
    auto: i18n('Automatic: comments waiting for approval when moderation is on, every new comment when it is off'),
    all: i18n('Every new comment'),
    waiting: i18n('Only comments waiting for approval'),
    off: i18n('None'),
  },
})

/** The site's choice, for the prefill. */
export async function notifyChoice(volume: Volume, site: string | null): Promise<NotifyChoice> {
  return siteNotifications(await readStore(volume), site).choice ?? 'auto'
}

/** The form's value re-validated (run receives what the client sent): throws before anything is written. */
export function checkedNotifyChoice(value: unknown): NotifyChoice {
  if (!isNotifyChoice(value)) throw new Error(i18n('StartOS notifications: choose one of the offered options.'))
  return value
}

export { saveNotifyChoice }
