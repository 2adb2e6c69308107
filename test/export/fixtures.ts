// A database that holds every case the export must carry: replies, a reply to a deleted
// comment (Isso's placeholder), pending comments with and without replies, votes, an
// edit, a website, a reply-notification, non-ASCII and XML-special text, a carriage
// return, a control character, anonymous and blank names, missing and empty e-mails,
// IPv4 and IPv6, fractional times, a page path with a query, untitled and empty threads.
import type { SpecThread } from './issoDb'

const base = { website: null, remote_addr: '192.0.2.0', mode: 1 as const }

export const SPEC: SpecThread[] = [
  {
    uri: '/a/',
    title: 'Über Äpfel',
    comments: [
      { ...base, key: 'a1', author: 'Zoë', email: 'zoe@example.org', website: 'https://zoe.example', text: 'Grüße 日本語 & <b>x</b> ]]>\r\nzweite Zeile', created: 1700000000.75, likes: 2, dislikes: 1, notification: 1 },
      { ...base, key: 'a2', parent: 'a1', author: null, email: null, text: 'anonymous reply', remote_addr: '2001:0db8:0000:0000:0000:0000:0000:0000', created: 1700000100.5, editedAt: 1700000200.25 },
      { ...base, key: 'a3', parent: 'a1', author: 'Pen', email: '', text: 'pending reply', created: 1700000300, mode: 2 },
      { ...base, key: 'a4', author: 'Del', email: 'del@example.org', text: 'soon deleted', created: 1700000400, delete: true },
      { ...base, key: 'a5', parent: 'a4', author: 'Łukasz', email: 'l@example.org', text: 'reply to a deleted one \u0007 bell', created: 1700000500 },
      { ...base, key: 'a6', author: 'Mod', email: 'mod@example.org', text: 'pending, yet replied to', created: 1700000550, mode: 2 },
      { ...base, key: 'a7', parent: 'a6', author: '', email: 'blank@example.org', text: 'reply to a pending one', created: 1700000560 },
    ],
  },
  { uri: '/?p=11', title: '  Second  ', comments: [{ ...base, key: 'b1', author: 'Bob', email: 'bob@example.org', text: 'b', created: 1700000600 }] },
  { uri: '/untitled/', title: null, comments: [{ ...base, key: 'd1', author: 'Dee', email: 'dee@example.org', text: 'd', created: 1700000700 }] },
  { uri: '/quiet/', title: 'Quiet', comments: [] },
  { uri: '/only-pending/', title: 'P', comments: [{ ...base, key: 'e1', author: 'Eve', email: 'eve@example.org', text: 'e', created: 1700000800, mode: 2 }] },
]

/** A thread of `n` approved comments, every fifth a reply, ~`textLength` characters each. */
export function manyComments(uri: string, n: number, textLength = 200, start = 1600000000): SpecThread {
  const text = 'Lorem ipsum dolor sit amet, äöü ß 日本 '.repeat(Math.ceil(textLength / 36)).slice(0, textLength)
  return {
    uri,
    title: `Thread ${uri}`,
    comments: Array.from({ length: n }, (_, i) => ({
      ...base,
      key: `${uri}#${i}`,
      ...(i % 5 === 4 ? { parent: `${uri}#${i - 4}` } : {}),
      author: `Author ${i}`,
      email: `author${i}@example.org`,
      text,
      created: start + i,
    })),
  }
}
