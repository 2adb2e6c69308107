import { plainText } from '../notify/text'
import type { WaitingComment } from './queue'
import type { Decision } from './route'

// The review form's fields, one per waiting comment, and the decisions read back from it.
// Everything a visitor wrote (name, e-mail, website, page title and path, text) is made
// one plain line (plainText: no control or bidirectional characters, no line breaks, cut
// with an ellipsis) before it is shown: it can neither reorder nor imitate the lines the
// package writes around it. StartOS shows a field's name and description as text, never
// as markdown or HTML.

/** A screenful: the oldest this many are shown; the rest wait for the next run. */
export const REVIEW_LIMIT = 25

/** Limits for each visitor field, in characters. */
export const FIELD_LIMITS = { author: 60, email: 80, website: 100, title: 80, uri: 120, excerpt: 70, text: 1000 } as const

export const CHOICES = ['leave', 'approve', 'delete'] as const
export type Choice = (typeof CHOICES)[number]

/** The form key of a comment: never "site", the key of the site's choice. */
export type CommentKey = `c${number}`
export const fieldKey = (id: number): CommentKey => `c${id}`
const KEY = /^c([1-9][0-9]{0,14})$/

/** "2026-12-01 10:00 UTC": the same for every owner's language, and exact. */
export function formatWhen(created: number): string {
  const d = new Date(created * 1000)
  return Number.isNaN(d.getTime()) ? '?' : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

export interface ShownComment {
  key: CommentKey
  id: number
  /** 1-based place among all waiting comments, oldest first. */
  position: number
  author: string
  email: string
  website: string
  title: string
  uri: string
  when: string
  excerpt: string
  text: string
}

/** The visitor's fields as plain, bounded lines (empty string: not given). */
export function shownComment(c: WaitingComment, position: number): ShownComment {
  return {
    key: fieldKey(c.id),
    id: c.id,
    position,
    author: plainText(c.author, FIELD_LIMITS.author),
    email: plainText(c.email, FIELD_LIMITS.email),
    website: plainText(c.website, FIELD_LIMITS.website),
    title: plainText(c.title, FIELD_LIMITS.title),
    uri: plainText(c.uri, FIELD_LIMITS.uri),
    when: formatWhen(c.created),
    excerpt: plainText(c.text, FIELD_LIMITS.excerpt),
    text: plainText(c.text, FIELD_LIMITS.text),
  }
}

export interface Decided {
  id: number
  decision: Decision
}

/**
 * The approve and delete choices of a submitted form, in the order given. The SDK checks
 * only that each value is one of the select's keys; this checks again, and refuses any
 * other field, so a crafted input cannot name something that is not a comment.
 */
export function readDecisions(fields: Record<string, unknown>): Decided[] {
  const out: Decided[] = []
  for (const [key, value] of Object.entries(fields)) {
    const m = KEY.exec(key)
    if (!m || typeof value !== 'string' || !(CHOICES as readonly string[]).includes(value)) {
      throw new InvalidDecisionError(key)
    }
    if (value !== 'leave') out.push({ id: Number(m[1]), decision: value as Decision })
  }
  return out
}

export class InvalidDecisionError extends Error {
  constructor(readonly field: string) {
    super(`not a decision: ${field.slice(0, 40)}`)
  }
}
