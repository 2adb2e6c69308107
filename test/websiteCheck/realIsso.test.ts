// The website check end to end: pages served by a local HTTP server (the https-only rule
// relaxed through the options' protocols seam), a real Isso 0.14.0 under gunicorn asked
// for its CORS answer, and the action driven through the SDK with a faked host.
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { T } from '@start9labs/start-sdk'
import { checkWebsiteAction as checkWebsiteWith } from '../../startos/actions/checkWebsite'
import { buildEmbedSnippets, siteBase } from '../../startos/isso/embed'
import { checkWebsite, WebsiteCheckInputError, type Finding } from '../../startos/isso/websiteCheck'
import { fakeEffects } from '../helpers/effects'
import { skipWithoutIsso } from '../helpers/isso'
import { startIsso, type RunningIsso } from '../helpers/issoServer'
import { tempVolume } from '../helpers/volume'
import { assertFitsTheScreen } from '../helpers/screenResult'

const COMMENTS = 'https://comments.example.com'
const page = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>Post</title></head><body><h1>A post</h1>${body}</body></html>`
const script = (extra = '') => `<script data-isso="${COMMENTS}/"${extra} src="${COMMENTS}/js/embed.min.js"></script>`

const PAGES: Record<string, (port: number) => { status: number; body?: string; location?: string }> = {
  '/post/': () => ({ status: 200, body: page(`${script()}<section id="isso-thread"></section>`) }),
  '/titled/': () => ({ status: 200, body: page(`${script(' data-isso-lang="de"')}<section id="isso-thread" data-isso-id="/gone/" data-title="Titled"></section>`, 'de-AT') }),
  '/id-elsewhere/': () => ({ status: 200, body: page(`${script(' data-isso-lang="xx"')}<section id="isso-thread" data-isso-id="/gone/"></section>`) }),
  '/old': () => ({ status: 301, location: '/older' }),
  '/older': (port) => ({ status: 302, location: `http://127.0.0.1:${port}/post/` }),
  '/loop': () => ({ status: 302, location: '/loop' }),
  '/ftp': () => ({ status: 302, location: 'ftp://127.0.0.1/post/' }),
  '/blog-post/': () => ({
    status: 200,
    body: page(`<script data-isso="${COMMENTS}/blog/" src="${COMMENTS}/blog/js/embed.min.js"></script><section id="isso-thread" data-title="On the blog"></section>`),
  }),
  '/no-script/': () => ({ status: 200, body: page('<section id="isso-thread"></section>') }),
  '/big/': () => ({ status: 200, body: page(`${'<p>filler</p>'.repeat(250_000)}${script()}<section id="isso-thread"></section>`) }),
}

function servePages(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port
    const route = PAGES[req.url ?? '']
    if (req.url === '/hang/') return // never answers: the deadline must end the check
    const r = route ? route(port) : { status: 404, body: 'not found' }
    res.writeHead(r.status, { 'Content-Type': 'text/html', ...(r.location ? { Location: r.location } : {}) })
    res.end(r.body ?? '')
  })
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  )
}

const byPoint = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.point, `${f.status} ${f.code}`]))

describe('website check against local pages and a real Isso', { skip: skipWithoutIsso() }, () => {
  let dir: string
  let pages: { server: Server; origin: string }
  let isso: RunningIsso
  const options = { protocols: ['http:', 'https:'] }
  /** The action as the package builds it, with this suite's Isso and the http: pages allowed. */
  let checkWebsiteAction: ReturnType<typeof checkWebsiteWith>
  const addresses = [{ url: `${COMMENTS}/`, isPublic: true }]

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isso-check-'))
    pages = await servePages()
    // The second website refuses at once (port 9: discard), so Isso's start-up HEAD / is quick.
    isso = await startIsso(
      `[general]\ndbpath = ${join(dir, 'comments.db')}\nhost =\n    http://127.0.0.2:9\n    ${pages.origin}\n` +
        `[admin]\nenabled = true\npassword = check-Pa55word\n[guard]\nenabled = false\n`,
      dir,
    )
  })
  after(async () => {
    pages?.server.closeAllConnections()
    pages?.server.close()
    await isso?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  const run = (path: string, websites = [pages.origin], extra: object = {}) =>
    checkWebsite({ pageUrl: pages.origin + path, websites, serverAddresses: addresses, issoBase: isso.base }, { ...options, ...extra })

  it('a good page: every point judged, Isso answers its origin, Isso can fetch the title', async () => {
    const points = byPoint(await run('/post/'))
    assert.deepEqual(points, {
      page: 'passed page-loaded',
      embed: 'passed embed-thread',
      script: 'passed script-ok',
      origin: 'passed origin-listed',
      isso: 'passed isso-answers',
      title: 'passed title-fetched',
      // 127.0.0.1 and example.com are different sites.
      cookie: 'warning cookie-other-site',
      language: 'passed lang-browser-hint',
    })
  })

  it('shows the redirects it followed', async () => {
    const [loaded] = await run('/old')
    assert.equal(loaded.code, 'page-loaded')
    assert.equal(loaded.params.url, `${pages.origin}/post/`)
    assert.equal(loaded.params.redirects, `301 ${pages.origin}/old → 302 ${pages.origin}/older → 200 ${pages.origin}/post/`)
  })

  it('stops after 5 redirects, and at a scheme it may not use', async () => {
    const [loop] = await run('/loop')
    assert.equal(loop.code, 'page-too-many-redirects')
    assert.equal(loop.params.redirects.split(' → ').length, 6)
    const [ftp] = await run('/ftp')
    assert.equal(ftp.code, 'page-not-https')
    assert.equal(ftp.params.url, 'ftp://127.0.0.1/post/')
  })

  it('https only for the owner page unless a test widens it', async () => {
    await assert.rejects(
      checkWebsite({ pageUrl: `${pages.origin}/post/`, websites: [], serverAddresses: [], issoBase: isso.base }),
      WebsiteCheckInputError,
    )
  })

  it('an origin Isso does not list: the list and the running Isso both say so', async () => {
    const other = pages.origin.replace('127.0.0.1', 'localhost')
    const findings = await checkWebsite(
      { pageUrl: `${other}/post/`, websites: [pages.origin], serverAddresses: addresses, issoBase: isso.base },
      options,
    )
    const points = byPoint(findings)
    assert.equal(points.origin, 'failed origin-missing')
    assert.equal(points.isso, 'failed isso-refuses')
    // Isso answers an unknown origin with its first website (isso/wsgi.py, origin()).
    assert.equal(findings.find((f) => f.point === 'isso')?.params.answered, 'http://127.0.0.2:9')
  })

  it('listed in isso.cfg but not in the running Isso: restart', async () => {
    const findings = await checkWebsite(
      { pageUrl: `http://localhost:${new URL(pages.origin).port}/post/`, websites: [`http://localhost:${new URL(pages.origin).port}`], serverAddresses: addresses, issoBase: isso.base },
      options,
    )
    assert.equal(byPoint(findings).isso, 'failed isso-stale')
  })

  it('a Websites entry off by scheme is named as the near miss', async () => {
    const points = await run('/post/', [pages.origin.replace('http:', 'https:')])
    const origin = points.find((f) => f.point === 'origin')!
    assert.equal(origin.code, 'origin-near-miss')
    assert.equal(origin.params.listed, pages.origin.replace('http:', 'https:'))
  })

  it('Isso not running: the Isso point fails, the page points still speak', async () => {
    // A port nobody listens on (fetch refuses well-known ports such as 9 itself).
    const closed = createServer()
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok))
    const port = (closed.address() as AddressInfo).port
    await new Promise((ok) => closed.close(ok))
    const findings = await checkWebsite(
      { pageUrl: `${pages.origin}/post/`, websites: [pages.origin], serverAddresses: addresses, issoBase: `http://127.0.0.1:${port}` },
      options,
    )
    const isso = findings.find((f) => f.point === 'isso')!
    assert.equal(isso.code, 'isso-unreachable')
    assert.equal(isso.params.detail, 'ECONNREFUSED')
    assert.equal(byPoint(findings).embed, 'passed embed-thread')
  })

  it('data-isso-id naming a missing page fails the title, data-title passes it', async () => {
    const missing = byPoint(await run('/id-elsewhere/'))
    assert.equal(missing.title, 'failed title-unreachable')
    assert.equal(missing.language, 'warning lang-unsupported')
    const titled = byPoint(await run('/titled/'))
    assert.equal(titled.title, 'passed title-given')
    assert.equal(titled.language, 'passed lang-set')
  })

  it('a page without the script, a missing page, a silent page', async () => {
    assert.equal(byPoint(await run('/no-script/')).embed, 'failed embed-no-script')
    const [missing] = await run('/nowhere/')
    assert.equal(`${missing.code} ${missing.params.detail}`, 'page-http-status 404')
    const started = Date.now()
    const [hang] = await run('/hang/', [pages.origin], { timeoutMs: 300 })
    assert.equal(hang.code, 'page-timeout')
    assert.ok(Date.now() - started < 5_000)
  })

  it('reads at most 2 MB: tags after that are not seen, and it says so', async () => {
    const findings = await run('/big/')
    assert.equal(byPoint(findings).page, 'warning page-truncated')
    assert.equal(byPoint(findings).embed, 'failed embed-no-script')
  })

  describe('the action through the SDK', () => {
    const { cfg, volume } = tempVolume('isso-check-action-')
    const host = (hostname: string) =>
      ({
        bindings: {
          8080: {
            enabled: true,
            options: { preferredExternalPort: 80, addSsl: null, secure: null },
            net: { assignedPort: 49152, assignedSslPort: 443 },
            addresses: {
              enabled: [], disabled: [], guaWan: [],
              available: [{ hostname, ssl: true, public: true, port: 443, metadata: { kind: 'public-domain', gateway: 'eth0' } }],
            },
            interfaces: {
              comments: {
                id: 'comments', name: 'Comments endpoint', description: '', masked: false, type: 'api',
                addressInfo: { username: null, hostId: 'main', internalPort: 8080, scheme: 'http', sslScheme: 'https', suffix: '/' },
              },
            },
          },
        },
        bindingRanges: {}, publicDomains: {}, privateDomains: {}, portForwards: [],
      }) as unknown as T.Host

    before(() => {
      checkWebsiteAction = checkWebsiteWith(volume, { issoBase: isso.base, options })
    })

    it('reads Websites from isso.cfg and the addresses from the host, and explains each point', async () => {
      await writeFile(cfg, `[general]\nhost =\n    ${pages.origin}\n`)
      const { effects } = fakeEffects({ hosts: { main: host('comments.example.com') } })
      await checkWebsiteAction.getInput({ effects, prefill: null })
      const result = await checkWebsiteAction.run({ effects, input: { url: `${pages.origin}/post/` } })
      assertFitsTheScreen(result)
      assert.ok(result && 'result' in result && result.result?.type === 'group')
      assert.equal(result.message, '7 passed, 1 warnings, 0 failed.')
      // The verdict is the value; what was found, and the fix, its description.
      const lines = result.result.value.map((v) => (v.type === 'single' ? `${v.name}: ${v.value}: ${v.description}` : ''))
      assert.match(lines[0], /^The page loads: ✅ Passed: The page loaded from http:\/\/127\.0\.0\.1:\d+\/post\/\.$/)
      assert.match(lines.find((l) => l.includes('Visitors can edit'))!, /^Visitors can edit their comments: ⚠️ Warning: .*Safari and Brave drop the cookie/)
    })

    it('another server address: the script point fails and names the right one', async () => {
      const { effects } = fakeEffects({ hosts: { main: host('isso.example.org') } })
      await checkWebsiteAction.getInput({ effects, prefill: null })
      const result = await checkWebsiteAction.run({ effects, input: { url: `${pages.origin}/post/` } })
      assert.ok(result && 'result' in result && result.result?.type === 'group')
      const script = result.result.value.find((v) => v.name.includes("The script's address"))
      assert.ok(script?.type === 'single')
      assert.equal(script.value, '❌ Failed')
      assert.equal(
        script.description,
        'The script calls https://comments.example.com, which is not an address of this server. Use https://isso.example.org (see the Embed Code action) in data-isso and src.',
      )
    })

    it('refuses a page address that is not one, in words', async () => {
      const { effects } = fakeEffects({ hosts: { main: host('comments.example.com') } })
      await checkWebsiteAction.getInput({ effects, prefill: null })
      await assert.rejects(checkWebsiteAction.run({ effects, input: { url: 'blog.example.com/post' } }), /must be a full https:\/\/ address/)
    })
  })
  describe("the action with several sites (the package's sites entry, real Isso)", () => {
    const volume = tempVolume('isso-check-sites-')
    const blogCfg = join(volume.dir, 'config', 'blog.cfg')
    let sitesDir: string
    let sites: RunningIsso
    const settings = (origin: string, db: string) =>
      `[general]\ndbpath = ${db}\nhost =\n    ${origin}\n[admin]\nenabled = true\npassword = sites-Pa55word\n[guard]\nenabled = false\n`
    const host = {
      bindings: {
        8080: {
          enabled: true,
          options: { preferredExternalPort: 80, addSsl: null, secure: null },
          net: { assignedPort: 49152, assignedSslPort: 443 },
          addresses: {
            enabled: [], disabled: [], guaWan: [],
            available: [{ hostname: 'comments.example.com', ssl: true, public: true, port: 443, metadata: { kind: 'public-domain', gateway: 'eth0' } }],
          },
          interfaces: {
            comments: {
              id: 'comments', name: 'Comments endpoint', description: '', masked: false, type: 'api',
              addressInfo: { username: null, hostId: 'main', internalPort: 8080, scheme: 'http', sslScheme: 'https', suffix: '/' },
            },
          },
        },
      },
      bindingRanges: {}, publicDomains: {}, privateDomains: {}, portForwards: [],
    } as unknown as T.Host

    before(async () => {
      sitesDir = await mkdtemp(join(tmpdir(), 'isso-check-sites-run-'))
      // The first site lists only a website that refuses at once; blog lists the pages.
      sites = await startIsso(settings('http://127.0.0.2:9', join(sitesDir, 'first.db')), sitesDir, {
        blog: settings(pages.origin, join(sitesDir, 'blog.db')),
      })
      checkWebsiteAction = checkWebsiteWith(volume.volume, { issoBase: sites.base, options })
      await writeFile(volume.cfg, `[general]\nhost =\n    http://127.0.0.2:9\n`)
      await writeFile(blogCfg, `[general]\nhost =\n    ${pages.origin}\n`)
      await mkdir(join(volume.dir, 'start9'), { recursive: true })
      await writeFile(volume.store, JSON.stringify({ extraSites: [{ name: 'blog' }] }))
    })
    after(async () => {
      await sites?.stop()
      await rm(sitesDir, { recursive: true, force: true })
    })

    type Input = Parameters<typeof checkWebsiteAction.run>[0]['input']
    async function check(selection: string, path: string) {
      const { effects } = fakeEffects({ hosts: { main: host } })
      await checkWebsiteAction.getInput({ effects, prefill: null })
      const input = { site: { selection, value: { url: `${pages.origin}${path}` } } } as unknown as Input
      const result = await checkWebsiteAction.run({ effects, input })
      assertFitsTheScreen(result)
      assert.ok(result && 'result' in result && result.result?.type === 'group')
      const lines = result.result.value.map((v) => (v.type === 'single' ? `${v.value} ${v.name}: ${v.description}` : ''))
      return { message: result.message, lines, effects, input }
    }
    const line = (lines: string[], point: string) => lines.find((l) => l.includes(point)) ?? ''

    it("checks an added site against its own Websites, its own Isso under /blog and its prefixed address", async () => {
      const { message, lines } = await check('blog', '/blog-post/')
      assert.equal(message, 'Blog: blog (at /blog/). 7 passed, 1 warnings, 0 failed.')
      assert.equal(line(lines, "The script's address"), "✅ Passed The script's address: The script calls https://comments.example.com/blog, a public https address of this server.")
      assert.match(line(lines, 'Isso answers this website'), new RegExp(`^✅ .*Isso allows requests from ${pages.origin.replace(/\./g, '\\.')} `))
    })

    it("the first site, on the blog's page: names the blog's snippet, and the first site's own Isso refuses the origin", async () => {
      const { message, lines } = await check('_first', '/blog-post/')
      assert.match(message ?? '', /^Blog: First blog \(at \/\)\. \d passed, \d warnings, 3 failed\.$/)
      assert.match(line(lines, "The script's address"), /^❌ .*another blog on this server, blog \(at \/blog\/\),.*Use https:\/\/comments\.example\.com \(see the Embed Code action\)/)
      assert.match(line(lines, 'The page is on the Websites list'), /^❌ /)
      // Answered by the first site's Isso at /config: its first (only) website.
      assert.match(line(lines, 'Isso answers this website'), /^❌ .*with http:\/\/127\.0\.0\.2:9, so browsers refuse/)
    })

    it("the Embed Code snippets of the added site load its scripts and its settings from the sites entry", async () => {
      const snippets = buildEmbedSnippets(siteBase(`${sites.base}/`, '/blog'), { template: 'html', lang: null })
      const srcs = [snippets.comments, snippets.count].map((s) => /src="([^"]+)"/.exec(s)?.[1] ?? '')
      assert.deepEqual(srcs, [`${sites.base}/blog/js/embed.min.js`, `${sites.base}/blog/js/count.min.js`])
      for (const src of srcs) {
        const res = await fetch(src)
        assert.equal(res.status, 200, src)
        assert.match(res.headers.get('content-type') ?? '', /javascript/)
        await res.body?.cancel()
      }
      // What the client asks first, at its data-isso root: the blog's Isso, not the first site's.
      const root = /data-isso="([^"]+)"/.exec(snippets.comments)?.[1]
      const config = await fetch(`${root}/config`, { headers: { Origin: pages.origin } })
      assert.equal(config.status, 200)
      assert.equal(config.headers.get('access-control-allow-origin'), pages.origin)
      await config.body?.cancel()
    })

    it('refuses a site removed after the form opened', async () => {
      const { effects } = fakeEffects({ hosts: { main: host } })
      await checkWebsiteAction.getInput({ effects, prefill: null })
      await writeFile(volume.store, JSON.stringify({}))
      try {
        const input = { site: { selection: 'blog', value: { url: `${pages.origin}/blog-post/` } } } as unknown as Input
        await assert.rejects(checkWebsiteAction.run({ effects, input }), /Blog blog does not exist any more/)
      } finally {
        await writeFile(volume.store, JSON.stringify({ extraSites: [{ name: 'blog' }] }))
      }
    })
  })
})
