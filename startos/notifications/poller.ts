import type { T } from '@start9labs/start-sdk'
import type { Store, Volume } from '../sites'
import { notifyScope, sameSeen, siteOutcome, siteQuery, type Seen } from '../isso/notify'
import type { SitePoll, SiteQuery } from '../isso/poll'
import { sdk } from '../sdk'
import { ownerNotification } from './message'
import { rememberSeen, siteNotifications } from './state'

// New comments → StartOS notifications, from the poll main runs every minute
// (health/commentsPoll.ts): what to ask each site's database, then what to tell the
// owner and remember. No write unless a comment came or a choice changed.

export interface NotifySite {
  /** null for the first site. */
  name: string | null
  /** As Isso runs with it: the `auto` choice follows moderation. */
  moderation: boolean
  mail: boolean
}

export interface NotifyPlan {
  site: NotifySite
  /** Where the site's database stood at the last poll. */
  seen: Seen | undefined
  /** What to ask of new comments; null while the site's notifications are off. */
  query: SiteQuery | null
}

/** Each site's question, from the owner's choice and what was remembered (store.json, read at each poll). */
export function planNotifications(store: Store | null, sites: readonly NotifySite[]): NotifyPlan[] {
  return sites.map((site) => {
    const state = siteNotifications(store, site.name)
    return { site, seen: state.seen, query: siteQuery(notifyScope(state.choice, site.moderation), state.seen) }
  })
}

/**
 * Tells the owner of each site's new comments (one notification a site) and remembers
 * where each database stands. `polls` is the poll's answer for each plan, in order, or
 * the error that stopped it; a site whose database could not be read fails the whole
 * round: nothing told, nothing remembered, the next poll tries again.
 */
export async function announceNewComments(
  volume: Volume,
  effects: T.Effects,
  plans: readonly NotifyPlan[],
  polls: readonly SitePoll[] | Error,
): Promise<{ result: 'success' | 'failure'; message: string | null }> {
  try {
    if (polls instanceof Error) throw polls
    const unread = polls.find((p) => !p.ok)
    if (unread && !unread.ok) throw new Error(unread.error)
    const changes = new Map<string | null, Seen | undefined>()
    for (const [i, { site, seen }] of plans.entries()) {
      const poll = polls[i]
      const outcome = siteOutcome(seen, poll.ok ? poll.news : null)
      if (outcome.announce) {
        // main is stopping: do not remember this site's comments either, so the next
        // start announces them (the sites before it were told and are remembered).
        if (!effects.isInContext) break
        const several = plans.length > 1
        try {
          await sdk.notification.create(effects, ownerNotification(outcome.announce, { site: site.name, several, mail: site.mail }))
        } catch (error) {
          // Not remembered: the next poll tries again; the other sites go on.
          console.error(`New-comment notifications, site ${site.name ?? '/'}: ${(error as Error).message}`)
          continue
        }
      }
      if (!sameSeen(seen, outcome.seen)) changes.set(site.name, outcome.seen)
    }
    // After notifying: a stop in between announces them again rather than never.
    await rememberSeen(volume, changes)
    return { result: 'success', message: null }
  } catch (error) {
    // Not a status of its own: the log is where a failing round shows.
    console.error(`New-comment notifications: ${(error as Error).message}`)
    return { result: 'failure', message: (error as Error).message }
  }
}
