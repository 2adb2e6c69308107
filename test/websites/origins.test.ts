import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { normalizeOrigin, normalizeOrigins, type OriginProblem } from '../../startos/isso/websites'

const accepted: [string, string][] = [
  ['https://blog.example.com', 'https://blog.example.com'],
  ['HTTPS://Blog.EXAMPLE.com', 'https://blog.example.com'],
  ['https://bücher.example', 'https://xn--bcher-kva.example'],
  ['https://BÜCHER.example', 'https://xn--bcher-kva.example'],
  ['https://example.com:443', 'https://example.com'],
  ['https://example.com:8443', 'https://example.com:8443'],
  ['https://example.com/', 'https://example.com'],
  ['  https://example.com\n', 'https://example.com'],
  ['http://abcdefghij234567.onion', 'http://abcdefghij234567.onion'],
  ['http://abcdefghij234567.onion:80/', 'http://abcdefghij234567.onion'],
  ['https://abcdefghij234567.onion', 'https://abcdefghij234567.onion'],
  ['https://[::1]:8443', 'https://[::1]:8443'],
  ['https://192.168.1.20', 'https://192.168.1.20'],
]

describe('normalizeOrigin: accepted entries become the browser Origin', () => {
  for (const [entry, origin] of accepted) {
    it(`${JSON.stringify(entry)} → ${origin}`, () => {
      assert.deepEqual(normalizeOrigin(entry), { ok: true, origin })
    })
  }
})

const refused: [string, OriginProblem][] = [
  ['', { kind: 'empty' }],
  ['   ', { kind: 'empty' }],
  ['https://blog.example.com/posts', { kind: 'path', entry: 'https://blog.example.com/posts', suggestion: 'https://blog.example.com' }],
  ['https://example.com/?page=1', { kind: 'query', entry: 'https://example.com/?page=1', suggestion: 'https://example.com' }],
  ['https://example.com?page=1', { kind: 'query', entry: 'https://example.com?page=1', suggestion: 'https://example.com' }],
  ['https://example.com#comments', { kind: 'fragment', entry: 'https://example.com#comments', suggestion: 'https://example.com' }],
  ['https://example.com\\blog', { kind: 'path', entry: 'https://example.com\\blog', suggestion: 'https://example.com' }],
  ['https://me:pw@example.com', { kind: 'userinfo', entry: 'https://me:pw@example.com', suggestion: 'https://example.com' }],
  ['https://*.example.com', { kind: 'wildcard', entry: 'https://*.example.com' }],
  ['*', { kind: 'wildcard', entry: '*' }],
  ['https://exa mple.com', { kind: 'whitespace', entry: 'https://exa mple.com' }],
  ['https://a.com\nhttps://b.com', { kind: 'whitespace', entry: 'https://a.com\nhttps://b.com' }],
  ['example.com', { kind: 'no-scheme', entry: 'example.com', suggestion: 'https://example.com' }],
  ['Example.com/blog', { kind: 'no-scheme', entry: 'Example.com/blog', suggestion: 'https://example.com' }],
  ['abcdefghij234567.onion', { kind: 'no-scheme', entry: 'abcdefghij234567.onion', suggestion: 'http://abcdefghij234567.onion' }],
  ['http://example.com', { kind: 'scheme', entry: 'http://example.com', suggestion: 'https://example.com' }],
  ['http://example.com:8080', { kind: 'scheme', entry: 'http://example.com:8080', suggestion: 'https://example.com:8080' }],
  ['ftp://example.com', { kind: 'scheme', entry: 'ftp://example.com', suggestion: 'https://example.com' }],
  ['https://$HOME', { kind: 'host', entry: 'https://$HOME' }],
  ['https://a..b', { kind: 'host', entry: 'https://a..b' }],
  ['https://example.com:99999', { kind: 'host', entry: 'https://example.com:99999' }],
  ['https://', { kind: 'host', entry: 'https://' }],
]

describe('normalizeOrigin: refused entries say what to type instead', () => {
  for (const [entry, problem] of refused) {
    it(`${JSON.stringify(entry)} → ${problem.kind}`, () => {
      assert.deepEqual(normalizeOrigin(entry), { ok: false, problem })
    })
  }
})

describe('normalizeOrigins', () => {
  it('removes duplicates after normalisation, keeping the first position', () => {
    const result = normalizeOrigins([
      'https://b.example',
      'HTTPS://B.example:443/',
      'https://a.example',
      'https://b.example',
    ])
    assert.deepEqual(result, { ok: true, origins: ['https://b.example', 'https://a.example'] })
  })

  it('keeps www and the bare domain apart: they are different origins', () => {
    const result = normalizeOrigins(['https://example.com', 'https://www.example.com'])
    assert.deepEqual(result, { ok: true, origins: ['https://example.com', 'https://www.example.com'] })
  })

  it('reports the first bad entry and its position', () => {
    const result = normalizeOrigins(['https://ok.example', 'http://bad.example'])
    assert.equal(result.ok, false)
    assert.equal(!result.ok && result.index, 1)
    assert.equal(!result.ok && result.problem.kind, 'scheme')
  })
})
