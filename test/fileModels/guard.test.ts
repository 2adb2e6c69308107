// The rules that keep a package write from replacing text a person is writing (an
// editor, scp or SFTP rewriting config/isso.cfg in place: truncate, then write, maybe in
// bursts). Real files, real timers; the quiet interval is shortened to keep this fast.
import assert from 'node:assert/strict'
import { mkdtemp, open, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { after, before, beforeEach, describe, it } from 'node:test'
import { IssoCfgBusyError, IssoCfgEmptyError, IssoCfgFile } from '../../startos/fileModels'
import { replaceIfUnchanged } from '../../startos/fileModels/issoCfg/replace'
import { observe } from '../../startos/fileModels/issoCfg/settled'
import { applyEnforcedKeys, seedConfig } from '../../startos/isso/config'
import { parseConfig, type ConfigDocument } from '../../startos/isso/configparser'

const QUIET = { quietMs: 100, maxWaitMs: 3000 }
let dir: string
let path: string
let file: IssoCfgFile
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isso-guard-'))
  path = join(dir, 'isso.cfg')
})
after(() => rm(dir, { recursive: true, force: true }))
beforeEach(async () => {
  await rm(path, { force: true })
  file = new IssoCfgFile(path, QUIET)
})

const A = seedConfig('salt-of-a').toString() + '\n[server]\npublic-endpoint = https://a.example\n'
// The person's new text: longer than A, their own comment and keys.
const B = '; my own settings, typed over SSH\n' + A.replace('https://a.example', 'https://b.example') + '[rss]\nbase = https://b.example/\n'
const setRatelimit = (doc: ConfigDocument) => doc.set('guard', 'ratelimit', '7')
/** What the edit makes of `text`, computed with the codec alone (no file). */
const edited = (text: string) => {
  const doc = parseConfig(text).clone()
  setRatelimit(doc)
  applyEnforcedKeys(doc)
  return doc.toString()
}

/** Writes the file as an old file that nobody is touching. */
async function settledFile(text: string) {
  await writeFile(path, text)
  const old = new Date(Date.now() - 60_000)
  await utimes(path, old, old)
}

/** An in-place rewrite, as nano or an SFTP upload does it: open with O_TRUNC, pause, write. */
async function inPlaceWriter(text: string, pauseMs: number) {
  const handle = await open(path, 'w')
  await sleep(pauseMs)
  await handle.write(text, 0)
  await handle.close()
}

describe('a package write waits for a quiet file', () => {
  it('an edit started right after a save waits until the file has been left alone', async () => {
    await writeFile(path, A)
    const savedAt = Date.now()
    const { changed } = await file.edit(setRatelimit)
    assert.equal(changed, true)
    assert.ok(Date.now() - savedAt >= QUIET.quietMs - 5, 'the edit did not wait for the quiet interval')
    assert.equal(await readFile(path, 'utf8'), edited(A))
  })

  it('a file that keeps changing is not written: busy, and the writer keeps its text', async () => {
    await settledFile(A)
    const short = new IssoCfgFile(path, { quietMs: 200, maxWaitMs: 600 })
    let writing = true
    const writer = (async () => {
      for (let i = 0; writing && i < 40; i++) {
        await writeFile(path, `${A}; line ${i}\n`)
        await sleep(40)
      }
    })()
    await assert.rejects(short.edit(setRatelimit), (e: unknown) => e instanceof IssoCfgBusyError && e.reason === 'still-being-written')
    writing = false
    await writer
    assert.match(await readFile(path, 'utf8'), /; line \d+\n$/)
    assert.deepEqual(await readdir(dir), ['isso.cfg'], 'a temp file was left behind')
  })

  it('a timestamp in the future does not block writes for ever', async () => {
    await writeFile(path, A)
    const ahead = new Date(Date.now() + 3_600_000)
    await utimes(path, ahead, ahead)
    assert.equal((await file.edit(setRatelimit)).changed, true)
  })
})

describe('an empty file is never "repaired"', () => {
  it('edit refuses it, and it stays the same empty file', async () => {
    await settledFile('')
    const before = await stat(path)
    await assert.rejects(file.edit(setRatelimit), IssoCfgEmptyError)
    const after = await stat(path)
    assert.equal(after.ino, before.ino)
    assert.equal(after.size, 0)
  })
  it('editIfPresent reports it as malformed and writes nothing', async () => {
    await settledFile('  \n')
    assert.equal(await file.editIfPresent(setRatelimit), 'malformed')
    assert.equal(await readFile(path, 'utf8'), '  \n')
  })
  it('settledText reads it as no file at all', async () => {
    await settledFile('')
    assert.equal(await file.settledText(), null)
  })
})

describe('compare-and-swap', () => {
  it('a write between our read and our rename wins; ours is dropped, no temp file left', async () => {
    await settledFile(A)
    const seen = await observe(path)
    await writeFile(path, B) // the person saves while we are computing
    await assert.rejects(
      replaceIfUnchanged(path, seen!, A + '[guard]\nratelimit = 7\n'),
      (e: unknown) => e instanceof IssoCfgBusyError && e.reason === 'changed-while-saving',
    )
    assert.equal(await readFile(path, 'utf8'), B)
    assert.deepEqual(await readdir(dir), ['isso.cfg'])
  })
})

describe('an in-place writer and an action at the same time', () => {
  // The action starts while the writer has truncated the file and pauses. Whatever the
  // pause, the end result holds every line the person wrote: either exactly B (the
  // action refused, or ran first and was overwritten by the person) or B with the
  // action's change (the edit applied to B). Never A's text, never an empty or
  // shortened file.
  for (const pauseMs of [0, 5, 50, 500]) {
    it(`pause of ${pauseMs} ms between truncate and write`, async () => {
      await settledFile(A)
      const writer = inPlaceWriter(B, pauseMs)
      await sleep(Math.min(2, pauseMs))
      const action = file.edit(setRatelimit).then(
        (r) => (r.changed ? 'saved' : 'unchanged'),
        (e: unknown) => (e instanceof IssoCfgEmptyError || e instanceof IssoCfgBusyError ? e.name : Promise.reject(e)),
      )
      await writer
      const outcome = await action
      const final = await readFile(path, 'utf8')
      if (final !== B) {
        assert.equal(outcome, 'saved')
        assert.equal(final, edited(B))
      }
      assert.notEqual(edited(B), B)
      assert.deepEqual(await readdir(dir), ['isso.cfg'])
    })
  }
})
