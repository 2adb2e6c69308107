// New comments for the owner's StartOS notifications: what to ask and what to do with the
// answer (plan; the poll itself is isso/poll/), and visitor text made safe (text). Pure;
// the notification's wording lives in notifications/ (it speaks i18n).
export { isNotifyChoice, LIST_LIMIT, NOTIFY_CHOICES, notifyScope, sameSeen, siteOutcome, siteQuery, type Announcement, type NotifyChoice, type SiteOutcome } from './plan'
export { escapeMarkdown, plainText, TEXT_LIMITS } from './text'
// What a notification lists, and where a site's database stood when last polled: the poll's words.
export type { NewComment, Seen } from '../poll'
