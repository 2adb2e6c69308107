import { i18n } from '../i18n'
import { readSettings } from '../isso/config'
import type { ConfigDocument } from '../isso/configparser'
import { notifyScope, type NotifyChoice } from '../isso/notify'
import { mailIsOn } from '../isso/server'
import type { WaitingComments } from '../isso/poll'

// The waiting comments as a health check's result: how many, when Isso will delete the
// oldest (it purges waiting comments older than `purge-after`, at start and then every
// `purge-after`, only while moderation is on: core.py ThreadedMixin), and whether anyone
// hears of them (Isso's e-mails, or StartOS notifications that cover waiting comments). Always 'success': waiting comments are news for the owner, not a fault
// of the service, and a failure would mark Isso unhealthy.

export interface ModerationContext {
  moderation: boolean
  mail: boolean
  purgeAfterSeconds: number
  /** StartOS notifications tell the owner of waiting comments (the site's choice is not "off"). */
  notified: boolean
}

export interface WaitingHealth {
  result: 'success'
  message: string
}

/** The site's settings the message depends on, as Isso reads them, and its notifications choice. */
export function moderationContext(doc: ConfigDocument, choice?: NotifyChoice): ModerationContext {
  const s = readSettings(doc)
  const moderation = s.moderation.enabled
  return {
    moderation,
    mail: mailIsOn(doc),
    purgeAfterSeconds: s.moderation.purgeAfter,
    // Every scope but none covers waiting comments ('all' includes them).
    notified: notifyScope(choice, moderation) !== null,
  }
}

export function waitingHealth(waiting: WaitingComments, ctx: ModerationContext, now: Date): WaitingHealth {
  const parts: string[] = []
  if (waiting.count === 0) {
    parts.push(i18n('No comments are waiting for approval.'))
    if (ctx.moderation && !ctx.mail && !ctx.notified) parts.push(i18n('New comments wait for your approval, and nobody is told of them: e-mail and StartOS notifications are off.'))
    return { result: 'success', message: parts.join(' ') }
  }
  parts.push(i18n('Comments waiting for approval: ${count}.', { count: waiting.count }))
  if (ctx.moderation && waiting.oldest) {
    const deletion = new Date(waiting.oldest.getTime() + ctx.purgeAfterSeconds * 1000)
    parts.push(
      deletion > now
        ? i18n('Isso deletes the oldest from ${date} on unless you approve it.', { date: deletion })
        : i18n('Isso deletes the oldest at its next clean-up unless you approve it.'),
    )
    if (!ctx.mail && !ctx.notified) parts.push(i18n('Nobody is told of them: e-mail and StartOS notifications are off.'))
  } else if (!ctx.moderation) {
    parts.push(i18n('Moderation is off now, so they stay hidden and are never deleted by themselves.'))
  }
  parts.push(i18n('Approve or delete them with the Review Waiting Comments action, or in the admin panel.'))
  return { result: 'success', message: parts.join(' ') }
}
