import type { T } from '@start9labs/start-sdk'
import type { SiteFiles } from '../fileModels'
import { i18n } from '../i18n'
import { ISSO_PORT } from '../interfaces'
import { applyDecisions, IssoNotAnsweringError, type Applied, type ApplyReport } from '../isso/moderation/apply'
import { InvalidDecisionError, readDecisions, REVIEW_LIMIT, shownComment, type CommentKey, type ShownComment } from '../isso/moderation/form'
import { readWaitingQueues, type WaitingQueue } from '../isso/moderation/queue'
import { callIsso, publicAddress, type PublicAddress } from '../isso/moderation/route'
import { withTempRunner, type WithRunner } from '../container/runner'
import { sdk } from '../sdk'
import { commentsAddresses } from '../sites/addresses'
import { GROUPS } from './groups'
import { chosenSite, siteChoice } from './sites/siteForm'
import { extraSiteNames, siteLabel, type Volume } from '../sites'
import { siteNote, withSiteNote } from './sites/siteNote'

const { InputSpec, Value } = sdk

// Numbers go to i18n as strings (see importComments.ts: Intl throws under LANG=C).

/** Where the action reads the databases and reaches Isso: the package's (below), or a test's. */
export interface ReviewCommentsDeps {
  /** Runs `fn` in a temporary container of Isso's image with the volume's db at /db (read-only use). */
  withRunner: WithRunner
  /** The running Isso, from the package's own container (gunicorn binds 0.0.0.0). */
  issoOrigin: string
  /** The site's public https address, as StartOS gives it to the comments interface. */
  publicAddress: (effects: T.Effects) => Promise<PublicAddress | null>
}

/** The package's. */
export const REVIEW_COMMENTS_DEPS: Readonly<ReviewCommentsDeps> = Object.freeze({
  withRunner: withTempRunner,
  issoOrigin: `http://127.0.0.1:${ISSO_PORT}`,
  // Best first, as the embed code offers them: a public domain before the rest.
  publicAddress: async (effects: T.Effects) => publicAddress(await commentsAddresses(effects)),
})

const choices = () => ({ leave: i18n('Leave waiting'), approve: i18n('Approve'), delete: i18n('Delete') })

/** One select per comment: a one-line summary as its name, every detail as its description. */
function commentField(c: ShownComment, total: number) {
  const author = c.author || i18n('Anonymous')
  const from = [author, c.email, c.website].filter(Boolean).join(', ')
  const page = c.title ? i18n('${title} (${path})', { title: c.title, path: c.uri || '?' }) : c.uri || '?'
  return Value.select({
    name: i18n('${position} of ${total}: ${author}: ${excerpt}', {
      position: String(c.position),
      total: String(total),
      author,
      excerpt: c.excerpt || '…',
    }),
    description: [
      i18n('Comment #${id}', { id: String(c.id) }),
      i18n('From: ${from}', { from }),
      i18n('Page: ${page}', { page }),
      i18n('Written: ${when}', { when: c.when }),
      i18n('Text: ${text}', { text: c.text }),
    ].join('\n'),
    default: 'leave',
    values: choices(),
  })
}

// Built when the form opens; the SDK keeps that very spec for checking the submitted
// input (setupActions: prevInputSpec per event), so a comment approved elsewhere in the
// meantime still arrives here, and run reports it as skipped.
function siteSpec(queue: WaitingQueue) {
  const fields: Record<CommentKey, ReturnType<typeof commentField>> = {}
  for (const [n, c] of queue.items.entries()) {
    const shown = shownComment(c, n + 1)
    fields[shown.key] = commentField(shown, queue.total)
  }
  return InputSpec.of(fields)
}

async function readQueues(deps: ReviewCommentsDeps, effects: T.Effects, sites: SiteFiles[]): Promise<WaitingQueue[]> {
  try {
    return await deps.withRunner(effects, 'review', (runner) =>
      readWaitingQueues(runner, sites.map((s) => s.layout.dbPath), REVIEW_LIMIT),
    )
  } catch {
    // The form's error is shown as HTML by StartOS: a fixed sentence, nothing read from a file.
    throw new Error(i18n('The waiting comments could not be read. Check that Isso Server is healthy, then try again.'))
  }
}

const waitingLabel = (name: string | null, queue: WaitingQueue) =>
  i18n('${site}: ${count} waiting', { site: siteLabel(name), count: String(queue.total) })

const inputSpec = (volume: Volume, deps: ReviewCommentsDeps) => async ({ effects }: { effects: T.Effects }) => {
  const names = await extraSiteNames(volume)
  const sites = [null, ...names]
  const queues = await readQueues(deps, effects, sites.map((name) => volume.site(name)))
  if (names.length === 0) return siteSpec(queues[0])
  const queueOf = (name: string | null) => queues[sites.indexOf(name)]
  return siteChoice(names, i18n("Which blog's waiting comments to review. Each blog keeps its own comments."), async (name) => ({
    name: waitingLabel(name, queueOf(name)),
    spec: siteSpec(queueOf(name)),
  }))
}

export const reviewCommentsAction = (volume: Volume, deps: ReviewCommentsDeps = REVIEW_COMMENTS_DEPS) => sdk.Action.withInput(
  'review-comments',
  {
    name: i18n('Review Waiting Comments'),
    description: i18n(
      'Approve or delete the comments waiting for approval, the oldest ${limit} at a time, without the admin panel. Isso applies each decision itself, as from its admin panel: with reply notifications on, an approved reply is e-mailed to those who subscribed to its thread.',
      { limit: String(REVIEW_LIMIT) },
    ),
    warning: null,
    // Decisions go through the running Isso's own moderation routes.
    allowedStatuses: 'only-running',
    group: GROUPS.comments,
    visibility: 'enabled',
  },
  inputSpec(volume, deps),
  async () => null,
  async ({ effects, input: raw }) => {
    const { site, fields } = await chosenSite(volume, raw)
    let decided
    try {
      decided = readDecisions(fields)
    } catch (e) {
      if (e instanceof InvalidDecisionError) throw new Error(i18n('Unknown choice. Run this action again.'))
      throw e
    }
    const shown = Object.keys(fields).length
    const note = await siteNote(volume, site)
    const done = (message: string) => ({ version: '1' as const, title: i18n('Waiting comments reviewed'), message: withSiteNote(note, message), result: null })
    if (decided.length === 0) {
      const [queue] = await readQueues(deps, effects, [site])
      return done(
        queue.total === 0
          ? i18n('No comments are waiting for approval.')
          : i18n('Nothing was changed: comments waiting for approval: ${count}.', { count: String(queue.total) }),
      )
    }
    const address = await deps.publicAddress(effects)
    if (!address) {
      throw new Error(i18n('StartOS has not given Isso an https address yet, so nothing was changed. Try again once the service has its addresses.'))
    }
    let report: ApplyReport
    try {
      report = await deps.withRunner(effects, 'review', (runner) =>
        applyDecisions(decided, {
          runner,
          call: (method, path, headers, timeoutMs) => callIsso(deps.issoOrigin, method, path, headers, timeoutMs),
          dbFile: site.layout.dbPath,
          prefix: site.layout.prefix,
          address,
        }),
      )
    } catch (e) {
      if (e instanceof IssoNotAnsweringError) {
        throw new Error(
          i18n('Isso is not running, so nothing was changed. Start the service, wait until Isso Server is healthy, and run this action again.'),
        )
      }
      throw e
    }
    return done(describeReport(report, shown - decided.length))
  },
)

function describeReport(report: ApplyReport, left: number): string {
  const count = (r: Applied['result']) => String(report.applied.filter((a) => a.result === r).length)
  const lines = [i18n('Approved: ${approved}. Deleted: ${deleted}. Left waiting: ${left}.', { approved: count('approved'), deleted: count('deleted'), left: String(left) })]
  for (const a of report.applied) {
    const id = String(a.id)
    if (a.result === 'was-approved') lines.push(i18n('Comment #${id} was skipped: it had been approved meanwhile.', { id }))
    if (a.result === 'was-deleted') lines.push(i18n('Comment #${id} was skipped: it had been deleted meanwhile.', { id }))
    if (a.result === 'gone') lines.push(i18n('Comment #${id} was skipped: it no longer exists.', { id }))
    if (a.result === 'refused') lines.push(i18n('Isso did not accept the key for comment #${id}; it may be restarting. Run this action again in a minute.', { id }))
    if (a.result === 'failed') lines.push(i18n('Comment #${id} could not be changed: ${detail}', { id, detail: a.detail ?? '' }))
  }
  lines.push(i18n('Comments waiting for approval now: ${count}.', { count: String(report.stillWaiting) }))
  return lines.join(' ')
}
