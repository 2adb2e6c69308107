// Spam and trash stay out of an import: upstream's own importer fixtures, some comments
// marked spam, trash or pending, imported by the package (dry run and real) against
// upstream Isso 0.14.0, and compared row for row, in SQLite, with upstream's importer run
// on the same export without those comments.
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { issoSettingsText, seedConfig } from '../../startos/isso/config'
import { planFormat, upstreamGuess } from '../../startos/isso/import/format'
import { runImport, type ImportReport } from '../../startos/isso/import/run'
import { parseSpamFiltered, spamFilterCommand } from '../../startos/isso/import/spam'
import { issoPython, skipWithoutIsso } from '../helpers/isso'
import { localRunner, localPaths } from '../helpers/runner'

const FIXTURES = join(__dirname, '..', 'fixtures', 'import')
const owner = seedConfig('test-salt-not-secret')

// Every column of every row, in insertion order (voters is a blob: as hex).
const DUMP = `
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(json.dumps({
  'threads': c.execute('SELECT id, uri, title FROM threads ORDER BY id').fetchall(),
  'comments': c.execute('''SELECT tid, id, parent, created, modified, mode, remote_addr, text, author,
    email, website, likes, dislikes, hex(voters), notification FROM comments ORDER BY id''').fetchall(),
}))
`
type Dump = { threads: unknown[][]; comments: unknown[][] }
const dump = (dbFile: string): Dump => JSON.parse(execFileSync(issoPython(), ['-c', DUMP, dbFile], { encoding: 'utf8' })) as Dump

type Span = [number, number]
type Locate = (xml: string) => Span

/** A WordPress comment of upstream's fixture, by its id inside the n-th item (ids repeat across items). */
const wpComment = (item: number, id: number): Locate => (xml) => {
  // From <channel>: the fixture's opening XML comment mentions "<item>" too.
  let from = xml.indexOf('<channel>')
  for (let i = 0; i < item; i++) from = xml.indexOf('<item>', from + 1)
  const idAt = xml.indexOf(`<wp:comment_id>${id}</wp:comment_id>`, from)
  assert.ok(from >= 0 && idAt >= 0, `comment ${id} of item ${item}`)
  const start = xml.lastIndexOf('<wp:comment>', idAt)
  return [start, xml.indexOf('</wp:comment>', idAt) + '</wp:comment>'.length]
}
const disqusPost = (id: number): Locate => (xml) => {
  const start = xml.indexOf(`<post dsq:id="${id}">`)
  assert.ok(start >= 0, `post ${id}`)
  return [start, xml.indexOf('</post>', start) + '</post>'.length]
}

/** Sets the text of `tag` inside the element `at` finds. */
function mark(xml: string, at: Locate, tag: string, value: string): string {
  const [start, end] = at(xml)
  const element = xml.slice(start, end)
  const changed = element.replace(new RegExp(`<${tag}>[^<]*</${tag}>`), `<${tag}>${value}</${tag}>`)
  assert.notEqual(changed, element, `${tag} found`)
  return xml.slice(0, start) + changed + xml.slice(end)
}
function remove(xml: string, at: Locate): string {
  const [start, end] = at(xml)
  return xml.slice(0, start) + xml.slice(end)
}

let root: string
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'isso-import-spam-'))
})
after(() => rm(root, { recursive: true, force: true }))

/** Upstream's importer, by hand, on `xml` into an empty database: the reference. */
async function upstreamImport(name: string, xml: string, flags: string[]): Promise<Dump> {
  const dir = join(root, name, 'reference')
  await mkdir(dir, { recursive: true })
  const cfg = join(dir, 'isso.cfg')
  await writeFile(cfg, issoSettingsText(owner, { dbpath: join(dir, 'comments.db') }))
  await writeFile(join(dir, 'export.xml'), xml)
  const isso = join(issoPython(), '..', 'isso')
  const res = spawnSync(isso, ['-c', cfg, 'import', ...flags, join(dir, 'export.xml')], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ISSO_SETTINGS: cfg },
    encoding: 'utf8',
  })
  assert.equal(res.status, 0, res.stderr)
  return dump(join(dir, 'comments.db'))
}

function packageImport(paths: ReturnType<typeof localPaths>, xml: string, dryRun: boolean) {
  const data = Buffer.from(xml, 'utf8')
  const container = localRunner()
  const report = runImport({ data, plan: planFormat(data, 'auto'), dryRun }, { dbDir: paths.dbDir, container, owner, paths })
  return { container, report }
}

const counts = (d: Dump) => ({
  threads: d.threads.length,
  comments: d.comments.length,
  replies: d.comments.filter((c) => c[2] !== null).length,
})

const disqusXml = () => readFile(join(FIXTURES, 'disqus.xml'), 'utf8')
const wordpressXml = () => readFile(join(FIXTURES, 'wordpress.xml'), 'utf8')

const cases = [
  {
    name: 'Disqus',
    flags: ['--empty-id'],
    // Post 4 is spam; post 5 replies to it.
    build: async () => {
      const xml = await disqusXml()
      return { marked: mark(xml, disqusPost(4), 'isSpam', 'true'), without: remove(xml, disqusPost(4)) }
    },
    skipped: { spam: 1, trash: 0, lifted: 1 },
    // mode 1 (published), no parent: the reply stands alone now.
    check: (d: Dump) => assert.deepEqual(d.comments.map((c) => [c[8], c[2], c[5]]), [['user', null, 1]]),
  },
  {
    name: 'WordPress',
    flags: [],
    // In the first item: 6 is spam (7 replies to it, 8 and 9 reply to 7), 2 is in the
    // trash, 10 waits for approval (0). The second item's only comment (11) is spam.
    build: async () => {
      const xml = await wordpressXml()
      let marked = mark(xml, wpComment(1, 6), 'wp:comment_approved', 'spam')
      marked = mark(marked, wpComment(1, 2), 'wp:comment_approved', 'trash')
      marked = mark(marked, wpComment(1, 10), 'wp:comment_approved', '0')
      marked = mark(marked, wpComment(2, 11), 'wp:comment_approved', 'spam')
      let without = mark(xml, wpComment(1, 10), 'wp:comment_approved', '0')
      without = remove(without, wpComment(1, 6))
      without = remove(without, wpComment(1, 2))
      without = remove(without, wpComment(2, 11))
      return { marked, without }
    },
    skipped: { spam: 2, trash: 1, lifted: 1 },
    check: (d: Dump) => {
      // Only the first page keeps comments; the second's only comment was spam.
      assert.deepEqual(d.threads.map((t) => t[1]), ['/2014/test/'])
      const byAuthor = d.comments.map((c) => [c[8], c[7], c[2] === null ? 'top' : 'reply', c[5]])
      assert.deepEqual(byAuthor, [
        ['Tester', 'Drölfter!', 'top', 1],
        ['Tester', 'Yet another reply.', 'reply', 1],
        ['Tester', '...', 'reply', 1],
        ['Multiline Author', 'When you have a comment with multiple lines:  \nWordPress exports it like this.', 'top', 2],
        ['Letzter :/', '...', 'top', 1],
      ])
    },
  },
]

describe('imports leave spam and trash out, against upstream Isso 0.14.0', { skip: skipWithoutIsso() }, () => {
  for (const c of cases) {
    it(`${c.name}: the database holds exactly what upstream imports from the export without them`, async () => {
      const { marked, without } = await c.build()
      const reference = await upstreamImport(c.name, without, c.flags)
      c.check(reference)
      const paths = localPaths(join(root, c.name, 'package'))
      const dbFile = join(paths.dbDir, 'comments.db')

      const dry: ImportReport = await packageImport(paths, marked, true).report
      assert.deepEqual(dry.skipped, c.skipped)
      assert.deepEqual(dry.added, counts(reference))
      assert.deepEqual(await readdir(paths.dbDir), [], 'a dry run creates no database')

      const { container, report } = packageImport(paths, marked, false)
      const real = await report
      assert.deepEqual(real.skipped, c.skipped)
      assert.deepEqual(real.added, dry.added)
      assert.deepEqual(dump(dbFile), reference)
      // The rewritten export is named to the importer.
      const importer = container.calls.find((call) => call.command.includes('import'))
      assert.deepEqual(importer?.command.slice(3, 6), ['import', '-t', c.name.toLowerCase()])
    })
  }

  it('an export without spam or trash is handed over byte-identical, and a rewritten Disqus file is still recognised', async () => {
    const dir = join(root, 'filter')
    await mkdir(dir)
    const run = (file: string, format: 'disqus' | 'wordpress') => {
      const [python, ...args] = spamFilterCommand(file, format, localPaths(dir))
      return parseSpamFiltered(execFileSync(python, args, { encoding: 'utf8' }))
    }
    for (const [format, text] of [['disqus', await disqusXml()], ['wordpress', await wordpressXml()]] as const) {
      const file = join(dir, format)
      await writeFile(file, text)
      assert.deepEqual(run(file, format), { spam: 0, trash: 0, lifted: 0, rewritten: false })
      assert.equal(await readFile(file, 'utf8'), text)
    }
    const file = join(dir, 'disqus-spam')
    await writeFile(file, mark(await disqusXml(), disqusPost(6), 'isSpam', 'true'))
    assert.deepEqual(run(file, 'disqus'), { spam: 1, trash: 0, lifted: 0, rewritten: true })
    const rewritten = await readFile(file, 'utf8')
    assert.equal(upstreamGuess(rewritten), 'disqus')
    assert.doesNotMatch(rewritten, /where am I\?/)
    // A file that does not parse is left for the importer to report.
    await writeFile(file, '<disqus xmlns="http://disqus.com"><post')
    assert.deepEqual(run(file, 'disqus'), { spam: 0, trash: 0, lifted: 0, rewritten: false })
  })
})
