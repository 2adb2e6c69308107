import { i18n } from '../i18n'
import type { ConfigDocument } from '../isso/configparser'
import type { NotifyChoice } from '../isso/notify'
import type { SitePoll } from '../isso/poll'
import { moderationContext, waitingHealth } from './waitingMessage'

export interface WaitingSite {
  /** null for the first site. */
  name: string | null
  /** The site's database as Isso's container sees it. */
  dbPath: string
  /** The site's config as Isso runs with it (moderation, mail, purge-after). */
  doc: ConfigDocument
}

/**
 * Comments waiting for approval, for the dashboard, from the latest poll (each blog
 * named when there are several), so an owner sees them without logging in. Not being
 * able to count is a failure, naming the first site whose database could not be read.
 */
export function waitingReport(
  sites: readonly WaitingSite[],
  /** The poll's answer for each site, in order. */
  polls: readonly SitePoll[],
  now: Date,
  /** Each site's StartOS notifications choice, read at each poll (it changes without a restart). */
  notifyChoice: (name: string | null) => NotifyChoice | undefined,
): { result: 'success' | 'failure'; message: string } {
  const parts: string[] = []
  for (const [i, site] of sites.entries()) {
    const poll = polls[i]
    if (!poll.ok) {
      const reason = i18n('Cannot count the comments waiting for approval: ${error}', { error: poll.error })
      return { result: 'failure', message: site.name === null ? reason : i18n('Blog ${site}: ${reason}', { site: site.name, reason }) }
    }
    const message = waitingHealth(poll.waiting, moderationContext(site.doc, notifyChoice(site.name)), now).message
    // Unnamed only for the first blog alone; an extra blog counted alone is named (the
    // first one is left out then, its file being one Isso cannot start with).
    const alone = sites.length === 1 && site.name === null
    parts.push(alone ? message : i18n('Blog ${site}: ${reason}', { site: site.name ?? '/', reason: message }))
  }
  // One paragraph, each blog's sentences after the other's: StartOS shows a health
  // message as one block of text, where line breaks collapse.
  return { result: 'success', message: parts.join(' ') }
}
