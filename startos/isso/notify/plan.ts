// What one poll does for one site, as a pure function of the owner's choice, what was
// remembered and what the database answered. The rules:
// - Nothing remembered (a new install, an update from a version without notifications,
//   a restore of such a backup, just after an import, or after the owner turned them
//   back on): remember the newest comment now and announce nothing, so old comments are
//   never announced as new.
// - Remembered: announce what is newer (in the chosen scope), then remember the newest.
// - Off: forget, so turning notifications on again starts from that moment, and no
//   query runs while they are off.
// - No database yet: keep what is remembered; nothing can be said.
import type { NewComment, Seen, SiteAnswer, SiteQuery } from '../poll'

/** The owner's choice. `auto`: waiting comments when moderation is on, every comment when it is off. */
export const NOTIFY_CHOICES = ['auto', 'all', 'waiting', 'off'] as const
export type NotifyChoice = (typeof NOTIFY_CHOICES)[number]

export const isNotifyChoice = (v: unknown): v is NotifyChoice => (NOTIFY_CHOICES as readonly unknown[]).includes(v)

/** At most this many comments are listed in one notification; the title counts them all. */
export const LIST_LIMIT = 10

/** Which comments a site's notifications cover, or null for none. */
export function notifyScope(choice: NotifyChoice | undefined, moderation: boolean): SiteQuery['scope'] | null {
  switch (choice ?? 'auto') {
    case 'off':
      return null
    case 'all':
      return 'all'
    case 'waiting':
      return 'waiting'
    default:
      // With moderation off nothing ever waits: "waiting only" would be silence.
      return moderation ? 'waiting' : 'all'
  }
}

/** What to ask a site's database of new comments, or null when its notifications are off. */
export function siteQuery(scope: SiteQuery['scope'] | null, seen: Seen | undefined): SiteQuery | null {
  return scope === null ? null : { after: seen ?? null, scope, limit: LIST_LIMIT }
}

export interface Announcement {
  total: number
  waiting: number
  items: NewComment[]
}

export interface SiteOutcome {
  /** What to tell the owner, or null. */
  announce: Announcement | null
  /** What to remember from now on (undefined: nothing). */
  seen: Seen | undefined
}

/** `answer` is null when no query ran (notifications off). */
export function siteOutcome(seen: Seen | undefined, answer: SiteAnswer | null): SiteOutcome {
  if (answer === null) return { announce: null, seen: undefined }
  if (!answer.exists) return { announce: null, seen }
  if (seen === undefined || answer.total === 0) return { announce: null, seen: answer.top }
  return { announce: { total: answer.total, waiting: answer.waiting, items: answer.items }, seen: answer.top }
}

export const sameSeen = (a: Seen | undefined, b: Seen | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.id === b.id && a.created === b.created)
