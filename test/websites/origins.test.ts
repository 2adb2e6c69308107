import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { HOST_PLACEHOLDER } from '../../startos/isso/config'
import { isPreviewOrigin, normalizeOrigin, normalizeOrigins, websites, writeWebsites, type OriginProblem } from '../../startos/isso/websites'
import { parseConfig } from '../../startos/isso/configparser'
import { websitesField } from '../../startos/actions/setWebsites'

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
  // Local previews: hugo server, jekyll serve, on the owner's own computer.
  ['http://localhost:1313', 'http://localhost:1313'],
  ['HTTP://LocalHost:4000/', 'http://localhost:4000'],
  ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
  ['https://localhost', 'https://localhost'],
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
  // Without a port it would be the hidden placeholder, which the list drops.
  ['http://localhost', { kind: 'preview-port', entry: 'http://localhost' }],
  ['http://localhost/', { kind: 'preview-port', entry: 'http://localhost/' }],
  ['http://localhost:80', { kind: 'preview-port', entry: 'http://localhost:80' }],
  ['http://127.0.0.1', { kind: 'preview-port', entry: 'http://127.0.0.1' }],
  // Only loopback names count as previews: a LAN address over http stays refused.
  ['http://192.168.1.20:1313', { kind: 'scheme', entry: 'http://192.168.1.20:1313', suggestion: 'https://192.168.1.20:1313' }],
  ['http://myblog.local:4000', { kind: 'scheme', entry: 'http://myblog.local:4000', suggestion: 'https://myblog.local:4000' }],
  ['http://localhost.example.com:1313', { kind: 'scheme', entry: 'http://localhost.example.com:1313', suggestion: 'https://localhost.example.com:1313' }],
  ['localhost:1313', { kind: 'no-scheme', entry: 'localhost:1313', suggestion: 'http://localhost:1313' }],
  ['http://localhost:1313/posts/', { kind: 'path', entry: 'http://localhost:1313/posts/', suggestion: 'http://localhost:1313' }],
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

describe('local previews', () => {
  it('isPreviewOrigin: plain http on localhost or 127.0.0.1 with a port, nothing else', () => {
    assert.equal(isPreviewOrigin('http://localhost:1313'), true)
    assert.equal(isPreviewOrigin('http://127.0.0.1:4000'), true)
    assert.equal(isPreviewOrigin(HOST_PLACEHOLDER), false)
    assert.equal(isPreviewOrigin('https://localhost:1313'), false)
    assert.equal(isPreviewOrigin('http://[::1]:1313'), false)
    assert.equal(isPreviewOrigin('http://example.com:1313'), false)
  })

  it('a preview is kept apart from the hidden placeholder: listed, shown, and the placeholder stays last', () => {
    const doc = parseConfig('[general]\nhost =\n    http://localhost\n')
    const result = normalizeOrigins(['https://blog.example.com', 'http://localhost:1313'])
    assert.ok(result.ok)
    writeWebsites(doc, result.origins)
    assert.deepEqual(doc.getList('general', 'host'), ['https://blog.example.com', 'http://localhost:1313', HOST_PLACEHOLDER])
    assert.deepEqual(websites(doc), ['https://blog.example.com', 'http://localhost:1313'])
  })
})

describe("the form's pattern (a first hint before run() checks)", () => {
  const pattern = async () => {
    const built = (await websitesField().build({ effects: {} as never, prefill: null })) as { spec: { spec: { patterns: { regex: string }[] } } }
    return new RegExp(built.spec.spec.patterns[0].regex)
  }
  it('lets previews through and stops what normalizeOrigin refuses as a preview without a port', async () => {
    const regex = await pattern()
    for (const entry of ['http://localhost:1313', 'http://127.0.0.1:4000/', 'https://blog.example.com', 'http://abcdefghij234567.onion']) {
      assert.ok(regex.test(entry), entry)
      assert.ok(normalizeOrigin(entry).ok, entry)
    }
    for (const entry of ['http://localhost', 'http://127.0.0.1', 'http://192.168.1.20:1313', 'http://localhost:1313/posts/']) {
      assert.ok(!regex.test(entry), entry)
      assert.ok(!normalizeOrigin(entry).ok, entry)
    }
  })
})
