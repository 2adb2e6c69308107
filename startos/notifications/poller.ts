import type { T } from '@start9labs/start-sdk'
import {
  notifyScope,
  readNewComments,
  sameSeen,
  siteOutcome,
  siteQuery,
  type Seen,
  type SiteQuery,
} from '../isso/notify'
import type { IssoRunner } from '../container/runner'
import { sdk } from '../sdk'
import { readStore } from '../sites'
import { ownerNotification } from './message'
import { rememberSeen, siteNotifications } from './state'

// New comments → StartOS notifications. main runs `pollNewComments` as a health check
// with no display (hidden from the dashboard): the SDK then runs it on a timer while
// Isso is up (`requires` the daemon), never two at once, and stops it with main (the
// daemons' term aborts the loop and waits for a poll under way). A poll is one process
// of the image's Python for all sites, a few primary-key reads each, and no write
// unless a comment came or a choice changed. Measured (scripts/bench-notify.ts, 2-core
// test machine, 10,000 comments a site): 30–40 ms and about as much CPU per poll, nearly
// all of it Python starting, the same for three sites; SQLite's shared lock held 0.5 ms.
// Once a minute: 60 wake-ups and about 2 s of CPU an hour (0.06 % of one core).

type Trigger = ReturnType<typeof sdk.trigger.statusTrigger>

/**
 * When main polls: `firstMs` after Isso is up (that poll only remembers where the
 * databases stand, so a comment in the first minute is announced), then every
 * `intervalMs` (a comment reaches the owner within a minute or so), `retryMs` after a
 * failed poll. Read when main starts. Tests shorten the times, or set `trigger` to poll
 * on demand.
 */
export const notifyTiming: { firstMs: number; intervalMs: number; retryMs: number; trigger: Trigger | null } = {
  firstMs: 1_000,
  intervalMs: 60_000,
  retryMs: 30_000,
  trigger: null,
}

export function notifyTrigger(): Trigger {
  const { firstMs, intervalMs, retryMs, trigger } = notifyTiming
  return trigger ?? sdk.trigger.statusTrigger(intervalMs, { starting: firstMs, waiting: firstMs, failure: retryMs })
}

export interface NotifySite {
  /** null for the first site. */
  name: string | null
  /** The site's database as Isso's container sees it. */
  dbPath: string
  /** As Isso runs with it: the `auto` choice follows moderation. */
  moderation: boolean
  mail: boolean
}

export async function pollNewComments(
  effects: T.Effects,
  runner: IssoRunner,
  sites: readonly NotifySite[],
): Promise<{ result: 'success' | 'failure'; message: string | null }> {
  try {
    // Read at each poll, not `.const`: a new choice applies from the next poll and
    // must not restart Isso.
    const store = await readStore()
    const planned = sites.map((site) => {
      const state = siteNotifications(store, site.name)
      const query = siteQuery(site.dbPath, notifyScope(state.choice, site.moderation), state.seen)
      return { site, seen: state.seen, query }
    })
    const queries = planned.flatMap((p) => (p.query ? [p.query] : []))
    const answers = await readNewComments(runner, queries)
    const byQuery = new Map<SiteQuery, (typeof answers)[number]>(queries.map((q, i) => [q, answers[i]]))

    const changes = new Map<string | null, Seen | undefined>()
    for (const { site, seen, query } of planned) {
      const outcome = siteOutcome(seen, query ? byQuery.get(query)! : null)
      if (outcome.announce) {
        // main is stopping: do not remember this site's comments either, so the next
        // start announces them (the sites before it were told and are remembered).
        if (!effects.isInContext) break
        const several = sites.length > 1
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
    await rememberSeen(changes)
    return { result: 'success', message: null }
  } catch (error) {
    // Hidden check: the log is where a failing poll shows.
    console.error(`New-comment notifications: ${(error as Error).message}`)
    return { result: 'failure', message: (error as Error).message }
  }
}
