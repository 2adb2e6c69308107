import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { T } from '@start9labs/start-sdk'
import { embedCode } from '../../startos/actions/embedCode'
import { tempVolume } from '../helpers/volume'
import { fakeEffects } from '../helpers/effects'

const fixture = (name: string) => readFile(join(__dirname, '../fixtures/actions', name), 'utf8')

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

describe('embed-code through the SDK', () => {
  const { cfg } = tempVolume('isso-embed-')
  before(async () => {
    await writeFile(cfg, await fixture('smtp-hand-edited.cfg'))
  })

  async function form(hosts: Record<string, T.Host> = { main: mainHost }) {
    const { effects } = fakeEffects({ hosts })
    const input = await embedCode.getInput({ effects, prefill: null })
    const spec = (input.spec as Record<string, { default: string; values: Record<string, string>; disabled: unknown }>).address
    return { effects, spec }
  }

  it('offers the reachable addresses, public https domain first and as default', async () => {
    const { spec } = await form()
    assert.equal(spec.default, 'https://comments.example.com/')
    assert.deepEqual(Object.keys(spec.values), [
      'https://comments.example.com/',
      `http://${ONION}/`,
      'https://adjective-noun.local/',
      'http://192.168.1.20:49152/',
    ])
    assert.match(spec.values['https://comments.example.com/'], /recommended/)
    assert.match(spec.values[`http://${ONION}/`], /\(Tor\)/)
    assert.match(spec.values['https://adjective-noun.local/'], /local network/)
    assert.equal(spec.disabled, false)
  })

  it('returns copyable snippets that mirror isso.cfg and explains data-title', async () => {
    const { effects } = await form()
    const result = await embedCode.run({ effects, input: { address: 'https://comments.example.com/' } })
    assert.ok(result && 'result' in result && result.result?.type === 'group')
    const [embed, titled, count] = result.result.value
    assert.ok(embed.type === 'single' && titled.type === 'single' && count.type === 'single')
    assert.equal(embed.copyable, true)
    // The fixture says require-author = on, require-email = off, reply-notifications = true, gravatar = yes.
    assert.match(embed.value, /data-isso="https:\/\/comments\.example\.com"/)
    assert.match(embed.value, /data-isso-require-author="true"/)
    assert.match(embed.value, /data-isso-require-email="false"/)
    assert.match(embed.value, /data-isso-reply-notifications="true"/)
    assert.match(embed.value, /data-isso-gravatar="true"/)
    assert.match(titled.value, /<section id="isso-thread" data-title="Title of this post"><\/section>/)
    assert.match(count.value, /count\.min\.js/)
    assert.match(result.message ?? '', /data-title/)
    assert.doesNotMatch(result.message ?? '', /Tor Browser|own network/)
  })

  it('warns why a Tor or LAN address only suits private use', async () => {
    const { effects } = await form()
    const tor = await embedCode.run({ effects, input: { address: `http://${ONION}/` } })
    assert.match((tor && 'message' in tor && tor.message) || '', /Tor Browser/)
    const lan = await embedCode.run({ effects, input: { address: 'http://192.168.1.20:49152/' } })
    const message = (lan && 'message' in lan && lan.message) || ''
    assert.match(message, /inside your own network/)
    assert.match(message, /mixed content/)
  })

  it('refuses an address that disappeared after the form opened', async () => {
    const host = structuredClone(mainHost)
    const { effects } = await form({ main: host })
    host.bindings[8080].addresses.available = host.bindings[8080].addresses.available.filter(h => h.public === false)
    await assert.rejects(embedCode.run({ effects, input: { address: 'https://comments.example.com/' } }), /no longer available/)
  })

  it('without addresses the field is disabled with a reason', async () => {
    const { spec } = await form({})
    assert.match(String(spec.disabled), /no address yet/)
  })

  it('malformed isso.cfg: fails with the line number', async () => {
    const text = await fixture('smtp-malformed.cfg')
    await writeFile(cfg, text)
    const { effects } = await form()
    await assert.rejects(embedCode.run({ effects, input: { address: 'https://comments.example.com/' } }), /line 9\b/)
    assert.equal(await readFile(cfg, 'utf8'), text)
  })
})
