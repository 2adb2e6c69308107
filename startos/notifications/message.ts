import { i18n } from '../i18n'
import { escapeMarkdown, plainText, TEXT_LIMITS, type Announcement, type NewComment } from '../isso/notify'

// The notification for one site's new comments of one poll: one notification however
// many came (a short list, then a count), never a flood. The title holds only our own
// words and numbers (and, with several sites, the site's name, which the owner chose
// and names.ts restricts to a-z, 0-9 and -); visitor text appears in the message as one
// plain, bounded line and in the markdown details escaped (isso/notify/text.ts).

export interface NotificationContext {
  /** null for the first site. */
  site: string | null
  /** More than one site exists: the title says which. */
  several: boolean
  /** E-mail is on for this site: Isso's own mails have approve/delete links. */
  mail: boolean
}

export interface OwnerNotification {
  level: 'info'
  title: string
  message: string
  data: string
}

function titleFor({ total, waiting }: Announcement): string {
  if (total === 1) return waiting === 1 ? i18n('New comment waiting for approval') : i18n('New comment')
  const count = total
  if (waiting === total) return i18n('New comments waiting for approval: ${count}', { count })
  if (waiting > 0) return i18n('New comments: ${count}, ${waiting} of them waiting for approval', { count, waiting })
  return i18n('New comments: ${count}', { count })
}

const authorOf = (c: NewComment) => plainText(c.author, TEXT_LIMITS.author) || i18n('Anonymous')
const uriOf = (c: NewComment) => plainText(c.uri, TEXT_LIMITS.uri) || i18n('an unknown page')

// Isso stores `created` as epoch seconds; minutes in UTC are enough beside the
// notification's own time, and need no locale.
const timeOf = (c: NewComment) => `${new Date(c.created * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`

/** One list item: who, where, when, whether it waits; then the first words, quoted. */
function item(c: NewComment): string {
  const title = plainText(c.title, TEXT_LIMITS.title)
  const page = title ? `${escapeMarkdown(title)} \\(${escapeMarkdown(uriOf(c))}\\)` : escapeMarkdown(uriOf(c))
  const state = c.waiting ? i18n('waiting for approval') : i18n('published')
  const head = `- **${escapeMarkdown(authorOf(c))}** · ${page} · ${escapeMarkdown(timeOf(c))} · *${escapeMarkdown(state)}*`
  const excerpt = plainText(c.text, TEXT_LIMITS.excerpt)
  return excerpt ? `${head}\n  > ${escapeMarkdown(excerpt)}` : head
}

export function ownerNotification(news: Announcement, ctx: NotificationContext): OwnerNotification {
  const base = titleFor(news)
  const title = ctx.several ? i18n('${site}: ${title}', { site: ctx.site ?? i18n('first blog'), title: base }) : base

  const first = news.items[0]
  let message = first
    ? i18n('${author} on ${page}: ${text}', { author: authorOf(first), page: uriOf(first), text: plainText(first.text, TEXT_LIMITS.excerpt) })
    : base
  if (news.total > 1) message = `${message} ${i18n('And ${count} more: see the details.', { count: news.total - 1 })}`

  const lines = news.items.map(item)
  const unlisted = news.total - news.items.length
  if (unlisted > 0) lines.push('', escapeMarkdown(i18n('And ${count} more, not listed here.', { count: unlisted })))
  if (news.waiting > 0) {
    lines.push('', escapeMarkdown(i18n('Approve or delete waiting comments with the Review Waiting Comments action of this service, without logging in.')))
  }
  const panel = ctx.site === null ? i18n('Admin panel') : i18n('Admin panel: ${site}', { site: ctx.site })
  lines.push('', escapeMarkdown(i18n('Approve, edit or delete comments in the ${panel} interface, logged in with the admin password.', { panel })))
  if (ctx.mail) lines.push('', escapeMarkdown(i18n("Isso's e-mails about new comments also hold a link to delete each one, and one to approve each that waits.")))

  return { level: 'info', title, message, data: lines.join('\n') }
}
