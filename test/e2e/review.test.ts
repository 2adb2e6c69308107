// Review Waiting Comments, end to end: upstream Isso 0.14.0 run by main under the runtime
// double, moderation and reply notifications on, mail to a loopback SMTP server. Comments
// are posted through Isso's public API; the action's form is opened and run as StartOS
// does (getInput, then run with the owner's choices); what it did is read back from
// Isso's public API, the database and the mail Isso sent.
import { e2eSkip, e2eVolume, MainRun, request, Runtime, sqlite, until, volumePaths } from './harness'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { after, before, describe, it } from 'node:test'
import type { T } from '@start9labs/start-sdk'
import { addSiteAction } from '../../startos/actions/addSite'
import { REVIEW_COMMENTS_DEPS, reviewCommentsAction } from '../../startos/actions/reviewComments'
import { setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { parseConfig } from '../../startos/isso/configparser'
import { issoPython } from '../helpers/isso'
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../helpers/smtpServer'
import { newContext } from './runtime/effects'

const addSite = addSiteAction(e2eVolume)
const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)

const WEBSITE = 'https://blog.example.com'
const PHOTOS = 'https://photos.example.net'
/** What StartOS would give the comments interface as its public https address. */
const PUBLIC_HOST = 'comments.example.org'
// The runtime double has no addresses (getHostInfo is null); StartOS gives the
// interface its public https one.
const reviewComments = reviewCommentsAction(e2eVolume, { ...REVIEW_COMMENTS_DEPS, publicAddress: async () => ({ host: PUBLIC_HOST }) })

type Spec = Record<string, { type: string; name: string; description: string | null; default: string; values: Record<string, string> }>

/** The form as StartOS gets it, then the run with `choose(spec)`; `between` runs in between. */
async function review(rt: Runtime, choose: (spec: Spec) => Record<string, string>, between?: () => Promise<void>) {
  const ctx = newContext(rt.rec, 'action:review-comments')
  try {
    const form = (await reviewComments.getInput({ effects: ctx.effects, prefill: null })) as { spec: Spec }
    await between?.()
    const input = choose(form.spec)
    const result = (await reviewComments.run({ effects: ctx.effects, input: input as never })) as T.ActionResult | null
    return { spec: form.spec, message: result?.version === '1' ? (result.message ?? '') : '' }
  } finally {
    ctx.leave()
  }
}

async function post(body: Record<string, unknown>, { prefix = '', origin = WEBSITE } = {}): Promise<{ id: number; status: number }> {
  const reply = await request('POST', `${prefix}/new?uri=${encodeURIComponent('/post/')}`, JSON.stringify({ title: 'A post', ...body }), {
    'Content-Type': 'application/json',
    Origin: origin,
  })
  assert.ok(reply.status === 201 || reply.status === 202, `${reply.status} ${reply.body}`)
  return { id: (JSON.parse(reply.body) as { id: number }).id, status: reply.status }
}

const published = async (prefix = '') => {
  const reply = await request('GET', `${prefix}/?uri=${encodeURIComponent('/post/')}`)
  if (reply.status === 404) return []
  const { replies } = JSON.parse(reply.body) as { replies: { id: number; replies?: { id: number }[] }[] }
  return replies.flatMap((c) => [c.id, ...(c.replies ?? []).map((r) => r.id)]).sort((a, b) => a - b)
}

/** Approves as the admin panel does: Isso's own route with a key signed by Isso's signer. */
function panelKey(id: number): string {
  const script = [
    'import sqlite3, sys',
    'from itsdangerous import URLSafeTimedSerializer',
    "key = sqlite3.connect(sys.argv[1]).execute(\"SELECT value FROM preferences WHERE key = 'session-key'\").fetchone()[0]",
    'print(URLSafeTimedSerializer(key).dumps(int(sys.argv[2])))',
  ].join('\n')
  return execFileSync(issoPython(), ['-c', script, volumePaths.db, String(id)], { encoding: 'utf8' }).trim()
}

/** The text of a mail Isso sent (MIMEText, utf-8: base64 body) and its headers. */
function readMail(mail: ReceivedMail): { headers: string; body: string } {
  const [headers, ...rest] = mail.data.split('\r\n\r\n')
  const raw = rest.join('\r\n\r\n')
  const body = /Content-Transfer-Encoding: base64/i.test(headers) ? Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8') : raw
  // Python's email package writes long header values as RFC 2047 encoded words (Q).
  const decoded = headers
    .replace(/\r\n\s+/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?q\?(.*?)\?=/gi, (_, q: string) =>
      Buffer.from(q.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    )
  return { headers: decoded, body }
}

const HOSTILE = [
  '# Heading **bold** [Approve all](https://evil.example/x) <b>html</b> <script>alert(1)</script>',
  'line two\u0007\u001b[31m\u202Egnp.exe\u202C \u2066isolate\u2069 \u200Fmark',
  'x'.repeat(10_000),
].join('\n')
const CONTROL_OR_BIDI = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u

describe('Review Waiting Comments against upstream Isso 0.14.0', { skip: e2eSkip() }, () => {
  let rt: Runtime
  let run: MainRun
  let smtp: TestSmtpServer

  before(async () => {
    smtp = await startSmtpServer()
    rt = new Runtime()
    await rt.install()
    await rt.runAction(setWebsites, { websites: [WEBSITE] })
    await rt.runAction(setAdminPassword, {})
    // Hand edits, as an owner could make them: moderation and reply notifications on, mail
    // to the loopback server, no rate limit (this test posts several comments a minute).
    const doc = parseConfig(await rt.readCfg())
    doc.set('moderation', 'enabled', 'true')
    doc.set('general', 'notify', 'smtp')
    doc.set('general', 'reply-notifications', 'true')
    doc.set('guard', 'enabled', 'false')
    doc.set('smtp', 'host', '127.0.0.1')
    doc.set('smtp', 'port', String(smtp.port))
    doc.set('smtp', 'security', 'none')
    doc.set('smtp', 'from', 'isso@blog.example.com')
    doc.set('smtp', 'to', 'owner@blog.example.com')
    await rt.writeCfg(doc.toString())
    run = await rt.startMain()
    await run.waitForIsso()
  })
  after(async () => {
    await rt?.close()
    await smtp?.close()
  })

  let parent: number

  it('with nothing waiting, says so', async () => {
    const { spec, message } = await review(rt, () => ({}))
    assert.deepEqual(spec, {})
    assert.equal(message, 'No comments are waiting for approval.')
  })

  it('approves a held comment through Isso: it is public afterwards', async () => {
    parent = (await post({ text: 'First!', author: 'Pat', email: 'pat@example.net', notification: 1 })).id
    assert.deepEqual(await published(), [])
    const { spec, message } = await review(rt, (s) => Object.fromEntries(Object.keys(s).map((k) => [k, 'approve'])))
    assert.deepEqual(Object.keys(spec), [`c${parent}`])
    assert.match(message, /^Approved: 1\. Deleted: 0\. Left waiting: 0\. Comments waiting for approval now: 0\.$/)
    assert.deepEqual(await published(), [parent])
  })

  it('approve, delete, leave, and one approved in the panel meanwhile: Isso does each, and mails the subscriber', async () => {
    const reply = (await post({ text: 'A reply to Pat', author: 'Rob', email: 'rob@example.net', parent })).id
    const spam = (await post({ text: 'Buy now', author: 'Spammer' })).id
    const hostile = (await post({ text: HOSTILE, author: 'Eve\n**bold** <i>x</i>\u202E', website: 'https://evil.example/abc' })).id
    const meanwhile = (await post({ text: 'Approve me in the panel', author: 'Quinn' })).id
    const mailsBefore = smtp.received.length

    const { spec, message } = await review(
      rt,
      (s) => ({ ...Object.fromEntries(Object.keys(s).map((k) => [k, 'leave'])), [`c${reply}`]: 'approve', [`c${spam}`]: 'delete', [`c${meanwhile}`]: 'delete' }),
      async () => {
        const r = await request('POST', `/id/${meanwhile}/activate/${panelKey(meanwhile)}`)
        assert.equal(r.status, 200)
      },
    )

    // The form: oldest first, one select each, leave by default.
    assert.deepEqual(Object.keys(spec), [`c${reply}`, `c${spam}`, `c${hostile}`, `c${meanwhile}`])
    for (const field of Object.values(spec)) {
      assert.equal(field.type, 'select')
      assert.equal(field.default, 'leave')
      assert.deepEqual(Object.keys(field.values), ['leave', 'approve', 'delete'])
    }
    assert.match(spec[`c${reply}`].name, /^1 of 4: Rob: A reply to Pat$/)
    assert.equal(
      spec[`c${reply}`].description,
      `Comment #${reply}\nFrom: Rob, rob@example.net\nPage: A post (/post/)\nWritten: ${spec[`c${reply}`].description?.match(/Written: (.*)/)?.[1]}\nText: A reply to Pat`,
    )
    assert.match(spec[`c${reply}`].description ?? '', /\nWritten: \d{4}-\d\d-\d\d \d\d:\d\d UTC\n/)

    // Hostile text: one plain line per field, no control or bidi characters, bounded, cut with an ellipsis.
    const eve = spec[`c${hostile}`]
    assert.doesNotMatch(eve.name, CONTROL_OR_BIDI)
    assert.ok(eve.name.length <= 160, `${eve.name.length}`)
    const lines = (eve.description ?? '').split('\n')
    assert.equal(lines.length, 5, 'visitor text adds no line of its own')
    for (const line of lines) assert.doesNotMatch(line, CONTROL_OR_BIDI)
    // Isso stores the name HTML-escaped (views/comments.py new); it is shown as stored, as text.
    assert.equal(lines[1], 'From: Eve **bold** &lt;i&gt;x&lt;/i&gt;, https://evil.example/abc')
    assert.ok(lines[4].startsWith('Text: # Heading **bold** [Approve all](https://evil.example/x) <b>html</b> <script>alert(1)</script> line two'), lines[4])
    assert.ok(lines[4].endsWith('x…'), 'long text cut with an ellipsis')
    assert.ok(Array.from(lines[4]).length <= 'Text: '.length + 1000)
    assert.ok(eve.name.endsWith('…'))

    // What was done, and said.
    assert.equal(
      message,
      `Approved: 1. Deleted: 1. Left waiting: 1. Comment #${meanwhile} was skipped: it had been approved meanwhile. Comments waiting for approval now: 1.`,
    )
    assert.deepEqual(await published(), [parent, reply, meanwhile].sort((a, b) => a - b), 'approved public, deleted not')
    assert.deepEqual(sqlite(`SELECT id FROM comments WHERE mode = 2`), [[hostile]])
    assert.deepEqual(sqlite(`SELECT COUNT(*) FROM comments WHERE id = ${spam}`), [[0]], 'deleted by Isso (no replies: removed)')

    // Isso's own reply notification to the subscriber, its links on the public https address.
    await until('the reply notification to pat', 15_000, () => smtp.received.slice(mailsBefore).some((m) => m.to.includes('pat@example.net')))
    const toPat = smtp.received.slice(mailsBefore).filter((m) => m.to.includes('pat@example.net'))
    assert.equal(toPat.length, 1)
    const mail = readMail(toPat[0])
    assert.match(mail.body, /^Rob wrote:\n\nA reply to Pat\n/)
    assert.match(mail.body, new RegExp(`^Link to comment: ${WEBSITE}/post/#isso-${reply}$`, 'm'))
    assert.match(mail.body, new RegExp(`^Unsubscribe from this conversation: https://${PUBLIC_HOST.replace(/\./g, '\\.')}/id/${parent}/unsubscribe/pat%40example\\.net/\\S+$`, 'm'))
    assert.match(mail.headers, new RegExp(`List-Unsubscribe: https://${PUBLIC_HOST.replace(/\./g, '\\.')}/id/${parent}/unsubscribe/`))
    assert.doesNotMatch(mail.body + mail.headers, /localhost|127\.0\.0\.1|http:\/\/comments/)
  })

  it("with several sites: the form asks which; the decisions go to that site's Isso, under its prefix", async () => {
    const starts = run.starts
    await rt.runAction(addSite, { name: 'photos', websites: [PHOTOS] })
    await run.waitForStarts(starts + 1)
    await run.waitForIsso()
    const held = (await post({ text: 'On the photos site', author: 'Ivy' }, { prefix: '/photos', origin: PHOTOS })).id
    const firstWaiting = sqlite('SELECT id FROM comments WHERE mode = 2')

    const { spec, message } = await review(rt, () => ({ site: { selection: 'photos', value: { [`c${held}`]: 'approve' } } }) as never)
    const site = spec.site as unknown as { type: string; variants: Record<string, { name: string; spec: Spec }> }
    assert.equal(site.type, 'union')
    assert.deepEqual(Object.keys(site.variants), ['_first', 'photos'])
    assert.equal(site.variants._first.name, 'First blog (at /): 1 waiting')
    assert.equal(site.variants.photos.name, 'photos (at /photos/): 1 waiting')
    assert.deepEqual(Object.keys(site.variants.photos.spec), [`c${held}`])
    assert.match(site.variants.photos.spec[`c${held}`].name, /^1 of 1: Ivy: On the photos site$/)

    assert.equal(message, 'Blog: photos (at /photos/). Approved: 1. Deleted: 0. Left waiting: 0. Comments waiting for approval now: 0.')
    assert.deepEqual(await published('/photos'), [held])
    assert.deepEqual(sqlite('SELECT id FROM comments WHERE mode = 2'), firstWaiting, "the first site's comments are untouched")
  })

  it('says so when Isso is not running, and changes nothing', async () => {
    const waiting = sqlite('SELECT id FROM comments WHERE mode = 2')
    await run.stop()
    await assert.rejects(
      review(rt, (s) => {
        const first = (s.site as unknown as { variants: Record<string, { spec: Spec }> }).variants._first.spec
        return { site: { selection: '_first', value: Object.fromEntries(Object.keys(first).map((k) => [k, 'delete'])) } } as never
      }),
      /^Error: Isso is not running, so nothing was changed\./,
    )
    assert.deepEqual(sqlite('SELECT id FROM comments WHERE mode = 2'), waiting)
  })
})
