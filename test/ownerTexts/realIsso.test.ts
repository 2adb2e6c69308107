// What the guide and the forms tell the owner about Isso's behaviour, checked against
// upstream Isso 0.14.0 (the venv from scripts/isso-env.sh): the admin panel opens on
// Pending, so a comment published at once is under Valid, with its e-mail address; a
// refused comment still leaves its page a thread, which a WordPress or generic JSON
// import then cannot add to; and "trusted" addresses are those of any published comment,
// including one published while moderation was off.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { seedConfig } from '../../startos/isso/config'
import { Failure } from '../../startos/isso/failure'
import { planFormat } from '../../startos/isso/import/format'
import { runImport } from '../../startos/isso/import/run'
import { localRunner, localPaths } from '../helpers/runner'
import { issoPython, skipWithoutIsso } from '../helpers/isso'
import { startIsso, type RunningIsso } from '../helpers/issoServer'

const ORIGIN = 'http://127.0.0.2:9'
const PASSWORD = 'owner-texts-Pa55word'

const config = (db: string, moderation: string) =>
  `[general]\ndbpath = ${db}\nhost =\n    ${ORIGIN}\n[admin]\nenabled = true\npassword = ${PASSWORD}\n` +
  `[moderation]\n${moderation}\n[guard]\nenabled = true\nratelimit = 100\ndirect-reply = 100\nrequire-email = true\n`

describe('what the owner is told, against upstream Isso 0.14.0', { skip: skipWithoutIsso() }, () => {
  let dir: string
  let isso: RunningIsso | undefined
  const db = () => join(dir, 'comments.db')

  const post = async (uri: string, body: Record<string, string>) => {
    const res = await fetch(`${isso!.base}/new?uri=${encodeURIComponent(uri)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify({ title: 'A post', ...body }),
    })
    return { status: res.status, text: await res.text() }
  }
  const threads = (): string[] =>
    JSON.parse(execFileSync(issoPython(), ['-c', 'import json,sqlite3,sys; print(json.dumps([r[0] for r in sqlite3.connect(sys.argv[1]).execute("SELECT uri FROM threads ORDER BY uri")]))', db()], { encoding: 'utf8' }))

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isso-owner-texts-'))
    isso = await startIsso(config(db(), 'enabled = false'), dir)
  })
  after(async () => {
    await isso?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('a comment refused by the spam protection still creates its page’s thread', async () => {
    const refused = await post('/refused/', { text: 'No address given' })
    assert.equal(refused.status, 403, refused.text)
    assert.deepEqual(threads(), ['/refused/'])
  })

  it('the admin panel opens on Pending; a comment published at once is under Valid, with its e-mail address', async () => {
    const published = await post('/post/', { text: 'Published at once', author: 'Ann', email: 'ann@example.org' })
    assert.equal(published.status, 201, published.text)

    const login = await fetch(`${isso!.base}/login/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ password: PASSWORD }).toString(),
      redirect: 'manual',
    })
    assert.equal(login.status, 302)
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
    assert.match(cookie, /^admin-session=./)
    const panel = async (query: string) => (await fetch(`${isso!.base}/admin/${query}`, { headers: { Cookie: cookie } })).text()

    const opening = await panel('')
    assert.match(opening, /label-pending active/, 'the panel opens on Pending')
    assert.doesNotMatch(opening, /Published at once/)
    const valid = await panel('?mode=1')
    assert.match(valid, /Published at once/)
    assert.match(valid, /ann@example\.org/, 'the admin panel shows the commenter’s e-mail address')
  })

  it('a generic JSON import for a page that has a thread is refused, though nothing was imported before', async () => {
    const paths = localPaths(join(dir, 'import'))
    await copyFile(db(), join(paths.dbDir, 'comments.db'))
    const data = Buffer.from(
      JSON.stringify([
        { id: '/refused/', title: 'Refused', comments: [{ id: 1, author: 'B', email: '', website: '', remote_addr: '', text: 'b', created: '2020-01-01 00:00:00' }] },
      ]),
      'utf8',
    )
    const run = runImport({ data, plan: planFormat(data, 'generic'), dryRun: true }, { dbDir: paths.dbDir, container: localRunner(), owner: seedConfig('owner-texts-salt'), paths })
    await assert.rejects(run, (e: unknown) => e instanceof Failure && e.problem === 'importer-duplicate')
  })

  it('trusts an address whose comment was published while moderation was off', async () => {
    await isso!.stop()
    isso = await startIsso(config(db(), 'enabled = true\napprove-if-email-previously-approved = true'), dir)
    const trusted = await post('/post/', { text: 'Again', author: 'Ann', email: 'ann@example.org' })
    assert.equal(trusted.status, 201, 'published at once, though no comment of hers was ever approved')
    const stranger = await post('/post/', { text: 'New here', author: 'Bo', email: 'bo@example.org' })
    assert.equal(stranger.status, 202, 'another address waits for approval')
  })
})
