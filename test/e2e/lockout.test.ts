// A new admin password locks the old one out everywhere, end to end against upstream Isso
// 0.14.0 run by main: the admin session opened with the old password and the approve link
// in a moderation e-mail sent before (captured from a loopback SMTP server) stop working
// once Set Admin Password has run and main has restarted Isso; the new password and new
// links work; an ordinary restart and an unrelated action (another setting changed) end
// nothing; a hand edit of the password does what the action does, and so does the action
// on a database from an older package, run while Isso is stopped; with several sites
// only the chosen site's sessions and links end.
import { e2eSkip, e2eVolume, logIn, MainRun, passwordShown, request, Runtime, sqlite, until, volumePaths } from './harness'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { addSiteAction } from '../../startos/actions/addSite'
import { configureServerAction } from '../../startos/actions/configureServer'
import { setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { parseConfig } from '../../startos/isso/configparser'
import { readServerInput } from '../../startos/isso/server'
import { issoPython } from '../helpers/isso'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer'

const addSite = addSiteAction(e2eVolume)
const configureServer = configureServerAction(e2eVolume)
const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)

const BLOG = 'https://blog.example.com'
const PHOTOS = 'https://photos.example.net'

/** Logs in at <prefix>/login/ and returns the admin-session cookie ("admin-session=…"). */
async function session(password: string, prefix = ''): Promise<string> {
  const reply = await request('POST', `${prefix}/login/`, new URLSearchParams({ password }).toString(), {
    'Content-Type': 'application/x-www-form-urlencoded',
  })
  const cookie = /admin-session=[^;]+/.exec(String(reply.headers['set-cookie']))?.[0]
  assert.ok(reply.status === 302 && cookie, `no session for that password (${reply.status})`)
  return cookie
}

/** What GET <prefix>/admin/ shows with this cookie: Isso's panel or its login form. */
async function adminPage(cookie: string, prefix = ''): Promise<'panel' | 'login form'> {
  const reply = await request('GET', `${prefix}/admin/`, undefined, { Cookie: cookie })
  assert.equal(reply.status, 200)
  if (reply.body.includes('Log Out')) return 'panel' // admin.html
  assert.match(reply.body, /type="password"/) // login.html
  return 'login form'
}

/** Posts a comment, held for moderation (202). */
async function postHeld(text: string, prefix = '', origin = BLOG): Promise<number> {
  const reply = await request('POST', `${prefix}/new?uri=%2Fpost%2F`, JSON.stringify({ text, author: 'Visitor', title: 'Post' }), {
    'Content-Type': 'application/json',
    Origin: origin,
  })
  assert.equal(reply.status, 202, reply.body)
  return (JSON.parse(reply.body) as { id: number }).id
}

/** The e-mail's body as text (Isso's EmailMessage may send it quoted-printable or base64). */
function body(data: string): string {
  const [head, ...rest] = data.split('\r\n\r\n')
  const text = rest.join('\r\n\r\n')
  if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
    return text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  }
  return text
}

/** The path of the "Activate comment" link in the moderation e-mail about `text`. */
async function approveLink(smtp: TestSmtpServer, text: string): Promise<string> {
  let link: string | undefined
  await until(`the moderation e-mail about "${text}"`, 10_000, () => {
    const mail = smtp.received.map((m) => body(m.data)).find((b) => b.includes(text))
    link = mail ? /Activate comment: https?:\/\/[^/\s]+(\/\S+)/.exec(mail)?.[1] : undefined
    return link !== undefined
  })
  return link!
}

const mode = (db: string, id: number) =>
  (JSON.parse(
    execFileSync(issoPython(), ['-c', 'import json,sqlite3,sys; print(json.dumps(sqlite3.connect(sys.argv[1]).execute("SELECT mode FROM comments WHERE id=?", (int(sys.argv[2]),)).fetchone()[0]))', db, String(id)], { encoding: 'utf8' }),
  ) as number)
const PHOTOS_DB = join(volumePaths.root, 'db/photos/comments.db')
const sessionKey = (db = volumePaths.db) =>
  JSON.parse(execFileSync(issoPython(), ['-c', "import json,sqlite3,sys; print(json.dumps(sqlite3.connect(sys.argv[1]).execute(\"SELECT value FROM preferences WHERE key='session-key'\").fetchone()[0]))", db], { encoding: 'utf8' })) as string

describe('a new admin password locks the old one out everywhere', { skip: e2eSkip() }, () => {
  let rt: Runtime
  let run: MainRun
  let smtp: TestSmtpServer
  let password: string

  /** Waits for main's next start (after a change of isso.cfg or store.json) and for Isso. */
  const restarted = async (starts: number) => {
    await run.waitForStarts(starts + 1, 60_000)
    await run.waitForIsso()
    // All four workers up: a read answered by each is not needed, the first read is.
    await until('a database read', 15_000, async () => (await request('GET', '/?uri=%2Fpost%2F').catch(() => null))?.status === 200)
  }

  before(async () => {
    smtp = await startSmtpServer()
    rt = new Runtime()
    await rt.install()
    await rt.runAction(setWebsites, { websites: [BLOG] })
    password = passwordShown(await rt.runAction(setAdminPassword, {}))
    const input = readServerInput(parseConfig(await rt.readCfg()))
    input.moderation.enabled = true
    input.guard.enabled = false // many comments a minute from one address
    await rt.runAction(configureServer, { ...input, notifications: 'auto' })
    // E-mail to the loopback server, by hand (the owner's file is theirs to edit).
    const doc = parseConfig(await rt.readCfg())
    doc.set('general', 'notify', 'smtp')
    for (const [key, value] of Object.entries({ host: '127.0.0.1', port: String(smtp.port), security: 'none', to: 'owner@example.com', from: 'Isso <isso@example.com>' })) {
      doc.set('smtp', key, value)
    }
    await rt.writeCfg(doc.toString())
    run = await rt.startMain()
    await run.waitForIsso()
  })
  after(async () => {
    await rt?.close()
    await smtp?.close()
  })

  let oldCookie: string
  let oldLink: string
  let heldId: number

  it('Set Admin Password ends the old password, the open admin session and the approve link e-mailed before', async () => {
    oldCookie = await session(password)
    assert.equal(await adminPage(oldCookie), 'panel')
    heldId = await postHeld('Held before the new password')
    oldLink = await approveLink(smtp, 'Held before the new password')
    const keyBefore = sessionKey()

    const { starts } = run
    const next = passwordShown(await rt.runAction(setAdminPassword, {}))
    await restarted(starts)

    assert.notEqual(sessionKey(), keyBefore)
    assert.equal(await adminPage(oldCookie), 'login form')
    assert.equal(await logIn(password), false)
    const approve = await request('POST', oldLink)
    assert.equal(approve.status, 403)
    assert.equal(mode(volumePaths.db, heldId), 2, 'the old link approved the comment')
    password = next
  })

  let cookie: string
  let link: string
  let linkId: number

  it('the new password logs in, and a new moderation e-mail carries a link that works', async () => {
    cookie = await session(password)
    assert.equal(await adminPage(cookie), 'panel')
    const id = await postHeld('Held after the new password')
    const fresh = await approveLink(smtp, 'Held after the new password')
    assert.equal((await request('POST', fresh)).status, 200)
    assert.equal(mode(volumePaths.db, id), 1)
    linkId = await postHeld('Held for the restarts')
    link = await approveLink(smtp, 'Held for the restarts')
  })

  it('an ordinary restart (a hand edit that changes no setting) and an unrelated action end nothing', async () => {
    const key = sessionKey()
    let starts = run.starts
    await rt.writeCfg(`${await rt.readCfg()}\n# a comment of the owner's\n`)
    await restarted(starts)
    starts = run.starts
    await rt.runAction(setWebsites, { websites: [BLOG, 'https://www.blog.example.com'] })
    await restarted(starts)
    assert.equal(sessionKey(), key)
    assert.equal(await adminPage(cookie), 'panel')
    assert.equal((await request('POST', link)).status, 200)
    assert.equal(mode(volumePaths.db, linkId), 1)
  })

  it('a hand edit of the password over SSH does at the next start what the action does', async () => {
    const held = await postHeld('Held before the hand edit')
    const before = await approveLink(smtp, 'Held before the hand edit')
    const byHand = 'HandEdited-Passw0rd-for-the-test-9'
    const { starts } = run
    await rt.writeCfg((await rt.readCfg()).replace(/^password = .*$/m, `password = ${byHand}`))
    await restarted(starts)
    assert.equal(await adminPage(cookie), 'login form')
    assert.equal((await request('POST', before)).status, 403)
    assert.equal(mode(volumePaths.db, held), 2)
    cookie = await session(byHand)
    assert.equal(await adminPage(cookie), 'panel')
  })

  it('a database without the record (from an older package): a password replaced while Isso is stopped still ends the old session', async () => {
    await run.stop()
    execFileSync(issoPython(), ['-c', "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"DELETE FROM preferences WHERE key='startos-session-key-password'\"); c.commit()", volumePaths.db])
    const key = sessionKey()
    password = passwordShown(await rt.runAction(setAdminPassword, {}))
    run = await rt.startMain()
    await run.waitForIsso()
    assert.notEqual(sessionKey(), key)
    assert.equal(await adminPage(cookie), 'login form')
    cookie = await session(password)
    assert.equal(existsSync(`${volumePaths.db}.new-admin-password`), false, 'the request outlived the start')
  })

  it('several sites: a new password for one site ends only that site\'s sessions and links', async () => {
    let { starts } = run
    const photosPassword = passwordShown(await rt.runAction(addSite, { name: 'photos', websites: [PHOTOS] }))
    await restarted(starts)
    const firstKey = sessionKey()
    const photosCookie = await session(photosPassword, '/photos')
    assert.equal(await adminPage(photosCookie, '/photos'), 'panel')
    // The new site's settings are a copy of the first's: moderation and e-mail on.
    const held = await postHeld('Held on the photos site', '/photos', PHOTOS)
    const photosLink = await approveLink(smtp, 'Held on the photos site')
    assert.match(photosLink, /^\/photos\/id\//)
    const blogHeld = await postHeld('Held on the blog meanwhile')
    const blogLink = await approveLink(smtp, 'Held on the blog meanwhile')

    starts = run.starts
    const next = passwordShown(await rt.runAction(setAdminPassword, { site: 'photos' }))
    await restarted(starts)

    assert.equal(await adminPage(photosCookie, '/photos'), 'login form')
    assert.equal((await request('POST', photosLink)).status, 403)
    assert.equal(mode(PHOTOS_DB, held), 2)
    assert.equal(await adminPage(await session(next, '/photos'), '/photos'), 'panel')
    // The first site: same key, same session, same links.
    assert.equal(sessionKey(), firstKey)
    assert.equal(await adminPage(cookie), 'panel')
    assert.equal((await request('POST', blogLink)).status, 200)
    assert.equal(mode(volumePaths.db, blogHeld), 1)
    assert.deepEqual(sqlite("SELECT key FROM preferences WHERE key = 'session-key'"), [['session-key']])
  })
})
