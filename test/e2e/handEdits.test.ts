// A person rewrites config/isso.cfg in place over SSH (nano, scp and SFTP truncate the
// file, then write the new text, sometimes after a pause) while the package's init
// watchers and main run against upstream Isso. The file that results is exactly the
// person's, Isso runs with it and with the keys StartOS enforces, and main restarts a
// bounded number of times, then stays put. Issue: a watcher's rewrite during such a
// pause once replaced the whole file with an 87-byte seed.
import { e2eSkip, e2eVolume, logIn, MainRun, passwordShown, request, Runtime, sqlite, until, volumePaths } from './harness'
import assert from 'node:assert/strict'
import { open } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { after, before, describe, it } from 'node:test'
import { setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { applyEnforcedKeys } from '../../startos/isso/config'
import { parseConfig } from '../../startos/isso/configparser'
import { applyWebsites } from '../../startos/isso/websites'

const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)

const WEBSITE = 'https://blog.example.com'

/**
 * An in-place save as nano, scp and SFTP do it: open with O_TRUNC (truncation is part of
 * the open), pause, write, on the same inode. (A writer that opened the file long before
 * truncating it could still lose against any rename, ours or another editor's: none of
 * these tools does that.)
 */
async function writeInPlace(path: string, text: string, pauseMs: number): Promise<void> {
  const file = await open(path, 'w')
  try {
    await sleep(pauseMs)
    await file.write(text, 0)
  } finally {
    await file.close()
  }
}

/** What Isso tells its embed script: proof of what it is running with. */
async function requireAuthor(): Promise<boolean | null> {
  const reply = await request('GET', '/config').catch(() => null)
  if (reply?.status !== 200) return null
  return (JSON.parse(reply.body) as { config: { 'require-author': boolean } }).config['require-author']
}

// The person's edit: flips require-author, and also removes what StartOS enforces (the
// database path, the admin panel), which must still hold for Isso.
function personsEdit(current: string, requireAuthorOn: boolean): string {
  return current
    .replace(/^require-author = .*$/m, `require-author = ${requireAuthorOn}`)
    // Each test posts a comment from 127.0.0.1: lift the per-minute limit.
    .replace(/^ratelimit = .*$/m, 'ratelimit = 60')
    .replace(/^dbpath = .*\n/m, '')
    .replace(/^enabled = true\n(?=(?:.*\n)*?password)/m, 'enabled = false\n')
}

describe('hand edits of isso.cfg while everything runs', { skip: e2eSkip() }, () => {
  let rt: Runtime
  let run: MainRun
  let password: string

  before(async () => {
    rt = new Runtime()
    await rt.install()
    await rt.runAction(setWebsites, { websites: [WEBSITE] })
    password = passwordShown(await rt.runAction(setAdminPassword, {}))
    run = await rt.startMain()
    await run.waitForIsso()
  })
  after(() => rt?.close())

  // 2000 ms is longer than the quiet interval (1.5 s): the package sees an empty file
  // that has settled, and must still never write over it.
  for (const [i, pauseMs] of [0, 50, 2000].entries()) {
    it(`truncate, pause ${pauseMs} ms, write: the file is the person's, Isso runs with it`, async () => {
      const before = await rt.readCfg()
      const wanted = i % 2 === 0
      const text = personsEdit(before, wanted)
      assert.notEqual(text, before)
      assert.doesNotMatch(text, /^dbpath/m)
      const startsBefore = run.starts

      await writeInPlace(volumePaths.cfg, text, pauseMs)

      await until(`Isso to run with require-author = ${wanted}`, 60_000, async () => (await requireAuthor()) === wanted)
      assert.equal(await rt.readCfg(), text, 'the package changed the person’s file')
      // The enforced keys hold for Isso although the file lacks them.
      assert.equal(await logIn(password), true, 'admin panel not enabled for Isso')
      const posted = await request('POST', `/new?uri=${encodeURIComponent(`/hand-edit-${i}/`)}`, JSON.stringify({ text: `edit ${i}`, author: 'Ann', title: 'T' }), {
        'Content-Type': 'application/json',
        Origin: WEBSITE,
      })
      assert.equal(posted.status, 201, posted.body)
      assert.deepEqual(sqlite(`SELECT COUNT(*) FROM comments WHERE text = 'edit ${i}'`), [[1]], 'comment not in the volume database')

      // Bounded restarts, then quiet: no loop.
      const starts = run.starts - startsBefore
      assert.ok(starts >= 1 && starts <= 4, `main ran ${starts} times for one save`)
      // A loop would come from the package's own writes, right after each start.
      const settled = run.starts
      await sleep(600)
      assert.equal(run.starts, settled, 'main kept restarting after the file settled')
      assert.equal(await rt.readCfg(), text)
    })
  }

  it('an action run during the pause never replaces the half-written file', async () => {
    const before = await rt.readCfg()
    const text = personsEdit(before, true).replace(/^ratelimit = .*$/m, 'ratelimit = 9')
    const websites = [WEBSITE, 'https://www.blog.example.com']
    // What the action makes of the person's text: computed with the package's own pure
    // edit, no file involved.
    const doc = parseConfig(text).clone()
    applyWebsites(doc, websites)
    applyEnforcedKeys(doc)
    const actionOnPersonsText = doc.toString()

    const writer = writeInPlace(volumePaths.cfg, text, 500)
    await sleep(20)
    const action = rt.runAction(setWebsites, { websites }).then(
      () => 'saved',
      (e: Error) => e.message,
    )
    await writer
    const outcome = await action
    const after = await rt.readCfg()
    // Either the action waited for the save and edited the person's text, or it refused
    // and the file is exactly theirs. Never the text from before the save.
    assert.equal(after, outcome === 'saved' ? actionOnPersonsText : text, `outcome: ${outcome}`)
    assert.match(after, /^ratelimit = 9$/m)
    await until('Isso back up', 60_000, async () => (await requireAuthor()) === true)
  })
})
