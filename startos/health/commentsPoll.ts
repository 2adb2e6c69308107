import type { T } from '@start9labs/start-sdk'
import type { IssoRunner } from '../container/runner'
import { readPoll, type SitePoll } from '../isso/poll'
import { announceNewComments, planNotifications } from '../notifications/poller'
import { siteNotifications } from '../notifications/state'
import { sdk } from '../sdk'
import { readStore, type Volume } from '../sites'
import { waitingReport, type WaitingSite } from './checkWaiting'
import { moderationContext } from './waitingMessage'

// One poll a minute of every site's comments.db feeds the dashboard's waiting-comments
// check and the owner's StartOS notifications of new comments. main runs it as that
// health check: the SDK then runs it on a timer while Isso is up (`requires` the
// daemon), never two at once, and stops it with main (the daemons' term aborts the loop
// and waits for a poll under way). A poll is one process of the image's Python for all
// sites (isso/poll/): a count of the waiting comments and a few primary-key reads each.
// Measured (scripts/bench-notify.ts, 10,000 comments a site, 2-core test machine at a
// load average of 4): about 90 ms and 80 ms of CPU per poll, most of it Python starting,
// 105 ms and 95 ms for three sites; SQLite's shared lock held about 18 ms a site, nearly
// all of it the count, which reads the whole comments table (Isso 0.14.0 has no index
// on `mode`: isso/db/comments.py); at a load average of 17, twice those. Once a minute:
// 60 wake-ups and about 5–6 s of CPU an hour (under 0.2 % of one core), whatever the
// number of sites.

type Trigger = ReturnType<typeof sdk.trigger.statusTrigger>

export interface PollTiming {
  /** After Isso is up: that poll counts the waiting comments and remembers where the databases stand. */
  firstMs: number
  /** Then: a comment reaches the dashboard and the owner within a minute or so. */
  intervalMs: number
  /** After a failed poll (either part). */
  retryMs: number
}

export const POLL_TIMING: PollTiming = Object.freeze({ firstMs: 1_000, intervalMs: 60_000, retryMs: 30_000 })

/** When main polls: given whether the last poll's notifications part failed (the check's own result says only whether counting did). */
export type PollSchedule = (notifyFailed: () => boolean) => Trigger

/** The package's schedule: `timing`, a failure of either part retried sooner. */
export const pollSchedule =
  (timing: PollTiming): PollSchedule =>
  (notifyFailed) =>
  (getInput) =>
    sdk.trigger.statusTrigger(timing.intervalMs, { starting: timing.firstMs, waiting: timing.firstMs, failure: timing.retryMs })(() =>
      notifyFailed() ? { ...getInput(), lastResult: 'failure' } : getInput(),
    )

type Result = { result: 'success' | 'failure'; message: string }

/**
 * One poll: reads every site's database once, tells the owner of new comments and
 * remembers them, and returns both outcomes: `waiting` is what the dashboard shows,
 * `notify` (hidden) only goes to the log when it fails.
 */
export async function pollComments(
  volume: Volume,
  effects: T.Effects,
  runner: IssoRunner,
  sites: readonly WaitingSite[],
  now: () => Date,
): Promise<{ waiting: Result; notify: { result: 'success' | 'failure'; message: string | null } }> {
  // Read at each poll, not `.const`: a new choice applies from the next poll and must
  // not restart Isso.
  const store = await readStore(volume)
  const plans = planNotifications(
    store,
    sites.map(({ name, doc }) => {
      const { moderation, mail } = moderationContext(doc)
      return { name, moderation, mail }
    }),
  )
  let polls: SitePoll[] | Error
  try {
    polls = await readPoll(runner, sites.map((site, i) => ({ db: site.dbPath, news: plans[i].query })))
  } catch (error) {
    polls = error as Error
  }
  const notify = await announceNewComments(volume, effects, plans, polls)
  const counted = polls instanceof Error ? sites.map(() => ({ ok: false as const, error: (polls as Error).message })) : polls
  const waiting = waitingReport(sites, counted, now(), (name) => siteNotifications(store, name).choice)
  return { waiting, notify }
}

/** The dashboard's waiting-comments check, which also runs the notifications: its fn and its trigger. */
export function commentsPollCheck(
  volume: Volume,
  effects: T.Effects,
  runner: IssoRunner,
  sites: readonly WaitingSite[],
  schedule: PollSchedule,
  now = () => new Date(),
) {
  let notifyFailed = false
  let last: Result = { result: 'success', message: '' }
  return {
    fn: async (): Promise<Result> => {
      // main is stopping: StartOS leaves its context before tearing its daemons down. The
      // SDK can still start this check again during the teardown (the check it depends
      // on reports once more after this one was stopped: HealthDaemon.updateStatus), and
      // a poll started then would run Python in the container being destroyed.
      if (!effects.isInContext) return last
      const { waiting, notify } = await pollComments(volume, effects, runner, sites, now)
      notifyFailed = notify.result === 'failure'
      last = waiting
      return waiting
    },
    trigger: schedule(() => notifyFailed),
  }
}
