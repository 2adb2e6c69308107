import type { IssoRunner } from '../../container/runner'
import type { Decided } from './form'
import { readWaitingQueues } from './queue'
import { routeCall, routeOutcome, type HttpReply, type PublicAddress } from './route'
import { readSignedComments } from './signed'

// Applies the owner's decisions through the running Isso, one comment at a time, oldest
// first. Each comment's state is read just before (one snapshot for all): a comment that
// no longer waits (approved in the admin panel meanwhile, deleted, purged by Isso) is
// skipped and reported, never acted on, because the owner decided on a waiting comment.

export interface ApplyDeps {
  /** Runs commands in a container of Isso's image with the site's database. */
  runner: IssoRunner
  /** One HTTP request to the running Isso. */
  call: (method: 'GET' | 'POST', path: string, headers: Record<string, string>, timeoutMs: number) => Promise<HttpReply>
  /** The site's database as that container sees it. */
  dbFile: string
  /** '' for the first site, '/<name>' for an added one (mounted there by assets/isso_sites.py). */
  prefix: string
  address: PublicAddress
  python?: string
}

export type AppliedResult =
  | 'approved'
  | 'deleted'
  /** Skipped: approved meanwhile. */
  | 'was-approved'
  /** Skipped: deleted meanwhile (kept as "deleted" for its replies). */
  | 'was-deleted'
  /** Skipped: no such comment any more. */
  | 'gone'
  /** Isso refused the key: it runs with an older session key (restarting fixes it). */
  | 'refused'
  | 'failed'

export interface Applied extends Decided {
  result: AppliedResult
  /** For 'failed': Isso's status or the network error, short. */
  detail?: string
}

export interface ApplyReport {
  applied: Applied[]
  /** Comments still waiting once everything was applied. */
  stillWaiting: number
}

export class IssoNotAnsweringError extends Error {}

/** A moderation request can wait for a worker gunicorn is replacing (its timeout is 30 s). */
const ROUTE_TIMEOUT_MS = 35_000
const INFO_TIMEOUT_MS = 5_000

export async function applyDecisions(decided: readonly Decided[], deps: ApplyDeps): Promise<ApplyReport> {
  // The route needs the running Isso; the database alone is never written here.
  const info = await deps.call('GET', `${deps.prefix}/info`, {}, INFO_TIMEOUT_MS).catch((e: unknown) => ({ status: 0, body: String(e) }))
  if (info.status !== 200) throw new IssoNotAnsweringError(info.status ? `HTTP ${info.status}` : info.body.slice(0, 200))

  const signed = await readSignedComments(deps.runner, deps.dbFile, decided.map((d) => d.id), deps.python)
  const applied: Applied[] = []
  for (const [n, d] of decided.entries()) {
    const { mode, key } = signed[n]
    if (mode !== 2) {
      applied.push({ ...d, result: mode === 1 ? 'was-approved' : mode === 4 ? 'was-deleted' : 'gone' })
      continue
    }
    applied.push({ ...d, ...(await applyOne(d, key, deps)) })
  }
  const [queue] = await readWaitingQueues(deps.runner, [deps.dbFile], 0, deps.python)
  return { applied, stillWaiting: queue.total }
}

async function applyOne(d: Decided, key: string, deps: ApplyDeps): Promise<Pick<Applied, 'result' | 'detail'>> {
  const call = routeCall(deps.prefix, d.id, d.decision, key, deps.address)
  let reply: HttpReply
  try {
    reply = await deps.call('POST', call.path, call.headers, ROUTE_TIMEOUT_MS)
  } catch (e) {
    return { result: 'failed', detail: e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200) }
  }
  const outcome = routeOutcome(d.decision, reply.status, reply.body)
  switch (outcome) {
    case 'done':
      return { result: d.decision === 'approve' ? 'approved' : 'deleted' }
    case 'already':
      return { result: 'was-approved' }
    case 'gone':
      return { result: 'gone' }
    case 'refused':
      return { result: 'refused' }
    default:
      return { result: 'failed', detail: `HTTP ${reply.status}` }
  }
}
