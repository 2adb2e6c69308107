import assert from 'node:assert/strict'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { describe, it } from 'node:test'
import type { T } from '@start9labs/start-sdk'
import { embedCodeAction } from '../../startos/actions/embedCode'
import { fakeEffects } from '../helpers/effects'
import { assertFitsTheScreen } from '../helpers/screenResult'
import { tempVolume } from '../helpers/volume'

const hostname = (hostname: string, ssl: boolean, isPublic: boolean, port: number | null, metadata: T.HostnameInfo['metadata']): T.HostnameInfo =>
  ({ hostname, ssl, public: isPublic, port, metadata })

const ONION = 'abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx.onion'

// What StartOS reports for host 'main': the comments interface on 8080 with a public
// domain, Tor, mDNS, a LAN IP, localhost and the bridge (the last two are not offered).
const mainHost = {
  bindings: {
    8080: {
      enabled: true,
      options: { preferredExternalPort: 80, addSsl: null, secure: null },
      net: { assignedPort: 49152, assignedSslPort: 443 },
      addresses: {
        enabled: [],
        disabled: [],
        guaWan: [],
        available: [
          hostname('192.168.1.20', false, false, 49152, { kind: 'ipv4', gateway: 'eth0' }),
          hostname('adjective-noun.local', true, false, 443, { kind: 'mdns', gateways: ['eth0'] }),
          hostname(ONION, false, false, 80, { kind: 'plugin', packageId: 'tor', removeAction: null, overflowActions: [], info: null }),
          hostname('comments.example.com', true, true, 443, { kind: 'public-domain', gateway: 'eth0' }),
          hostname('127.0.0.1', false, false, 8080, { kind: 'ipv4', gateway: 'lo' }),
          hostname('10.0.3.5', false, false, 8080, { kind: 'ipv4', gateway: 'lxcbr0' }),
        ],
      },
      interfaces: {
        comments: {
          id: 'comments', name: 'Comments endpoint', description: '', masked: false, type: 'api',
          addressInfo: { username: null, hostId: 'main', internalPort: 8080, scheme: 'http', sslScheme: 'https', suffix: '/' },
        },
      },
    },
  },
  bindingRanges: {},
  publicDomains: {},
  privateDomains: {},
  portForwards: [],
} as unknown as T.Host

// The site list lives in store.json; without one there is only the first site.
const volume = tempVolume('isso-embed-action-')
const embedCode = embedCodeAction(volume.volume)

describe('embed-code through the SDK', () => {
  async function form(hosts: Record<string, T.Host> = { main: mainHost }) {
    const { effects } = fakeEffects({ hosts })
    const input = await embedCode.getInput({ effects, prefill: null })
    const spec = input.spec as Record<string, { default: string; values: Record<string, string>; disabled: unknown }>
    return { effects, spec }
  }
  type Input = Parameters<typeof embedCode.run>[0]['input']
  const input = (address: string, template = 'html', language = 'browser') => ({ address, template, language }) as Input
  const entries = async (effects: T.Effects, i: Input) => {
    const result = await embedCode.run({ effects, input: i })
    assertFitsTheScreen(result)
    assert.ok(result && 'result' in result && result.result?.type === 'group')
    const value = result.result.value.map((e) => {
      assert.ok(e.type === 'single' && e.copyable)
      return { name: e.name, value: e.value, description: e.description ?? '' }
    })
    const named = (name: string) => value.find((e) => e.name === name) ?? assert.fail(`no ${name}`)
    return { message: result.message ?? '', value, named }
  }

  it('offers the reachable addresses, public https domain first and as default', async () => {
    const { spec } = await form()
    assert.equal(spec.address.default, 'https://comments.example.com/')
    assert.deepEqual(Object.keys(spec.address.values), [
      'https://comments.example.com/',
      `http://${ONION}/`,
      'https://adjective-noun.local/',
      'http://192.168.1.20:49152/',
    ])
    assert.match(spec.address.values['https://comments.example.com/'], /recommended/)
    assert.match(spec.address.values[`http://${ONION}/`], /\(Tor\)/)
    assert.match(spec.address.values['https://adjective-noun.local/'], /local network/)
    assert.equal(spec.address.disabled, false)
  })

  it("offers plain HTML and three generators, and the visitor's browser language first", async () => {
    const { spec } = await form()
    assert.equal(spec.template.default, 'html')
    assert.deepEqual(Object.keys(spec.template.values), ['html', 'hugo', 'jekyll', 'eleventy'])
    assert.equal(spec.language.default, 'browser')
    assert.equal(Object.keys(spec.language.values)[0], 'browser')
    assert.equal(spec.language.values.de, 'Deutsch (de)')
  })

  it('plain HTML: comments, the thread with a title and the counter, explained', async () => {
    const { effects } = await form()
    const { message, value, named } = await entries(effects, input('https://comments.example.com/'))
    assert.deepEqual(value.map((e) => e.name), ['Address', 'Comments', 'Thread with a title', 'Comment counter'])
    assert.equal(named('Address').value, 'https://comments.example.com')
    assert.match(named('Address').description, /every visitor/)
    assert.match(named('Comments').value, /^<script data-isso="https:\/\/comments\.example\.com" src="https:\/\/comments\.example\.com\/js\/embed\.min\.js"><\/script>/)
    assert.match(named('Thread with a title').value, /data-title="Title of this post"/)
    // When to use the titled thread is said where it is, not in the message.
    assert.match(named('Thread with a title').description, /first comment fails: use this line instead/)
    assert.match(named('Comment counter').value, /count\.min\.js/)
    assert.match(message, /reads them from Isso on every page load/)
    assert.doesNotMatch(message, /data-title|get them again|Tor Browser|own network/)
  })

  it('Hugo in German: the title from the layout, no separate titled thread, the chosen language', async () => {
    const { effects } = await form()
    const { message, value, named } = await entries(effects, input('https://comments.example.com/', 'hugo', 'de'))
    assert.deepEqual(value.map((e) => e.name), ['Address', 'Comments', 'Comment counter'])
    assert.match(named('Comments').value, /data-isso-lang="de"/)
    assert.match(named('Comments').value, /data-title="\{\{ \.Title \}\}"/)
    assert.match(named('Comment counter').value, /\{\{ range \.Pages \}\}/)
    assert.doesNotMatch(message, /fails/)
  })

  it('says first that no website may show the comments while Websites lists none', async () => {
    const { effects } = await form()
    try {
      await writeFile(volume.cfg, '[general]\nhost =\n    http://localhost\n')
      const none = await entries(effects, input('https://comments.example.com/'))
      assert.match(none.message, /^No website may show these comments yet: add your blog's address with the Websites action, or this code shows no comments\. /)
      await writeFile(volume.cfg, '[general]\nhost =\n    https://blog.example.com\n    http://localhost\n')
      const listed = await entries(effects, input('https://comments.example.com/'))
      assert.doesNotMatch(listed.message, /No website/)
    } finally {
      await rm(volume.cfg, { force: true })
    }
  })

  it('refuses a template or language the form never offered', async () => {
    const { effects } = await form()
    // The SDK's input validation refuses first; run's own check is the second line.
    await assert.rejects(embedCode.run({ effects, input: input('https://comments.example.com/', 'wordpress') }), /Invalid input|Unknown choice/)
    await assert.rejects(embedCode.run({ effects, input: input('https://comments.example.com/', 'html', 'xx') }), /Invalid input|Unknown choice/)
  })

  it('warns why a Tor or LAN address only suits private use', async () => {
    const { effects } = await form()
    // Said under the address itself, where the owner reads what the address means.
    const tor = await entries(effects, input(`http://${ONION}/`))
    assert.equal(tor.named('Address').value, `http://${ONION}`)
    assert.match(tor.named('Address').description, /Tor Browser/)
    const lan = await entries(effects, input('http://192.168.1.20:49152/'))
    assert.match(lan.named('Address').description, /inside your own network/)
    assert.match(lan.named('Address').description, /mixed content/)
    assert.doesNotMatch(lan.message, /own network|mixed content/)
  })

  it('refuses an address that disappeared after the form opened', async () => {
    const host = structuredClone(mainHost)
    const { effects } = await form({ main: host })
    host.bindings[8080].addresses.available = host.bindings[8080].addresses.available.filter(h => h.public === false)
    await assert.rejects(embedCode.run({ effects, input: input('https://comments.example.com/') }), /no longer available/)
  })

  it('without addresses the field is disabled with a reason', async () => {
    const { spec } = await form({})
    assert.match(String(spec.address.disabled), /no address yet/)
  })
})

describe('embed-code with several sites', () => {
  const setSites = async (sites: string[] | null) => {
    await mkdir(dirname(volume.store), { recursive: true })
    if (sites === null) await rm(volume.store, { force: true })
    else await writeFile(volume.store, JSON.stringify({ extraSites: sites.map((name) => ({ name })) }))
  }
  type Union = { type: 'union'; default: string; variants: Record<string, { name: string; spec: Record<string, { default: string; values: Record<string, string> }> }> }
  type Input = Parameters<typeof embedCode.run>[0]['input']
  const forSite = (selection: string, address: string, template = 'html') =>
    ({ site: { selection, value: { address, template, language: 'browser' } } }) as unknown as Input

  async function open() {
    const { effects } = fakeEffects({ hosts: { main: mainHost } })
    const form = await embedCode.getInput({ effects, prefill: null })
    return { effects, form }
  }
  async function run(effects: T.Effects, input: Input) {
    const result = await embedCode.run({ effects, input })
    assertFitsTheScreen(result)
    assert.ok(result && 'result' in result && result.result?.type === 'group')
    const values = result.result.value.map((e) => (e.type === 'single' ? e.value : ''))
    const descriptions = result.result.value.map((e) => (e.type === 'single' ? (e.description ?? '') : ''))
    return { message: result.message ?? '', values, descriptions }
  }

  it('asks for the site first, each with the addresses, first site by default', async () => {
    await setSites(['blog'])
    try {
      const { form } = await open()
      assert.deepEqual(Object.keys(form.spec), ['site'])
      const site = form.spec.site as unknown as Union
      assert.equal(site.type, 'union')
      assert.equal(site.default, '_first')
      assert.deepEqual(Object.keys(site.variants), ['_first', 'blog'])
      assert.equal(site.variants.blog.name, 'blog (at /blog/)')
      assert.equal(site.variants.blog.spec.address.default, 'https://comments.example.com/')
      assert.deepEqual(Object.keys(site.variants.blog.spec.address.values), Object.keys(site.variants._first.spec.address.values))
      assert.equal(form.value, null)
    } finally {
      await setSites(null)
    }
  })

  it("an added site's snippets load Isso under its prefix, and the result names the site", async () => {
    await setSites(['blog'])
    try {
      const { effects } = await open()
      const blog = await run(effects, forSite('blog', 'https://comments.example.com/'))
      assert.match(blog.message, /^Blog: blog \(at \/blog\/\)\. /)
      assert.equal(blog.values[0], 'https://comments.example.com/blog')
      assert.equal(
        blog.values[1],
        '<script data-isso="https://comments.example.com/blog" src="https://comments.example.com/blog/js/embed.min.js"></script>\n<section id="isso-thread"></section>',
      )
      assert.match(blog.values[3], /^<script data-isso="https:\/\/comments\.example\.com\/blog" src="https:\/\/comments\.example\.com\/blog\/js\/count\.min\.js">/)
      const onion = await run(effects, forSite('blog', `http://${ONION}/`, 'hugo'))
      assert.match(onion.values[1], new RegExp(`src="http://${ONION}/blog/js/embed\\.min\\.js"`))
      assert.match(onion.descriptions[0], /Tor Browser/)
      const first = await run(effects, forSite('_first', 'https://comments.example.com/'))
      assert.match(first.message, /^Blog: First blog \(at \/\)\. /)
      assert.match(first.values[1], /^<script data-isso="https:\/\/comments\.example\.com" src="https:\/\/comments\.example\.com\/js\/embed\.min\.js">/)
    } finally {
      await setSites(null)
    }
  })

  it('refuses a site removed after the form opened', async () => {
    await setSites(['blog', 'notes'])
    try {
      const { effects } = await open()
      await setSites(['notes'])
      await assert.rejects(run(effects, forSite('blog', 'https://comments.example.com/')), /^Error: Blog blog does not exist any more/)
    } finally {
      await setSites(null)
    }
  })
})
