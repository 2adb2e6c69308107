// The SDK glue for isso.cfg against a temp volume: atomic writes, no write when nothing
// changed, and nothing written when the file is malformed or the edit throws.
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, beforeEach, describe, it } from 'node:test'
import { fakeEffects } from '../helpers/effects'
import { siteFiles } from '../../startos/fileModels'
import type { ConfigDocument } from '../../startos/isso/configparser'
import { seedConfig } from '../../startos/isso/config'
import { writeWebsites } from '../../startos/isso/websites'
import { ConfigSyntaxError, parseConfig } from '../../startos/isso/configparser'
import { fixture } from '../config/fixtures'
import { readWithPython } from '../helpers/python'
import { NO_WAIT } from '../helpers/volume'

const root = mkdtempSync(join(tmpdir(), 'isso-cfg-'))
const cfgDir = join(root, 'config')
const cfgPath = join(cfgDir, 'isso.cfg')
/** The first site's files on this volume. */
const files = siteFiles(root, null, NO_WAIT)
const editIssoCfg = (edit: (doc: ConfigDocument) => void) => files.issoCfg.edit(edit)
const createIssoCfg = (doc: ConfigDocument) => files.issoCfg.create(doc)

after(() => rm(root, { recursive: true, force: true }))
beforeEach(async () => {
  await rm(cfgDir, { recursive: true, force: true })
  await mkdir(cfgDir, { recursive: true })
})

const snapshot = async () => {
  const s = await stat(cfgPath)
  return { bytes: await readFile(cfgPath), ino: s.ino, mtimeNs: s.mtimeMs }
}

describe('issoCfg.parsed (FileHelper.raw)', () => {
  it('points at the temp volume', () => {
    assert.equal(files.issoCfg.path, cfgPath)
  })
  it('reads a missing file as null', async () => {
    assert.equal(await files.issoCfg.parsed.read().once(), null)
  })
  it('rejects a malformed file with the line number', async () => {
    await writeFile(cfgPath, '[general]\nhost = a\n[general]\n')
    await assert.rejects(files.issoCfg.parsed.read().once(), (e: unknown) => e instanceof ConfigSyntaxError && e.line === 3)
  })
})

describe('issoCfg.edit', () => {
  it('applies the edit and the enforced keys, atomically (new inode, no temp left)', async () => {
    const original = fixture('hand-edited-with-rss.cfg').replace('dbpath = /db/comments.db\n', '')
    await writeFile(cfgPath, original)
    const before = await snapshot()
    const { changed, doc } = await editIssoCfg(d => writeWebsites(d, ['https://new.example']))
    assert.equal(changed, true)
    const text = await readFile(cfgPath, 'utf8')
    assert.equal(text, doc.toString())
    assert.match(text, /dbpath = \/db\/comments.db/)
    assert.match(text, /https:\/\/new.example/)
    assert.notEqual((await stat(cfgPath)).ino, before.ino, 'replaced by rename, not rewritten in place')
    assert.deepEqual(await readdir(cfgDir), ['isso.cfg'])
    // The user's unrelated lines are still there.
    assert.match(text, /^; Isso for my blogs/)
    assert.match(text, /\[rss\]\nbase = https:\/\/blog.example.com/)
  })

  it('what it writes reads the same in python3 configparser (the oracle)', async () => {
    const texts: string[] = []
    for (const name of ['community-package.cfg', 'hand-edited-with-rss.cfg']) {
      await writeFile(cfgPath, fixture(name).replace('enabled = true\n', 'enabled = no\n'))
      const { doc } = await editIssoCfg(d => {
        writeWebsites(d, ['https://blog.example.com', 'http://[::1]:8080'])
        d.set('smtp', 'password', 'p%ss #; word')
      })
      texts.push(await readFile(cfgPath, 'utf8'))
      assert.equal(texts.at(-1), doc.toString())
    }
    const readings = await readWithPython(texts)
    for (const [i, r] of readings.entries()) {
      assert.ok(r.ok, JSON.stringify(r))
      assert.deepEqual(r.reading, parseConfig(texts[i]).reading())
      assert.equal(r.sections.general.dbpath, '/db/comments.db')
      assert.equal(r.sections.general.host, '\nhttps://blog.example.com\nhttp://[::1]:8080\nhttp://localhost')
      assert.ok(['true', 'yes'].includes(r.sections.admin.enabled!))
      assert.equal(r.sections.smtp.password, 'p%ss #; word')
    }
  })

  it('does not write when nothing changed (same bytes, inode and mtime)', async () => {
    await writeFile(cfgPath, fixture('hand-edited-with-rss.cfg'))
    const before = await snapshot()
    await new Promise(r => setTimeout(r, 20))
    const { changed } = await editIssoCfg(d => d.set('general', 'dbpath', '/db/comments.db'))
    assert.equal(changed, false)
    assert.deepEqual(await snapshot(), before)
  })

  it('a malformed file rejects with its line number and stays byte-identical', async () => {
    const bad = fixture('community-package.cfg') + '\n[admin]\nenabled = true\n'
    await writeFile(cfgPath, bad)
    const before = await snapshot()
    let edited = false
    await assert.rejects(
      editIssoCfg(() => {
        edited = true
      }),
      (e: unknown) => e instanceof ConfigSyntaxError && e.line === bad.split('\n').indexOf('[admin]', 20) + 1,
    )
    assert.equal(edited, false)
    assert.deepEqual(await snapshot(), before)
  })

  it('an edit that throws leaves the file byte-identical', async () => {
    await writeFile(cfgPath, fixture('community-package.cfg').replace('dbpath = /db/comments.db', 'dbpath = /tmp/x.db'))
    const before = await snapshot()
    await assert.rejects(
      editIssoCfg(d => {
        writeWebsites(d, ['https://half.example'])
        throw new Error('user input refused')
      }),
      /user input refused/,
    )
    assert.deepEqual(await snapshot(), before)
    assert.deepEqual(await readdir(cfgDir), ['isso.cfg'])
  })

  it('a missing file is a clear error and is not created', async () => {
    await assert.rejects(editIssoCfg(() => {}), /isso.cfg does not exist yet/)
    assert.deepEqual(await readdir(cfgDir), [])
  })

  it('concurrent edits both land', async () => {
    await writeFile(cfgPath, seedConfig('salt').toString())
    await Promise.all([
      editIssoCfg(d => d.set('guard', 'ratelimit', '5')),
      editIssoCfg(d => d.set('guard', 'direct-reply', '9')),
    ])
    const doc = (await files.issoCfg.parsed.read().once())!
    assert.equal(doc.get('guard', 'ratelimit'), '5')
    assert.equal(doc.get('guard', 'direct-reply'), '9')
  })

  // FileHelper fs.watch()es the file's inode; our rename replaces that inode. Measured:
  // the watcher fires on the rename and re-arms on the new file, twice in a row. (Like
  // any fs.watch user it only sees changes made while it is iterating, which is where
  // `.const()` keeps it.)
  it("FileHelper's watcher sees changes written by rename, and re-arms", async () => {
    await writeFile(cfgPath, seedConfig('salt').toString())
    const { effects } = fakeEffects()
    const abort = new AbortController()
    const seen = files.issoCfg.parsed.read(d => d.get('guard', 'ratelimit')).watch(effects, abort.signal)
    const within = <V>(p: Promise<V>) =>
      Promise.race([p, new Promise<never>((_, no) => setTimeout(() => no(new Error('watcher missed the rename')), 2000))])
    const settle = () => new Promise(r => setTimeout(r, 50))
    try {
      assert.equal((await seen.next()).value, '2')
      for (const value of ['7', '8']) {
        const next = seen.next()
        await settle()
        await editIssoCfg(d => d.set('guard', 'ratelimit', value))
        assert.equal((await within(next)).value, value)
      }
    } finally {
      abort.abort()
    }
  })
})

describe('issoCfg.create', () => {
  it('writes a fresh install with the enforced keys', async () => {
    assert.equal(await createIssoCfg(seedConfig('fresh-salt')), true)
    const doc = (await files.issoCfg.parsed.read().once())!
    assert.equal(doc.get('hash', 'salt'), 'fresh-salt')
    assert.equal(doc.get('general', 'dbpath'), '/db/comments.db')
    assert.deepEqual(await readdir(cfgDir), ['isso.cfg'])
  })
  it("never replaces a user's file", async () => {
    await writeFile(cfgPath, 'not even valid')
    const before = await snapshot()
    assert.equal(await createIssoCfg(seedConfig('x')), false)
    assert.deepEqual(await snapshot(), before)
    assert.deepEqual(await readdir(cfgDir), ['isso.cfg'])
  })
})
