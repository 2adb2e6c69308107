import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { importerCommand, IMPORTER_STDIN } from '../../startos/isso/import/command'
import { countInFile } from '../../startos/isso/import/counts'
import { ImportFailure } from '../../startos/isso/import/failure'
import { planFormat, upstreamGuess } from '../../startos/isso/import/format'
import { explainImporterFailure, summaryFromOutput, disqusWarnings } from '../../startos/isso/import/output'
import { parseImportUrl, pastedBytes } from '../../startos/isso/import/source'
import { DISQUS, GENERIC, WORDPRESS } from './fixtures'

function problemOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    if (e instanceof ImportFailure) return e.problem
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

describe('counting what a file holds', () => {
  it('counts generic JSON exactly and refuses broken JSON', () => {
    assert.deepEqual(countInFile(bytes(GENERIC), 'generic'), { threads: 2, comments: 3 })
    assert.equal(problemOf(() => countInFile(bytes('[{"id": "/a", '), 'generic')), 'json-invalid')
    assert.equal(problemOf(() => countInFile(bytes('[{"id": "/a"}]'), 'generic')), 'json-invalid')
  })
  it('counts Disqus posts and the threads they belong to', () => {
    assert.deepEqual(countInFile(bytes(DISQUS), 'disqus'), { threads: 1, comments: 2 })
  })
  it('counts WordPress items that have comments', () => {
    assert.deepEqual(countInFile(bytes(WORDPRESS), 'wordpress'), { threads: 1, comments: 2 })
  })
})

describe('the importer command line', () => {
  it('is upstream CLI with -n and -t only when asked', () => {
    assert.deepEqual(importerCommand({ typeFlag: null, format: 'disqus' }, false, '/db/.import-1'), [
      '/isso/bin/isso',
      'import',
      '/db/.import-1',
    ])
    assert.deepEqual(importerCommand({ typeFlag: 'generic', format: 'generic' }, true, '/db/.import-2'), [
      '/isso/bin/isso',
      'import',
      '-n',
      '-t',
      'generic',
      '/db/.import-2',
    ])
    assert.equal(IMPORTER_STDIN, 'y\n')
  })
})

describe('reading the importer output', () => {
  it('finds the summary line and Disqus warnings', () => {
    assert.deepEqual(summaryFromOutput('\r[50%]  x\r[100%]  4 threads, 17 comments\n'), { threads: 4, comments: 17 })
    assert.equal(summaryFromOutput(''), null)
    assert.deepEqual(disqusWarnings('Found 3 orphans:\n * 1 by a <b>\n'), { orphans: 3, noThreads: false })
    assert.deepEqual(disqusWarnings("Isso couldn't import any thread, try again with --empty-id\n"), {
      orphans: 0,
      noThreads: true,
    })
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
