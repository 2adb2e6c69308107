import type { ConfigDocument } from './configparser'
import { issoDefaults, ownValue, readSettings, setBoolean, setDuration, setInteger, splitCommas } from './config'

// configure-server's domain: the form's shape, its bounds, the prefill from isso.cfg and
// the one edit it makes. Durations are a whole amount of one unit because that is how
// people think of them; Isso's own syntax (`15m`, `2w`) is written by setDuration.

export const DURATION_UNITS = { minutes: 60, hours: 3600, days: 86400, weeks: 604800 } as const
export type DurationUnit = keyof typeof DURATION_UNITS
export interface DurationInput {
  amount: number
  unit: DurationUnit
}

export interface ServerInput {
  comments: {
    editWindow: DurationInput
    gravatar: boolean
    latestEnabled: boolean
    replyNotifications: boolean
  }
  moderation: {
    enabled: boolean
    approveIfEmailPreviouslyApproved: boolean
    purgeAfter: DurationInput
  }
  guard: {
    enabled: boolean
    ratelimit: number
    directReply: number
    replyToSelf: boolean
    requireAuthor: boolean
    requireEmail: boolean
  }
}

const DAY = 86400
// Bounds, in seconds for durations. The form's descriptions state them in words.
export const LIMITS = {
  editWindow: { min: 60, max: 30 * DAY },
  purgeAfter: { min: 3600, max: 365 * DAY },
  ratelimit: { min: 1, max: 100 },
  directReply: { min: 1, max: 1000 },
} as const
export type ServerField = keyof typeof LIMITS

export class ServerInputError extends Error {
  constructor(readonly field: ServerField) {
    super(`server: ${field} out of range`)
    this.name = 'ServerInputError'
  }
}

/**
 * Reply notifications on while e-mail is off: Isso still shows visitors the "subscribe to
 * replies" box (`reply-notifications` alone creates the SMTP notifier: isso/__init__.py,
 * `if smtp_backend or conf.getboolean("general", "reply-notifications")`),
 * and no mail ever goes. Refused by configure-server and by configure-smtp's "disabled".
 */
export class ReplyNotificationsNeedMailError extends Error {
  constructor() {
    super('reply notifications need e-mail')
    this.name = 'ReplyNotificationsNeedMailError'
  }
}

/**
 * E-mail is on when `[general] notify` lists smtp, as configure-smtp writes it. Isso itself
 * tests `n in ("smtp", "SMTP")` (ext/notifications.py), so those two spellings only.
 */
export function mailIsOn(doc: ConfigDocument): boolean {
  const notify = ownValue(doc, 'general', 'notify')
  return typeof notify === 'string' && splitCommas(notify).some(n => n === 'smtp' || n === 'SMTP')
}

/** Throws ReplyNotificationsNeedMailError for reply notifications without e-mail. */
export function refuseRepliesWithoutMail(replyNotifications: boolean, mailOn: boolean): void {
  if (replyNotifications && !mailOn) throw new ReplyNotificationsNeedMailError()
}

export function toSeconds(duration: DurationInput): number | null {
  const factor = Object.hasOwn(DURATION_UNITS, duration.unit) ? DURATION_UNITS[duration.unit] : null
  if (factor === null || !Number.isSafeInteger(duration.amount)) return null
  return duration.amount * factor
}

// The largest unit that states the time exactly; a remainder of seconds (only possible
// in a hand-edited file) is rounded up to whole minutes.
export function fromSeconds(seconds: number): DurationInput {
  for (const unit of ['weeks', 'days', 'hours'] as const) {
    if (seconds % DURATION_UNITS[unit] === 0) return { amount: seconds / DURATION_UNITS[unit], unit }
  }
  return { amount: Math.ceil(seconds / 60), unit: 'minutes' }
}

function checked(field: ServerField, value: number | null): number {
  const { min, max } = LIMITS[field]
  if (value === null || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ServerInputError(field)
  }
  return value
}

// Validates everything first, so a refusal leaves the document untouched.
export function applyServerSettings(doc: ConfigDocument, input: ServerInput): void {
  const { comments, moderation, guard } = input
  const maxAge = checked('editWindow', toSeconds(comments.editWindow))
  const purgeAfter = checked('purgeAfter', toSeconds(moderation.purgeAfter))
  const ratelimit = checked('ratelimit', guard.ratelimit)
  const directReply = checked('directReply', guard.directReply)
  refuseRepliesWithoutMail(comments.replyNotifications, mailIsOn(doc))

  setDuration(doc, 'general', 'max-age', maxAge)
  setBoolean(doc, 'general', 'gravatar', comments.gravatar)
  setBoolean(doc, 'general', 'latest-enabled', comments.latestEnabled)
  setBoolean(doc, 'general', 'reply-notifications', comments.replyNotifications)
  setBoolean(doc, 'moderation', 'enabled', moderation.enabled)
  setBoolean(
    doc,
    'moderation',
    'approve-if-email-previously-approved',
    moderation.approveIfEmailPreviouslyApproved,
  )
  setDuration(doc, 'moderation', 'purge-after', purgeAfter)
  setBoolean(doc, 'guard', 'enabled', guard.enabled)
  setInteger(doc, 'guard', 'ratelimit', ratelimit)
  setInteger(doc, 'guard', 'direct-reply', directReply)
  setBoolean(doc, 'guard', 'reply-to-self', guard.replyToSelf)
  setBoolean(doc, 'guard', 'require-author', guard.requireAuthor)
  setBoolean(doc, 'guard', 'require-email', guard.requireEmail)
}

// What the form shows: the file's values as Isso reads them, Isso's defaults for missing
// keys. A value Isso would refuse, a `$NAME` we cannot resolve or one we never write
// (zero, negative) shows Isso's default: the form is how the user repairs the file, so
// it must open, and saving writes a valid value over the bad one.
export function readServerInput(doc: ConfigDocument): ServerInput {
  const { general, moderation, guard } = readSettings(doc)
  const defaults = issoDefaults()
  const positive = (value: number, fallback: number) => (value > 0 ? value : fallback)
  return {
    comments: {
      editWindow: fromSeconds(positive(general.maxAge, defaults.general.maxAge)),
      gravatar: general.gravatar,
      latestEnabled: general.latestEnabled,
      replyNotifications: general.replyNotifications,
    },
    moderation: {
      enabled: moderation.enabled,
      approveIfEmailPreviouslyApproved: moderation.approveIfEmailPreviouslyApproved,
      purgeAfter: fromSeconds(positive(moderation.purgeAfter, defaults.moderation.purgeAfter)),
    },
    guard: {
      enabled: guard.enabled,
      ratelimit: positive(guard.ratelimit, defaults.guard.ratelimit),
      directReply: positive(guard.directReply, defaults.guard.directReply),
      replyToSelf: guard.replyToSelf,
      requireAuthor: guard.requireAuthor,
      requireEmail: guard.requireEmail,
    },
  }
}
