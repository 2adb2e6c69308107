import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  apiRoot,
  buildEmbedSnippets,
  escapeHtml,
  SITE_TEMPLATES,
  siteBase,
  type EmbedOptions,
} from '../../startos/isso/embed'
import { asCopied } from '../helpers/screenResult'

const texts = { postTitle: 'Title of this post', postPath: '/my-post/', linkText: 'Comments' }
const html: EmbedOptions = { template: 'html', lang: null }

describe('apiRoot', () => {
  it('keeps scheme, host, port and a site path, without a trailing slash', () => {
    assert.equal(apiRoot('https://comments.example.com/'), 'https://comments.example.com')
    assert.equal(apiRoot('https://192.168.1.20:12345/'), 'https://192.168.1.20:12345')
    assert.equal(apiRoot('https://comments.example.com/blog/'), 'https://comments.example.com/blog')
    assert.equal(apiRoot('https://comments.example.com/blog'), 'https://comments.example.com/blog')
  })

  it('drops a query and a fragment, and refuses what is not a web address', () => {
    assert.equal(apiRoot('https://c.example.com/?a=b#c'), 'https://c.example.com')
    assert.throws(() => apiRoot('javascript:alert(1)'), TypeError)
  })
})

describe('siteBase', () => {
  it("puts an added site's prefix after the address, the first site's address as it is", () => {
    assert.equal(siteBase('https://comments.example.com/', '/blog'), 'https://comments.example.com/blog')
    assert.equal(siteBase('http://192.168.1.20:49152/', '/my-blog'), 'http://192.168.1.20:49152/my-blog')
    assert.equal(siteBase('https://comments.example.com/', ''), 'https://comments.example.com/')
    assert.equal(
      buildEmbedSnippets(siteBase('https://comments.example.com/', '/blog'), html, texts).comments.split('\n')[0],
      '<script data-isso="https://comments.example.com/blog" src="https://comments.example.com/blog/js/embed.min.js"></script>',
    )
  })
})

describe('buildEmbedSnippets: plain HTML', () => {
  it('points both scripts at the base URL and adds the empty thread', () => {
    const s = buildEmbedSnippets('https://comments.example.com/', html, texts)
    assert.equal(
      s.comments,
      '<script data-isso="https://comments.example.com" src="https://comments.example.com/js/embed.min.js"></script>\n' +
        '<section id="isso-thread"></section>',
    )
    assert.equal(s.threadWithTitle, '<section id="isso-thread" data-title="Title of this post"></section>')
    assert.equal(
      s.count,
      '<script data-isso="https://comments.example.com" src="https://comments.example.com/js/count.min.js"></script>\n' +
        '<a href="/my-post/#isso-thread">Comments</a>',
    )
  })

  it('needs only the base URL and the options (English placeholders by default)', () => {
    const s = buildEmbedSnippets('https://c.example.com', html)
    assert.match(s.threadWithTitle ?? '', /data-title="Title of this post"/)
    assert.match(s.count, /<a href="\/path-of-the-post\/#isso-thread">Comments<\/a>$/)
  })

  it('serves a site under a path from that path', () => {
    const s = buildEmbedSnippets('https://comments.example.com/blog', html, texts)
    assert.match(s.comments, /data-isso="https:\/\/comments\.example\.com\/blog" src="https:\/\/comments\.example\.com\/blog\/js\/embed\.min\.js"/)
    assert.match(s.count, /src="https:\/\/comments\.example\.com\/blog\/js\/count\.min\.js"/)
  })

  it('repeats none of the settings the server sends to the client itself', () => {
    for (const template of SITE_TEMPLATES) {
      for (const lang of [null, 'de']) {
        const s = buildEmbedSnippets('https://c.example.com/', { template, lang }, texts)
        const names = [...`${s.comments}\n${s.count}`.matchAll(/\b(data-isso(?:-[a-z-]+)?)=/g)].map((m) => m[1])
        assert.deepEqual(new Set(names), new Set(lang ? ['data-isso', 'data-isso-lang'] : ['data-isso']), template)
      }
    }
  })

  it('writes data-isso-lang on both scripts only when a language is chosen', () => {
    const s = buildEmbedSnippets('https://c.example.com/', { template: 'html', lang: 'pt-BR' }, texts)
    assert.equal((s.comments.match(/ data-isso-lang="pt-BR" /g) ?? []).length, 1)
    assert.equal((s.count.match(/ data-isso-lang="pt-BR" /g) ?? []).length, 1)
    assert.doesNotMatch(buildEmbedSnippets('https://c.example.com/', html, texts).comments, /lang/)
  })

  it('refuses a language the client does not have', () => {
    assert.throws(() => buildEmbedSnippets('https://c.example.com/', { template: 'html', lang: 'xx' }, texts), RangeError)
    assert.throws(() => buildEmbedSnippets('https://c.example.com/', { template: 'html', lang: 'de"><script>' }, texts), RangeError)
  })

  it('escapes everything it interpolates', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    const s = buildEmbedSnippets('https://c.example.com/?a="b"&c=<d>', html, {
      postTitle: 'Tom & "Jerry" <3',
      postPath: '/a"b/',
      linkText: '<b>Comments</b>',
    })
    assert.match(s.threadWithTitle ?? '', /data-title="Tom &amp; &quot;Jerry&quot; &lt;3"/)
    assert.match(s.count, /href="\/a&quot;b\/#isso-thread">&lt;b&gt;Comments&lt;\/b&gt;<\/a>/)
    assert.doesNotMatch(s.comments + s.count, /"b"|<d>/)
  })
})

describe('buildEmbedSnippets: site generators', () => {
  const build = (template: EmbedOptions['template']) =>
    buildEmbedSnippets('https://comments.example.com', { template, lang: null }, texts)

  it("Hugo: the title from .Title (html/template escapes it), the counter over .Pages", () => {
    const s = build('hugo')
    assert.match(s.comments, /\n<section id="isso-thread" data-title="\{\{ \.Title \}\}"><\/section>$/)
    assert.equal(s.threadWithTitle, null)
    assert.match(s.count, /\n\{\{ range \.Pages \}\}\n {2}<a href="\{\{ \.RelPermalink \}\}#isso-thread">Comments<\/a>\n\{\{ end \}\}$/)
  })

  it('Jekyll: the title escaped by Liquid, links through relative_url', () => {
    const s = build('jekyll')
    assert.match(s.comments, /data-title="\{\{ page\.title \| escape \}\}"/)
    assert.match(s.count, /\{% for post in site\.posts %\}\n {2}<a href="\{\{ post\.url \| relative_url \}\}#isso-thread">/)
    assert.match(s.count, /\{% endfor %\}$/)
  })

  it('Eleventy: the title escaped, the posts collection', () => {
    const s = build('eleventy')
    assert.match(s.comments, /data-title="\{\{ title \| escape \}\}"/)
    assert.match(s.count, /\{% for post in collections\.posts %\}\n {2}<a href="\{\{ post\.url \}\}#isso-thread">/)
  })

  it('every generator gets the same scripts as plain HTML', () => {
    const plain = build('html')
    for (const template of ['hugo', 'jekyll', 'eleventy'] as const) {
      const s = build(template)
      assert.equal(s.comments.split('\n')[0], plain.comments.split('\n')[0], template)
      assert.equal(s.count.split('\n')[0], plain.count.split('\n')[0], template)
    }
  })
})

// StartOS shows each snippet in a one-line <input>, and its Copy button copies that
// input's value: every line break stripped, nothing put in its place (asCopied). So a
// break may only fall between two whole tags or template statements, where the joined
// text means the same. test/browser/embed.test.ts loads the copied form in Chromium.
describe('buildEmbedSnippets: as copied from StartOS, on one line', () => {
  const bases = ['https://comments.example.com/', 'https://comments.example.com/blog']
  for (const template of SITE_TEMPLATES) {
    for (const lang of [null, 'de']) {
      it(`${template}${lang ? `, ${lang}` : ''}: every line break falls between two tags or statements`, () => {
        for (const base of bases) {
          const s = buildEmbedSnippets(base, { template, lang }, texts)
          for (const snippet of [s.comments, s.threadWithTitle, s.count].filter((x): x is string => x !== null)) {
            const lines = snippet.split('\n')
            for (let i = 1; i < lines.length; i++) {
              assert.match(lines[i - 1], /[>}]$/, `a break inside a construct: ${JSON.stringify(snippet)}`)
              assert.match(lines[i], /^\s*[<{]/, `a break inside a construct: ${JSON.stringify(snippet)}`)
            }
            assert.equal(asCopied(snippet), lines.join(''))
          }
        }
      })
    }
  }
})
