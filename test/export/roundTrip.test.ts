// Export → this package's import (runImport: upstream's `isso import -t disqus --empty-id`)
// into an empty database, against upstream Isso 0.14.0, from a database Isso's own db
// classes built. What comes back must equal the original with exactly the documented
// losses (startos/isso/export/losses.ts) applied, each of which this data exercises.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { seedConfig } from '../../startos/isso/config'
import { ROUND_TRIP_LOSSES, type RoundTripLoss } from '../../startos/isso/export/losses'
import { runExport, type ExportReport } from '../../startos/isso/export/run'
import { planFormat } from '../../startos/isso/import/format'
import { runImport } from '../../startos/isso/import/run'
import { issoPython, skipWithoutIsso } from '../helpers/isso'
import { localRunner, localPaths } from '../helpers/runner'
import { SPEC } from './fixtures'
import { buildIssoDb, dumpIssoDb, inImageZone, type Dump, type DumpedComment } from './issoDb'

let root: string
let source: Dump
let report: ExportReport
let xml: Buffer
let dbBefore: Buffer
let dbAfter: Buffer
let imported: Dump
let leftInDbDir: string[]

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'isso-export-trip-'))
  if (skipWithoutIsso()) return
  const src = localPaths(join(root, 'src'))
  const dbFile = join(src.dbDir, 'comments.db')
  buildIssoDb(dbFile, SPEC)
  source = dumpIssoDb(dbFile)
  dbBefore = await readFile(dbFile)
  report = await runExport({ dbDir: src.dbDir, dbFile, container: inImageZone(localRunner()), paths: src })
  dbAfter = await readFile(dbFile)
  leftInDbDir = (await readdir(src.dbDir)).sort()
  xml = await readFile(join(src.dbDir, report.file))

  const dst = localPaths(join(root, 'dst'))
  await runImport(
    { data: xml, plan: planFormat(xml, 'auto'), dryRun: false },
    { dbDir: dst.dbDir, container: inImageZone(localRunner()), owner: seedConfig('round-trip-salt'), paths: dst },
  )
  imported = dumpIssoDb(join(dst.dbDir, 'comments.db'))
})
after(() => rm(root, { recursive: true, force: true }))

const mapComments = (f: (c: DumpedComment) => DumpedComment) => (d: Dump): Dump => ({ ...d, comments: d.comments.map(f) })
const mapThreads = (f: (uri: string, title: string | null) => [string, string | null]) => (d: Dump): Dump => ({
  threads: d.threads.map(([u, t]) => f(u, t)).sort(([a], [b]) => (a < b ? -1 : 1)),
  comments: d.comments.map((c) => {
    const [uri, title] = f(c.uri, c.title)
    return { ...c, uri, title }
  }),
})
const withComments = (d: Dump) => d.threads.filter(([uri]) => d.comments.some((c) => c.uri === uri))

/** Each documented loss as what it does to a database's contents. */
const LOSS: Record<RoundTripLoss, (d: Dump) => Dump> = {
  website: mapComments((c) => ({ ...c, website: null })),
  'edit-time': mapComments((c) => ({ ...c, modified: null })),
  votes: mapComments((c) => ({ ...c, likes: 0, dislikes: 0 })),
  'reply-notification': mapComments((c) => ({ ...c, notification: null })),
  // Written as deleted and nameless: upstream keeps such a comment only while replies hang
  // on it (migrate.py calls _remove_stale), and a thread left without comments goes too.
  pending: (d) => {
    let comments = d.comments.map((c) => (c.mode === 2 ? { ...c, mode: 4, text: '', author: null } : c))
    const stale = (c: DumpedComment) => c.mode === 4 && !comments.some((r) => r.parent === c.created)
    while (comments.some(stale)) comments = comments.filter((c) => !stale(c))
    const emptied = new Set(withComments(d).map(([uri]) => uri).filter((uri) => !comments.some((c) => c.uri === uri)))
    return { threads: d.threads.filter(([uri]) => !emptied.has(uri)), comments }
  },
  'fractions-of-seconds': mapComments((c) => ({ ...c, created: Math.floor(c.created), parent: c.parent === null ? null : Math.floor(c.parent) })),
  'blank-name': mapComments((c) => ({ ...c, author: c.author === '' ? null : c.author })),
  'title-spaces': mapThreads((uri, title) => [uri, (title ?? '').trim()]),
  'empty-threads': (d) => ({ ...d, threads: withComments(d) }),
  'page-path-query': mapThreads((uri, title) => [uri === '/?p=11' ? '/' : uri, title]),
  // eslint-disable-next-line no-control-regex
  'unfit-characters': mapComments((c) => ({ ...c, text: c.text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '') })),
}

describe('export → import round trip against upstream Isso 0.14.0', { skip: skipWithoutIsso() }, () => {
  it('exports every thread and comment, and reads the database without changing it', () => {
    assert.deepEqual(
      { ...report, bytes: 0, file: '', readMs: 0 },
      {
        threads: 5, comments: 10, replies: 4, pending: 3, deleted: 1, bytes: 0, file: '', readMs: 0,
        movedPaths: [['/?p=11', '/']], emptyThreads: ['/quiet/'], cleaned: 1, pruned: [],
      },
    )
    assert.equal(report.bytes, xml.length)
    assert.match(report.file, /^exports\/comments-\d{4}-\d\d-\d\dT[\d-]+Z-[0-9a-f]{6}\.xml$/)
    assert.deepEqual(dbAfter, dbBefore, 'the database is byte-identical')
    assert.deepEqual(leftInDbDir, ['comments.db', 'exports'], 'no journal, WAL or stray file')
  })

  it('brings back threads, comments, parents, names, e-mails and times, losing exactly the documented', () => {
    let expected = source
    for (const loss of ROUND_TRIP_LOSSES) {
      const next = LOSS[loss](expected)
      assert.notDeepEqual(next, expected, `the test data exercises the loss "${loss}"`)
      expected = next
    }
    assert.deepEqual(Object.keys(LOSS).sort(), [...ROUND_TRIP_LOSSES].sort())
    assert.deepEqual(imported, expected)
    // What survives, said outright (the loop above proves nothing else changed):
    const a5 = imported.comments.find((c) => c.author === 'Łukasz')
    assert.equal(a5?.parent, 1700000400, 'a reply to a deleted comment keeps its parent')
    const placeholder = imported.comments.find((c) => c.created === 1700000400)
    assert.deepEqual([placeholder?.mode, placeholder?.email], [4, 'del@example.org'])
    assert.ok(imported.comments.some((c) => c.text === 'Grüße 日本語 & <b>x</b> ]]>\r\nzweite Zeile'))
    assert.deepEqual(
      imported.comments.filter((c) => c.uri === '/a/').map((c) => c.email),
      ['zoe@example.org', null, 'del@example.org', 'l@example.org', 'mod@example.org', 'blank@example.org'],
      'a missing e-mail stays missing',
    )
  })

  it("keeps in its isso: elements what Disqus has no field for, pending comments' text included", () => {
    const READ = `
import json, sys, xml.etree.ElementTree as ET
ns = {'d': 'http://disqus.com', 'i': 'urn:isso-startos:export:1'}
out = []
for post in ET.parse(sys.argv[1]).getroot().findall('d:post', ns):
    x = post.find('i:comment', ns)
    get = lambda n: x.find('i:' + n, ns).text
    num = lambda n: None if get(n) is None else float(get(n))
    out.append({'created': num('created'), 'modified': num('modified'), 'mode': int(get('mode')),
                'website': get('website'), 'likes': int(get('likes')), 'dislikes': int(get('dislikes')),
                'notification': int(get('notification')),
                'author': get('author') if x.find('i:author', ns) is not None else post.find('d:author/d:name', ns).text,
                'text': get('text') if x.find('i:text', ns) is not None else (post.find('d:message', ns).text or '')})
print(json.dumps(out))`
    const file = join(root, 'read.xml')
    execFileSync('cp', [join(root, 'src', 'db', report.file), file])
    const fromFile = JSON.parse(execFileSync(issoPython(), ['-c', READ, file], { encoding: 'utf8' })) as object[]
    const pick = ({ created, modified, mode, website, likes, dislikes, notification, author, text }: DumpedComment) => ({
      created, modified, mode, website, likes, dislikes, notification,
      // An empty element reads as none; the control character cannot be in XML.
      author: author === '' ? null : author,
      // eslint-disable-next-line no-control-regex
      text: text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, ''),
    })
    const byCreated = (a: { created: number }, b: { created: number }) => a.created - b.created
    assert.deepEqual((fromFile as { created: number }[]).sort(byCreated), source.comments.map(pick).sort(byCreated))
  })
})
