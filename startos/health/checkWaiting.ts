import { i18n } from '../i18n'
import type { ConfigDocument } from '../isso/configparser'
import type { IssoRunner } from '../container/runner'
import type { NotifyChoice } from '../isso/notify'
import { readWaitingComments } from '../isso/waiting'
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
 * Comments waiting for approval, for the dashboard: one read-only COUNT per site with
 * the image's Python (measured: 22–29 ms each), so an owner sees them without logging in.
 * Not being able to count is a failure: the database could not be read.
 */
export async function checkWaiting(
  runner: IssoRunner,
  sites: readonly WaitingSite[],
  now: Date,
  /** Each site's StartOS notifications choice, read at each check (it changes without a restart). */
  notifyChoice: (name: string | null) => NotifyChoice | undefined,
): Promise<{ result: 'success' | 'failure'; message: string }> {
  const parts: string[] = []
  for (const site of sites) {
    let message: string
    try {
      message = waitingHealth(await readWaitingComments(runner, site.dbPath), moderationContext(site.doc, notifyChoice(site.name)), now).message
    } catch (error) {
      const reason = i18n('Cannot count the comments waiting for approval: ${error}', { error: (error as Error).message })
      return { result: 'failure', message: site.name === null ? reason : i18n('Blog ${site}: ${reason}', { site: site.name, reason }) }
    }
    // Unnamed only for the first blog alone; an extra blog counted alone is named (the
    // first one is left out then, its file being one Isso cannot start with).
    const alone = sites.length === 1 && site.name === null
    parts.push(alone ? message : i18n('Blog ${site}: ${reason}', { site: site.name ?? '/', reason: message }))
  }
  // One paragraph, each blog's sentences after the other's: StartOS shows a health
  // message as one block of text, where line breaks collapse.
  return { result: 'success', message: parts.join(' ') }
}
