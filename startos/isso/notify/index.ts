// New comments for the owner's StartOS notifications: what to read (reader), what to do
// with the answer (plan), and visitor text made safe (text). Pure apart from the reader's
// exec; the notification's wording lives in notifications/ (it speaks i18n).
export { newCommentsCommand, parseNewComments, readNewComments, type NewComment, type Seen, type SiteAnswer, type SiteQuery } from './reader'
export { isNotifyChoice, LIST_LIMIT, NOTIFY_CHOICES, notifyScope, sameSeen, siteOutcome, siteQuery, type Announcement, type NotifyChoice, type SiteOutcome } from './plan'
export { escapeMarkdown, plainText, TEXT_LIMITS } from './text'
