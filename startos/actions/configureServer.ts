import { i18n } from '../i18n'
import { GROUPS } from './groups'
import {
  applyServerSettings,
  readServerInput,
  ReplyNotificationsNeedMailError,
  ServerInputError,
  type DurationInput,
  type ServerField,
  type ServerInput,
} from '../isso/server'
import { parseConfig } from '../isso/configparser'
import type { NotifyChoice } from '../isso/notify'
import { readForForm, saveForAction } from '../fileModels'
import { withStartWarning } from './startWarning'
import { checkedNotifyChoice, notificationsField, notifyChoice, saveNotifyChoice } from '../notifications/serverField'
import { sdk } from '../sdk'
import type { Volume } from '../sites'
import { chosenSite, perSiteForm } from './sites/siteForm'

const { InputSpec, Value } = sdk

// A duration as people say it: an amount and a unit. No years: Isso 0.14 cannot read them.
function duration(name: string, description: string, dflt: DurationInput) {
  return Value.object(
    { name, description },
    InputSpec.of({
      amount: Value.number({ name: i18n('Amount'), required: true, default: dflt.amount, min: 1, integer: true }),
      unit: Value.select({
        name: i18n('Unit'),
        default: dflt.unit,
        values: { minutes: i18n('Minutes'), hours: i18n('Hours'), days: i18n('Days'), weeks: i18n('Weeks') },
      }),
    }),
  )
}

const toggle = (name: string, description: string, dflt: boolean) =>
  Value.toggle({ name, description, default: dflt })

/** What the form shows of a site: its config file's settings and its StartOS notifications choice. */
export type ServerValues = ServerInput & { notifications: NotifyChoice }

// Isso 0.14.0's own defaults (what it runs with when isso.cfg sets nothing: an empty file
// read as Isso reads it), and the notifications' default.
const NEW_SITE: ServerValues = { ...readServerInput(parseConfig('')), notifications: 'auto' }

/** The form with `v` as its defaults. */
export const serverSpec = (v: ServerValues = NEW_SITE) => InputSpec.of({
  comments: Value.object(
    { name: i18n('Comments') },
    InputSpec.of({
      editWindow: duration(
        i18n('Edit window'),
        i18n('How long after posting a visitor can still edit or delete their own comment, from the same browser. From 1 minute to 30 days.'),
        v.comments.editWindow,
      ),
      gravatar: toggle(i18n('Show avatars (Gravatar)'), i18n("Shows each commenter's Gravatar picture, found from their e-mail address. Readers' browsers then load the pictures from gravatar.com, and Isso's public API shows an unsalted MD5 of each commenter's e-mail address, which anyone can compare with addresses they guess."), v.comments.gravatar),
      latestEnabled: toggle(i18n('Latest comments list'), i18n("Opens Isso's /latest address, which returns the newest comments of all pages as JSON for a script of your own. Isso's embed code shows no such list itself."), v.comments.latestEnabled),
      replyNotifications: toggle(i18n('Reply notifications'), i18n('Lets commenters ask to be e-mailed when someone replies to them. Needs e-mail to be set up; turning on moderation as well keeps spam out of their inboxes.'), v.comments.replyNotifications),
    }),
  ),
  moderation: Value.object(
    { name: i18n('Moderation') },
    InputSpec.of({
      enabled: toggle(i18n('Hold new comments for approval'), i18n('New comments stay hidden until you approve them in the admin panel.'), v.moderation.enabled),
      approveIfEmailPreviouslyApproved: toggle(i18n('Trust e-mail addresses with a published comment'), i18n('Publishes a comment at once if a comment with the same e-mail address was published in the last 6 months, including one published while moderation was off. Anyone can type any address, so this saves work but is no security check.'), v.moderation.approveIfEmailPreviouslyApproved),
      purgeAfter: duration(
        i18n('Delete unapproved comments after'),
        i18n('Comments still waiting for approval after this long are deleted. Isso checks when it starts and then once per this period, so a comment goes between one and about two periods after it was posted. Only while moderation is on. From 1 hour to 365 days.'),
        v.moderation.purgeAfter,
      ),
    }),
  ),
  guard: Value.object(
    { name: i18n('Spam protection') },
    InputSpec.of({
      enabled: toggle(i18n('Use spam protection'), i18n('Turns on the limits and requirements below. When off, none of them apply.'), v.guard.enabled),
      ratelimit: Value.number({
        name: i18n('Comments per minute'),
        description: i18n('How many new comments one network may post per minute: Isso counts every visitor in the same /24 (IPv4) or /48 (IPv6) network as one. From 1 to 100.'),
        required: true, default: v.guard.ratelimit, min: 1, max: 100, integer: true,
      }),
      directReply: Value.number({
        name: i18n('Top-level comments per page'),
        description: i18n('How many comments that are not replies one network (the same /24 for IPv4, /48 for IPv6) may ever post under the same page. From 1 to 1000.'),
        required: true, default: v.guard.directReply, min: 1, max: 1000, integer: true,
      }),
      replyToSelf: toggle(i18n('Allow replies to your own comment'), i18n('Lets visitors reply to their own comment while they can still edit it.'), v.guard.replyToSelf),
      requireAuthor: toggle(i18n('Require a name'), i18n('Comments without a name are refused.'), v.guard.requireAuthor),
      requireEmail: toggle(i18n('Require an e-mail address'), i18n("Comments without an e-mail address are refused. Isso does not check the address. Your pages do not show it, but the admin panel and Isso's e-mails to you do, and with Gravatar on, its MD5 hash is public."), v.guard.requireEmail),
    }),
  ),
  notifications: notificationsField(v.notifications),
})

export type ServerFields = ReturnType<typeof serverSpec>['_TYPE']

const REFUSALS: Record<ServerField, () => string> = {
  editWindow: () => i18n('Edit window: enter a whole number from 1 minute to 30 days, for example 15 minutes.'),
  purgeAfter: () => i18n('Delete unapproved comments after: enter a whole number from 1 hour to 365 days, for example 30 days.'),
  ratelimit: () => i18n('Comments per minute: enter a whole number from 1 to 100.'),
  directReply: () => i18n('Top-level comments per page: enter a whole number from 1 to 1000.'),
}

export const repliesNeedMail = () =>
  i18n(
    'Reply notifications need e-mail, which is off: visitors would be offered replies by e-mail that never arrive. Set up Email Notifications first, or turn Reply notifications off.',
  )

// Each site's own values: the first site's as the prefill, or each site's in its variant.
const form = (volume: Volume) => perSiteForm(volume, serverSpec, async (site): Promise<ServerValues | null> => {
  const doc = await readForForm(site.issoCfg)
  return doc ? { ...readServerInput(doc), notifications: await notifyChoice(volume, site.layout.name) } : null
})

export const configureServerAction = (volume: Volume) => {
  const { inputSpec, prefill } = form(volume)
  return sdk.Action.withInput(
    'configure-server',
    async () => ({
      name: i18n('Server'),
      description: i18n('Moderation, spam protection and what visitors can do with their comments.'),
      warning: null,
      allowedStatuses: 'any',
      group: GROUPS.server,
      visibility: 'enabled',
    }),
    inputSpec,
    prefill,
    async ({ input }) => {
      const { site, fields } = await chosenSite(volume, input)
      // store.json, after the site's config file was accepted.
      const notifications = checkedNotifyChoice(fields.notifications)
      let saved
      try {
        // Only the chosen site's file; the refusal of reply notifications without mail is
        // judged on that site's own [general] notify.
        saved = await saveForAction(site.issoCfg, doc => applyServerSettings(doc, fields))
      } catch (e) {
        if (e instanceof ServerInputError) throw new Error(REFUSALS[e.field]())
        if (e instanceof ReplyNotificationsNeedMailError) throw new Error(repliesNeedMail())
        throw e
      }
      await saveNotifyChoice(volume, site.layout.name, notifications)
      return withStartWarning(
        volume,
        {
          version: '1' as const,
          title: i18n('Server settings saved'),
          message: i18n('If Isso is running, it restarts by itself to apply the change.'),
          result: null,
        },
        saved,
        site.layout.name,
      )
    },
  )
}
