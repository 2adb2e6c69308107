// The website check's pure parts: reading a page as Isso's client does, Isso's origin
// comparison (against upstream's own urlsplit), the language list (against upstream's
// embed.min.js), the cookie site, and the verdicts no local page can produce.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { startTags } from '../../startos/isso/websiteCheck/html'
import { issoOriginKey, matchingWebsite } from '../../startos/isso/websiteCheck/issoOrigin'
import { ISSO_LANGUAGES } from '../../startos/isso/websiteCheck/language'
import { findIssoEmbed } from '../../startos/isso/websiteCheck/page'
import { siteOf } from '../../startos/isso/websiteCheck/site'
import { embedFinding, languageFinding, scriptFinding } from '../../startos/isso/websiteCheck/verdicts'
import { describeFinding } from '../../startos/actions/websiteCheckMessages'
import { ISSO_VENV, issoPython, skipWithoutIsso } from '../helpers/isso'

describe('findIssoEmbed: the page as Isso reads it', () => {
  it('takes data-isso, else the src minus /js/embed.min.js; resolves both against the page', () => {
    const html = `<html lang="fr"><script src="/isso/js/embed.min.js?v=1" data-isso-lang=" de "></script>
      <script data-isso="//c.example.net/blog/" src="https://x.example/js/count.min.js"></script>
      <div id="isso-thread" data-isso-id="/p/1" data-title="Caf&eacute; &amp; &quot;bar&quot;"></div>
      <a href="/p/2/#isso-thread">2</a><a href="/p/3#isso-thread">3</a><a href="/p/4">no</a>`
    const embed = findIssoEmbed(html, 'https://blog.example.com/p/1/')
    assert.deepEqual(embed.scripts, [
      { kind: 'embed', src: 'https://blog.example.com/isso/js/embed.min.js?v=1', endpoint: 'https://blog.example.com/isso', lang: 'de' },
      { kind: 'count', src: 'https://x.example/js/count.min.js', endpoint: 'https://c.example.net/blog', lang: null },
    ])
    // Unknown named entities stay as written; the ones HTML attributes commonly use decode.
    assert.deepEqual(embed.thread, { tag: 'div', title: 'Caf&eacute; & "bar"', issoId: '/p/1' })
    assert.equal(embed.counterLinks, 2)
    assert.equal(embed.pageLang, 'fr')
  })

  it('ignores tags inside comments and inside script or textarea text', () => {
    const html = `<!-- <section id="isso-thread"></section> --><script>document.write('<section id="isso-thread">')</script>
      <textarea><script src="https://c.example/js/embed.min.js"></script></textarea><p title='a > b'>x</p>`
    const embed = findIssoEmbed(html, 'https://blog.example.com/')
    assert.deepEqual(embed.scripts, [])
    assert.equal(embed.thread, null)
    assert.equal(startTags(html).find((t) => t.name === 'p')?.attrs.get('title'), 'a > b')
  })
})

describe("issoOriginKey: Isso's own urlsplit", { skip: skipWithoutIsso() }, () => {
  const entries = [
    'https://blog.example.com', 'https://blog.example.com:443', 'https://blog.example.com:8443', 'http://blog.example.com',
    'http://blog.example.com:80', 'http://blog.example.com:8080', 'blog.example.com', 'HTTPS://Blog.Example.com',
    'https://blog.example.com/', 'http://[::1]:8080', 'https://[::1]', 'http://user@host.example:81', 'http://abc.onion',
  ]
  it('gives the tuple upstream gives, for every spelling', () => {
    const out = execFileSync(
      issoPython(),
      ['-c', 'import json, sys\nfrom isso.wsgi import urlsplit\nprint(json.dumps([list(urlsplit(e)) for e in json.load(sys.stdin)]))'],
      { input: JSON.stringify(entries), encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } },
    )
    assert.deepEqual(entries.map((e) => [...issoOriginKey(e)]), JSON.parse(out))
  })

  it('matches the way Isso matches: default port yes, case and www no', () => {
    assert.equal(matchingWebsite(['https://blog.example.com:443'], 'https://blog.example.com'), 'https://blog.example.com:443')
    assert.equal(matchingWebsite(['https://Blog.example.com'], 'https://blog.example.com'), null)
    assert.equal(matchingWebsite(['https://www.blog.example.com'], 'https://blog.example.com'), null)
  })
})

describe('ISSO_LANGUAGES', { skip: skipWithoutIsso() }, () => {
  it("is the list in upstream's embed.min.js", () => {
    const lib = readdirSync(join(ISSO_VENV, 'lib')).find((d) => d.startsWith('python'))!
    const js = readFileSync(join(ISSO_VENV, 'lib', lib, 'site-packages/isso/js/embed.min.js'), 'utf8')
    const table = /bg:n\(\d+\),[^}]*/.exec(js)![0]
    const names = [...table.matchAll(/"?([a-zA-Z-]+)"?:n\(\d+\)/g)].map((m) => m[1])
    assert.deepEqual(names, [...ISSO_LANGUAGES])
  })
})

describe('siteOf: the registrable domain (Public Suffix List)', () => {
  for (const [host, site] of [
    ['comments.blog.example.co.uk', 'example.co.uk'],
    ['www.example.com', 'example.com'],
    ['alice.github.io', 'alice.github.io'], // private section: another site than bob.github.io
    ['192.168.1.20', '192.168.1.20'],
    ['adjective-noun.local', 'adjective-noun.local'],
  ]) {
    it(`${host} → ${site}`, () => assert.equal(siteOf(host), site))
  }
})

describe('verdicts no local page produces', () => {
  const script = (endpoint: string, lang: string | null = null) => ({ kind: 'embed' as const, src: `${endpoint}/js/embed.min.js`, endpoint, lang })

  it('a public https page calling this server over http, over .local, over Tor', () => {
    const addresses = [
      { url: 'http://192.168.1.20:49152/', isPublic: false },
      { url: 'https://adjective-noun.local/', isPublic: false },
      { url: 'http://abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx.onion/', isPublic: false },
    ]
    const page = 'https://blog.example.com/post/'
    assert.equal(scriptFinding(script('http://192.168.1.20:49152'), page, addresses).code, 'script-mixed-content')
    const local = scriptFinding(script('https://adjective-noun.local'), page, addresses)
    assert.deepEqual([local.status, local.code, local.reasons], ['failed', 'script-not-public', ['lan-only', 'untrusted-certificate']])
    assert.match(describeFinding(local), /Comments endpoint interface in StartOS\. This address only works inside your own network/)
    // A private page may use private addresses: a warning, not a failure.
    const onion = scriptFinding(script(addresses[2].url), 'https://wiki.home.arpa/', addresses)
    assert.deepEqual([onion.status, onion.code], ['warning', 'script-private-use'])
  })

  it("several sites: another site's address is named as that site, with this site's address to use", () => {
    const blog = [{ url: 'https://comments.example.com/blog', isPublic: true }]
    const others = [{ label: 'First blog (at /)', addresses: [{ url: 'https://comments.example.com/', isPublic: true }] }]
    const page = 'https://blog.example.com/post/'
    assert.equal(scriptFinding(script('https://comments.example.com/blog'), page, blog, others).code, 'script-ok')
    const first = scriptFinding(script('https://comments.example.com'), page, blog, others)
    assert.deepEqual([first.status, first.code, first.params.site, first.params.address], ['failed', 'script-other-site', 'First blog (at /)', 'https://comments.example.com/blog'])
    assert.equal(
      describeFinding(first),
      "The script calls https://comments.example.com, the address of another blog on this server, First blog (at /), whose comments and Websites list are not this blog's. Use https://comments.example.com/blog (see the Embed Code action) in data-isso and src, or check the page with that blog chosen.",
    )
    // Neither this site nor another: another server.
    assert.equal(scriptFinding(script('https://comments.example.com/notes'), page, blog, others).code, 'script-not-this-server')
    assert.equal(scriptFinding(script('https://comments.example.com'), page, blog).code, 'script-not-this-server')
  })

  it('embed: counters only, or the counter script where comments should be', () => {
    const base = { thread: null, counterLinks: 3, pageLang: null }
    assert.equal(embedFinding({ ...base, scripts: [{ ...script('https://c.example'), kind: 'count' }] }).code, 'embed-counter')
    const countOnly = { ...base, thread: { tag: 'section', title: null, issoId: null }, scripts: [{ ...script('https://c.example'), kind: 'count' as const }] }
    assert.equal(embedFinding(countOnly).code, 'embed-count-script-only')
    assert.equal(embedFinding({ ...base, counterLinks: 0, scripts: [script('https://c.example')] }).code, 'embed-no-thread')
  })

  it('language: a data-isso-lang that contradicts the page', () => {
    const f = languageFinding(script('https://c.example', 'fr'), 'de-DE')
    assert.deepEqual([f.status, f.code], ['warning', 'lang-mismatch'])
    assert.equal(languageFinding(script('https://c.example', 'pt-BR'), 'pt').code, 'lang-set')
  })
})
