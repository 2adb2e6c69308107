import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { issoSettingsText, seedConfig } from '../../startos/isso/config'
import { backupName } from '../../startos/isso/import/backup'
import { countCommand, importerCall, IMPORTER_STDIN, scratchIn } from '../../startos/isso/import/command'
import { checkGenericJson } from '../../startos/isso/import/counts'
import { Failure } from '../../startos/isso/failure'
import { planFormat, upstreamGuess } from '../../startos/isso/import/format'
import { disqusOrphans, explainImporterFailure, parseCounts } from '../../startos/isso/import/output'
import { parseImportUrl, pastedBytes } from '../../startos/isso/import/source'
import { DISQUS, GENERIC, WORDPRESS } from './fixtures'

function problemOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    if (e instanceof Failure) return e.problem
    throw e
  }
  return 'no failure'
}
const bytes = (s: string) => Buffer.from(s, 'utf8')

describe('link and paste validation', () => {
  it('accepts https only', () => {
    assert.equal(parseImportUrl(' https://example.com/export.xml.gz ').href, 'https://example.com/export.xml.gz')
    assert.equal(problemOf(() => parseImportUrl('http://example.com/x')), 'url-not-https')
    assert.equal(problemOf(() => parseImportUrl('file:///etc/passwd')), 'url-not-https')
    assert.equal(problemOf(() => parseImportUrl('not a link')), 'url-invalid')
  })
  it('refuses an empty or blank paste', () => {
    assert.equal(problemOf(() => pastedBytes('')), 'empty')
    assert.equal(problemOf(() => pastedBytes(' \n\t')), 'empty')
    assert.equal(pastedBytes('[{}]').toString(), '[{}]')
  })
})

describe('format detection', () => {
  it("mirrors upstream's autodetect", () => {
    assert.equal(upstreamGuess(DISQUS), 'disqus')
    assert.equal(upstreamGuess(WORDPRESS), 'wordpress')
    assert.equal(upstreamGuess(GENERIC), 'generic')
    assert.equal(upstreamGuess('[ {"id": 1}]'), null) // upstream needs "[{" exactly
  })
  it('lets the importer guess when upstream will agree', () => {
    assert.deepEqual(planFormat(bytes(DISQUS), 'auto'), { typeFlag: null, format: 'disqus' })
    assert.deepEqual(planFormat(bytes(WORDPRESS), 'auto'), { typeFlag: null, format: 'wordpress' })
    assert.deepEqual(planFormat(bytes(GENERIC), 'auto'), { typeFlag: null, format: 'generic' })
  })
  it('names generic JSON that upstream would call unknown (pretty-printed, BOM)', () => {
    const pretty = JSON.stringify(JSON.parse(GENERIC), null, 2)
    assert.deepEqual(planFormat(bytes(pretty), 'auto'), { typeFlag: 'generic', format: 'generic' })
    assert.deepEqual(planFormat(bytes('\uFEFF' + GENERIC), 'auto'), { typeFlag: 'generic', format: 'generic' })
  })
  it('refuses HTML, junk and emptiness before anything runs', () => {
    assert.equal(problemOf(() => planFormat(bytes('<!DOCTYPE html><html><body>Log in</body></html>'), 'auto')), 'html')
    assert.equal(problemOf(() => planFormat(bytes('\n<html lang="en">'), 'disqus')), 'html')
    assert.equal(problemOf(() => planFormat(bytes('hello world'), 'auto')), 'unknown-format')
    assert.equal(problemOf(() => planFormat(bytes('<rss></rss>'), 'auto')), 'unknown-format')
    assert.equal(problemOf(() => planFormat(bytes('   '), 'auto')), 'empty')
  })
  it('passes -t for an explicit choice and refuses a contradicting file', () => {
    assert.deepEqual(planFormat(bytes(DISQUS), 'disqus'), { typeFlag: 'disqus', format: 'disqus' })
    assert.equal(problemOf(() => planFormat(bytes(DISQUS), 'wordpress')), 'format-mismatch')
    assert.equal(problemOf(() => planFormat(bytes(GENERIC), 'disqus')), 'format-mismatch')
    assert.equal(problemOf(() => planFormat(bytes(WORDPRESS), 'generic')), 'format-mismatch')
  })
})

describe('generic JSON, checked before the importer runs', () => {
  it('accepts a list of threads with comment lists and refuses anything else', () => {
    checkGenericJson(bytes(GENERIC))
    assert.equal(problemOf(() => checkGenericJson(bytes('[{"id": "/a", '))), 'json-invalid')
    assert.equal(problemOf(() => checkGenericJson(bytes('[{"id": "/a"}]'))), 'json-invalid')
    assert.equal(problemOf(() => checkGenericJson(bytes('{"id": "/a"}'))), 'json-invalid')
  })
})

describe('the importer call in the isso image', () => {
  const owner = seedConfig('salt')
  const scratch = scratchIn('/db', '.import-1')
  it('is `isso -c CONFIG import [-t TYPE] [--empty-id] EXPORT`, ISSO_SETTINGS naming the same file', () => {
    const auto = importerCall(owner, { typeFlag: null, format: 'wordpress' }, scratch)
    assert.deepEqual(auto.command, ['/isso/bin/isso', '-c', '/etc/isso/import.cfg', 'import', '/db/.import-1/export'])
    assert.deepEqual(auto.env, { ISSO_SETTINGS: '/etc/isso/import.cfg' })
    assert.equal(auto.stdin, IMPORTER_STDIN)
    assert.equal(IMPORTER_STDIN, 'y\n')
    assert.deepEqual(importerCall(owner, { typeFlag: 'generic', format: 'generic' }, scratch).command.slice(3), [
      'import',
      '-t',
      'generic',
      '/db/.import-1/export',
    ])
  })
  it('passes --empty-id for every Disqus import, guessed or chosen, and never -n', () => {
    for (const typeFlag of [null, 'disqus'] as const) {
      const { command } = importerCall(owner, { typeFlag, format: 'disqus' }, scratch)
      assert.ok(command.includes('--empty-id'))
      assert.ok(!command.includes('-n'))
    }
  })
  it("points the owner's settings (StartOS's keys applied) at the scratch copy", () => {
    const { config } = importerCall(owner, { typeFlag: null, format: 'generic' }, scratch)
    assert.equal(config, issoSettingsText(owner, { dbpath: '/db/.import-1/comments.db' }))
    assert.match(config, /^dbpath = \/db\/\.import-1\/comments\.db$/m)
    assert.match(config, /^salt = salt$/m)
    assert.deepEqual(countCommand(scratch.dbFile).slice(0, 2), ['/isso/bin/python', '-c'])
    assert.equal(countCommand(scratch.dbFile).at(-1), '/db/.import-1/comments.db')
  })
})

describe('backup names', () => {
  it('sort by time and differ within one millisecond', () => {
    const now = new Date('2026-11-25T10:30:00.123Z')
    assert.equal(backupName(now, 'abcdef'), 'comments.db.before-import-2026-11-25T10-30-00-123Z-abcdef')
    assert.notEqual(backupName(now), backupName(now))
    assert.ok(backupName(now, 'ffffff') < backupName(new Date('2026-11-25T10:30:00.124Z'), '000000'))
  })
})

describe('reading the importer output', () => {
  it('reads the row counts and the Disqus orphans', () => {
    assert.deepEqual(parseCounts('4 17 3\n'), { threads: 4, comments: 17, replies: 3 })
    assert.equal(parseCounts('4 17\n'), null)
    assert.equal(parseCounts(''), null)
    assert.equal(disqusOrphans('Found 3 orphans:\n * 1 by a <b>\n'), 3)
    assert.equal(disqusOrphans(''), 0)
  })
  it('explains the duplicate-thread failure in one line', () => {
    const stderr = [
      'Traceback (most recent call last):',
      '  File "/isso/bin/isso", line 8, in <module>',
      '    sys.exit(main())',
      'sqlite3.IntegrityError: UNIQUE constraint failed: threads.uri',
      '',
    ].join('\n')
    assert.deepEqual(explainImporterFailure('', stderr, false), {
      problem: 'importer-duplicate',
      detail: 'sqlite3.IntegrityError: UNIQUE constraint failed: threads.uri',
    })
  })
  it('recognises the other upstream failures', () => {
    assert.equal(explainImporterFailure('', 'Unknown format, abort.\n', false).problem, 'unknown-format')
    assert.equal(
      explainImporterFailure('', 'xml.etree.ElementTree.ParseError: not well-formed (invalid token): line 1', false).problem,
      'importer-xml',
    )
    assert.equal(explainImporterFailure('', "KeyError: 'title'", false).problem, 'importer-field')
    assert.equal(explainImporterFailure('', '', true).problem, 'importer-timeout')
    assert.deepEqual(explainImporterFailure('', 'OSError: disk full\n', false), {
      problem: 'importer-failed',
      detail: 'OSError: disk full',
    })
  })
})
