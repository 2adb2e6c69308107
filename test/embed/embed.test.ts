import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  apiRoot,
  buildEmbedSnippets,
  classifyAddress,
  escapeHtml,
  rankAddress,
  type AddressKind,
  type EmbedSettings,
} from '../../startos/isso/embed'

const allOff: EmbedSettings = { requireAuthor: false, requireEmail: false, replyNotifications: false, gravatar: false }
const texts = { postTitle: 'Title of this post', postPath: '/my-post/', linkText: 'Comments' }

describe('classifyAddress', () => {
  const cases: [string, boolean | undefined, AddressKind][] = [
    ['https://comments.example.com/', true, 'public-domain'],
    ['https://comments.example.com', undefined, 'public-domain'],
    ['https://isso.home.example.com', false, 'private-domain'],
    ['https://nas.lan', undefined, 'private-domain'],
    ['http://abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuv.onion/', false, 'onion'],
    ['https://adjective-noun.local:12345/', false, 'mdns'],
    ['https://192.168.1.20:12345/', false, 'private-ip'],
    ['http://10.0.0.5:8080/', false, 'private-ip'],
    ['https://172.20.1.1/', false, 'private-ip'],
    ['https://100.101.102.103/', false, 'private-ip'],
    ['https://172.32.1.1/', true, 'public-ip'],
    ['https://203.0.113.7:443/', true, 'public-ip'],
    ['https://[fd12:3456::1]:8443/', false, 'private-ip'],
    ['https://[fe80::1]:8443/', false, 'private-ip'],
    ['https://[2001:db8::7]:8443/', true, 'public-ip'],
  ]
  for (const [url, isPublic, kind] of cases) {
    it(`${url} is ${kind}`, () => assert.equal(classifyAddress(url, isPublic).kind, kind))
  }

  it('recommends only a public https domain', () => {
    assert.equal(classifyAddress('https://c.example.com/', true).recommended, true)
    assert.equal(classifyAddress('http://c.example.com/', true).recommended, false)
    assert.equal(classifyAddress('https://203.0.113.7/', true).recommended, false)
  })

  it('says why the others only suit private use', () => {
    assert.deepEqual(classifyAddress('https://c.example.com/', true).warnings, [])
    assert.deepEqual(classifyAddress('http://c.example.com/', true).warnings, ['plain-http'])
    assert.deepEqual(classifyAddress('http://abc.onion/', false).warnings, ['tor-only'])
    assert.deepEqual(classifyAddress('https://x.local:1234/', false).warnings, ['lan-only', 'untrusted-certificate'])
    assert.deepEqual(classifyAddress('http://192.168.1.2:80/', false).warnings, ['lan-only', 'plain-http'])
    assert.deepEqual(classifyAddress('https://203.0.113.7/', true).warnings, ['untrusted-certificate'])
  })

  it('ranks public https domains first and http after https', () => {
    const urls = ['http://192.168.1.2/', 'http://abc.onion/', 'https://x.local/', 'http://c.example.com/', 'https://c.example.com/']
    const sorted = [...urls].sort((a, b) => rankAddress(classifyAddress(a)) - rankAddress(classifyAddress(b)))
    assert.deepEqual(sorted, ['https://c.example.com/', 'http://c.example.com/', 'http://abc.onion/', 'https://x.local/', 'http://192.168.1.2/'])
  })
})

describe('buildEmbedSnippets', () => {
  it('points the script and the API at the chosen address, without a trailing slash', () => {
    const { embed } = buildEmbedSnippets('https://comments.example.com/', allOff, texts)
    assert.match(embed, /^<script data-isso="https:\/\/comments\.example\.com"\s/)
    assert.match(embed, /src="https:\/\/comments\.example\.com\/js\/embed\.min\.js"><\/script>/)
    assert.match(embed, /<section id="isso-thread"><\/section>$/)
  })

  it('keeps a port in the address', () => {
    assert.equal(apiRoot('https://192.168.1.20:12345/'), 'https://192.168.1.20:12345')
  })

  it('mirrors every server setting as true/false', () => {
    const off = buildEmbedSnippets('https://c.example.com/', allOff, texts).embed
    for (const name of ['require-author', 'require-email', 'reply-notifications', 'gravatar']) {
      assert.match(off, new RegExp(`data-isso-${name}="false"`))
    }
    assert.doesNotMatch(off, /data-isso-avatar=/)
    for (const [key, name] of [
      ['requireAuthor', 'require-author'],
      ['requireEmail', 'require-email'],
      ['replyNotifications', 'reply-notifications'],
      ['gravatar', 'gravatar'],
    ] as const) {
      const on = buildEmbedSnippets('https://c.example.com/', { ...allOff, [key]: true }, texts).embed
      assert.match(on, new RegExp(`data-isso-${name}="true"`), name)
      assert.equal((on.match(/="true"/g) ?? []).length, 1, `only ${name} is on`)
    }
  })

  it('turns the generated avatars off when gravatar is on', () => {
    const { embed } = buildEmbedSnippets('https://c.example.com/', { ...allOff, gravatar: true }, texts)
    assert.match(embed, /data-isso-avatar="false"/)
  })

  it('offers the thread section with data-title and the counter snippet', () => {
    const s = buildEmbedSnippets('https://c.example.com/', allOff, texts)
    assert.equal(s.threadWithTitle, '<section id="isso-thread" data-title="Title of this post"></section>')
    assert.equal(
      s.count,
      '<script data-isso="https://c.example.com" src="https://c.example.com/js/count.min.js"></script>\n' +
        '<a href="/my-post/#isso-thread">Comments</a>',
    )
  })

  it('escapes everything it interpolates', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    const s = buildEmbedSnippets('https://c.example.com/?a="b"&c=<d>', allOff, {
      postTitle: 'Tom & "Jerry" <3',
      postPath: '/a"b/',
      linkText: '<b>Comments</b>',
    })
    assert.match(s.threadWithTitle, /data-title="Tom &amp; &quot;Jerry&quot; &lt;3"/)
    assert.match(s.count, /href="\/a&quot;b\/#isso-thread">&lt;b&gt;Comments&lt;\/b&gt;<\/a>/)
    assert.doesNotMatch(s.embed + s.count, /"b"|<d>/)
  })

  it('refuses an address that is not a web address', () => {
    assert.throws(() => buildEmbedSnippets('javascript:alert(1)', allOff, texts), TypeError)
  })
})
