import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { gzipSync } from 'node:zlib'
import type { IssoRunner } from '../../startos/container/runner'
import { importCommentsAction } from '../../startos/actions/importComments'
import type { DownloadOptions } from '../../startos/isso/import/download'
import { seedConfig } from '../../startos/isso/config'
import { fakeEffects } from '../helpers/effects'
import { tempVolume } from '../helpers/volume'
import { fakeImporter } from './fakeImporter'
import { GENERIC, WORDPRESS } from './fixtures'

const ORIGINAL = Buffer.from('SQLite format 3\0before')
// Only the header matters here: the real check runs in moveReal.test.ts.
const OTHER_DB = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(200, 7)])

const volume = tempVolume('isso-import-action-')
const dir = join(volume.dir, 'db')
const OWNER = seedConfig('salt-from-the-owner').toString()
let server: Server
let base: string
before(async () => {
  await mkdir(dir)
  await writeFile(volume.cfg, OWNER)
  server = createServer((req, res) => {
    if (req.url === '/export.json.gz') res.end(gzipSync(GENERIC))
    else if (req.url === '/other.db.gz') res.end(gzipSync(OTHER_DB))
    else res.end('<!DOCTYPE html><html><body>Please sign in</body></html>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(async () => {
  server.closeAllConnections()
  server.close()
})

let importer: IssoRunner | null = null
function useImporter(container: IssoRunner) {
  importer = container
}

// Only loopback http exists in tests; the https rule is tested in checks.test.ts.
const LOOPBACK: DownloadOptions = { protocols: ['http:'], timeoutMs: 2000 }

/** The action as the package builds it, with this test's importer and download rules. */
const importAction = (download = LOOPBACK) =>
  importCommentsAction(volume.volume, {
    withRunner: (_effects, _purpose, fn) => fn(importer ?? assert.fail('no importer chosen')),
    download,
  })
type Input = Parameters<ReturnType<typeof importAction>['run']>[0]['input']
async function runAction(input: Input, download = LOOPBACK) {
  const action = importAction(download)
  const { effects } = fakeEffects()
  await action.getInput({ effects, prefill: null })
  return action.run({ effects, input })
}

describe('import-comments through the SDK', () => {
  it('is offered only while the service is stopped', async () => {
    const { effects } = fakeEffects()
    const meta = await importCommentsAction(volume.volume).exportMetadata({ effects })
    assert.equal(meta.allowedStatuses, 'only-stopped')
  })

  it('downloads a .gz link, imports it and names the backup', async () => {
    await writeFile(join(dir, 'comments.db'), ORIGINAL)
    const importer = fakeImporter(dir)
    useImporter(importer.container)
    const result = await runAction({
      source: { selection: 'url', value: { url: `${base}/export.json.gz` } },
      format: 'auto',
      dryRun: false,
    })
    assert.equal(importer.calls[0].file, GENERIC)
    assert.equal(importer.calls[0].stdin, 'y\n')
    assert.match(importer.files.get('/etc/isso/import.cfg') ?? '', /^salt = salt-from-the-owner$/m, "the owner's isso.cfg")
    assert.ok(result && result.version === '1' && result.message)
    assert.match(result.message, /Imported 2 threads and 3 comments \(1 of them replies\) from the Isso generic JSON export\./)
    assert.match(result.message, /no reply threading/)
    const backup = (await readdir(dir)).find((n) => n.startsWith('comments.db.before-import-'))
    assert.ok(backup)
    assert.ok(result.message.includes(backup), 'the result names the backup')
    assert.deepEqual(await readFile(join(dir, backup)), ORIGINAL)
  })

  it('fails a second import of the same JSON in plain words, database unchanged', async () => {
    const current = await readFile(join(dir, 'comments.db'))
    useImporter(fakeImporter(dir, 'duplicate').container)
    await assert.rejects(
      runAction({ source: { selection: 'paste', value: { text: GENERIC } }, format: 'generic', dryRun: false }),
      /already have a thread here \(.*UNIQUE constraint failed: threads\.uri\).*need not mean the export was imported before.*The database was not changed\./,
    )
    assert.deepEqual(await readFile(join(dir, 'comments.db')), current)
  })

  it('refuses an HTML page before starting the importer', async () => {
    const importer = fakeImporter(dir)
    useImporter(importer.container)
    await assert.rejects(
      runAction({ source: { selection: 'url', value: { url: `${base}/login` } }, format: 'auto', dryRun: false }),
      /web page \(HTML\).*The database was not changed\./,
    )
    assert.equal(importer.calls.length, 0)
  })

  it('refuses an empty paste and a plain-http link with the real https rule', async () => {
    useImporter(fakeImporter(dir).container)
    await assert.rejects(
      runAction({ source: { selection: 'paste', value: { text: '  ' } }, format: 'auto', dryRun: true }),
      /The export is empty\./,
    )
    await assert.rejects(
      runAction({ source: { selection: 'url', value: { url: `${base}/export.json.gz` } }, format: 'auto', dryRun: true }, {}),
      /Only https:\/\/ links are accepted, not http:/,
    )
  })

  it('dry run says what the file holds and imports nothing', async () => {
    const importer = fakeImporter(dir)
    useImporter(importer.container)
    const result = await runAction({
      source: { selection: 'paste', value: { text: GENERIC } },
      format: 'auto',
      dryRun: true,
    })
    assert.ok(result && result.version === '1')
    assert.equal(result.title, 'Dry run passed')
    assert.match(result.message ?? '', /Isso would add 2 threads and 3 comments \(1 of them replies\).*nothing was changed/)
  })

  it('says how many spam and trash comments stayed out and how many replies were lifted, in dry run and real', async () => {
    for (const dryRun of [true, false]) {
      const importer = fakeImporter(dir, 'ok', { spam: 2, trash: 1, lifted: 4, rewritten: true })
      useImporter(importer.container)
      const result = await runAction({ source: { selection: 'paste', value: { text: WORDPRESS } }, format: 'auto', dryRun })
      assert.ok(result && result.version === '1')
      assert.match(result.message ?? '', /Not imported: 3 comments the export marks as spam or trash\. Replies to them \(4\) become top-level comments of their page/)
      // The filter ran on the scratch export before the importer, which is told the format.
      assert.ok(importer.execs.findIndex((c) => c[2]?.includes('isSpam')) < importer.execs.findIndex((c) => c[0] === '/isso/bin/isso'))
      assert.deepEqual(importer.calls[0].command.slice(3, 6), ['import', '-t', 'wordpress'])
    }
  })

  it('says nothing about spam when nothing was left out', async () => {
    useImporter(fakeImporter(dir).container)
    const result = await runAction({ source: { selection: 'paste', value: { text: WORDPRESS } }, format: 'auto', dryRun: true })
    assert.ok(result && result.version === '1')
    assert.doesNotMatch(result.message ?? '', /spam|top-level/)
  })

  it('fails in plain words when an import adds nothing, instead of reporting success', async () => {
    const before = await readFile(join(dir, 'comments.db'))
    useImporter(fakeImporter(dir, 'nothing').container)
    await assert.rejects(
      runAction({ source: { selection: 'paste', value: { text: GENERIC } }, format: 'auto', dryRun: false }),
      /^Error: Isso found no comment it could import in this export\. The database was not changed\.$/,
    )
    assert.deepEqual(await readFile(join(dir, 'comments.db')), before)
  })

  it('reads isso.cfg before anything else, and stops with its own message when it is missing', async () => {
    const importer = fakeImporter(dir)
    useImporter(importer.container)
    await rm(volume.cfg)
    try {
      await assert.rejects(
        runAction({ source: { selection: 'paste', value: { text: GENERIC } }, format: 'auto', dryRun: true }),
        /isso\.cfg does not exist yet/,
      )
      assert.equal(importer.calls.length, 0)
    } finally {
      await writeFile(volume.cfg, OWNER)
    }
  })

  it("moves another Isso's database in, only replacing comments when told to", async () => {
    const importer = fakeImporter(dir)
    importer.rows.comments = 4
    useImporter(importer.container)
    const before = await readFile(join(dir, 'comments.db'))
    const source = { selection: 'isso' as const, value: { url: `${base}/other.db.gz`, replace: false } }
    await assert.rejects(
      runAction({ source, format: 'auto', dryRun: false }),
      /This server already has 4 comments\. Turn on "Replace the comments here".*The database was not changed\./,
    )
    assert.deepEqual(await readFile(join(dir, 'comments.db')), before)
    const result = await runAction({ source: { ...source, value: { ...source.value, replace: true } }, format: 'auto', dryRun: false })
    assert.ok(result && result.version === '1')
    assert.equal(result.title, 'Database moved')
    assert.match(result.message ?? '', /now uses the other Isso's database: 2 threads and 5 comments \(3 of them replies\)/)
    assert.deepEqual(await readFile(join(dir, 'comments.db')), OTHER_DB)
  })

  it('refuses a link that is not an SQLite database before the container starts', async () => {
    const importer = fakeImporter(dir)
    useImporter(importer.container)
    await assert.rejects(
      runAction({ source: { selection: 'isso', value: { url: `${base}/export.json.gz`, replace: true } }, format: 'auto', dryRun: true }),
      /^Error: This is not an Isso database \(not an SQLite database\)\. The database was not changed\.$/,
    )
    assert.equal(importer.execs.length, 0)
  })
})

describe('import-comments with several sites', () => {
  const blogDir = join(dir, 'blog')
  const blogDb = join(blogDir, 'comments.db')
  const BLOG_ORIGINAL = Buffer.from('SQLite format 3\0the blog before')
  const BLOG_OWNER = seedConfig('salt-of-the-blog').toString()
  const forSite = (selection: string, fields: Input) => ({ site: { selection, value: fields } }) as unknown as Input
  /** Every file of the first site's db folder but the blog's own folder, with its bytes. */
  const firstSiteFiles = async () => {
    const names = (await readdir(dir)).filter((n) => n !== 'blog').sort()
    return Promise.all(names.map(async (n) => [n, await readFile(join(dir, n)).catch(() => 'a folder')] as const))
  }

  before(async () => {
    await mkdir(blogDir, { recursive: true })
    await writeFile(blogDb, BLOG_ORIGINAL)
    await writeFile(join(volume.dir, 'config', 'blog.cfg'), BLOG_OWNER)
    await mkdir(join(volume.dir, 'start9'), { recursive: true })
    await writeFile(volume.store, JSON.stringify({ extraSites: [{ name: 'blog' }] }))
  })
  after(() => rm(volume.store, { force: true }))

  it("imports into the chosen site's database with its own settings; the first site's files stay byte for byte", async () => {
    const before = await firstSiteFiles()
    const importer = fakeImporter(dir)
    useImporter(importer.container)
    const result = await runAction(forSite('blog', { source: { selection: 'paste', value: { text: GENERIC } }, format: 'auto', dryRun: false }))
    const config = importer.files.get('/etc/isso/import.cfg') ?? ''
    assert.match(config, /^salt = salt-of-the-blog$/m, "the blog's config, not the first site's")
    assert.match(config, /^dbpath = \/db\/blog\/\.import-[0-9a-f]{16}\/comments\.db$/m)
    assert.match(importer.calls[0].command.at(-1) ?? '', /^\/db\/blog\/\.import-[0-9a-f]{16}\/export$/)
    assert.equal(importer.calls[0].file, GENERIC)
    assert.ok(result && result.version === '1' && result.message)
    assert.match(result.message, /^Blog: blog \(at \/blog\/\)\. Imported 2 threads and 3 comments/)
    const backup = (await readdir(blogDir)).find((n) => n.startsWith('comments.db.before-import-'))
    assert.ok(backup)
    assert.ok(result.message.includes(`saved as ${backup} in the db/blog folder.`))
    assert.deepEqual(await readFile(join(blogDir, backup)), BLOG_ORIGINAL)
    assert.deepEqual(await readFile(blogDb), Buffer.concat([BLOG_ORIGINAL, Buffer.from('IMPORTED')]))
    assert.deepEqual((await readdir(blogDir)).filter((n) => n.startsWith('.import-')), [], 'no scratch left')
    assert.deepEqual(await firstSiteFiles(), before)
  })

  it("moves another Isso's database in as the chosen site's, and only that", async () => {
    const before = await firstSiteFiles()
    const blogBefore = await readFile(blogDb)
    const importer = fakeImporter(dir)
    useImporter(importer.container)
    const result = await runAction(
      forSite('blog', { source: { selection: 'isso', value: { url: `${base}/other.db.gz`, replace: true } }, format: 'auto', dryRun: false }),
    )
    assert.ok(result && result.version === '1')
    assert.match(result.message ?? '', /^Blog: blog \(at \/blog\/\)\. This server now uses the other Isso's database/)
    assert.ok(importer.execs.every((c) => c.at(-1)?.startsWith('/db/blog/.import-')), 'checked and counted in the blog folder')
    assert.deepEqual(await readFile(blogDb), OTHER_DB)
    const backups = (await readdir(blogDir)).filter((n) => n.startsWith('comments.db.before-import-')).sort()
    assert.deepEqual(await readFile(join(blogDir, backups.at(-1) ?? '')), blogBefore)
    assert.deepEqual(await firstSiteFiles(), before)
  })

  it('the first site, chosen among several, keeps its own folder and says which site it was', async () => {
    const blogBefore = await readdir(blogDir)
    const importer = fakeImporter(dir)
    useImporter(importer.container)
    const result = await runAction(forSite('_first', { source: { selection: 'paste', value: { text: GENERIC } }, format: 'auto', dryRun: true }))
    assert.match(importer.files.get('/etc/isso/import.cfg') ?? '', /^dbpath = \/db\/\.import-[0-9a-f]{16}\/comments\.db$/m)
    assert.match(importer.files.get('/etc/isso/import.cfg') ?? '', /^salt = salt-from-the-owner$/m)
    assert.ok(result && result.version === '1')
    assert.match(result.message ?? '', /^Blog: First blog \(at \/\)\. Isso would add 2 threads/)
    assert.deepEqual(await readdir(blogDir), blogBefore)
  })

  it('refuses a site removed after the form opened, before downloading or starting anything', async () => {
    const blogBefore = await readFile(blogDb)
    const importer = fakeImporter(dir)
    useImporter(importer.container)
    const { effects } = fakeEffects()
    const action = importAction()
    await action.getInput({ effects, prefill: null })
    await writeFile(volume.store, JSON.stringify({}))
    try {
      await assert.rejects(
        action.run({ effects, input: forSite('blog', { source: { selection: 'paste', value: { text: GENERIC } }, format: 'auto', dryRun: false }) }),
        /^Error: Blog blog does not exist any more, so nothing was changed\.$/,
      )
    } finally {
      await writeFile(volume.store, JSON.stringify({ extraSites: [{ name: 'blog' }] }))
    }
    assert.equal(importer.execs.length, 0)
    assert.deepEqual(await readFile(blogDb), blogBefore)
  })
})
