// The embed code in a real browser: Debian's Chromium, headless, loads pages
// made of the Embed Code action's own snippets from a local page server, against Isso
// 0.14.0 started by the package's `main` in the runtime double, all on the loopback of
// this file's own network namespace (the harness moves the file there; Chromium, started
// from this process, runs there too).
//
// The blog is listed in Websites twice: http://127.0.0.1:P (the published blog, which
// Isso can fetch) and http://localhost:P (the owner's preview, which Isso cannot reach:
// see pageServer.ts). http://localhost:Q is not listed until a later step adds it.
import { e2eSkip, e2eVolume, ISSO_URL, Runtime, sqlite, until, type MainRun } from '../e2e/harness'
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { buildEmbedSnippets, type SiteTemplate } from '../../startos/isso/embed'
import { checkWebsite, type Finding } from '../../startos/isso/websiteCheck'
import { chromiumSkip, launchChromium, visit, type RunningChromium, type Visit } from './chromium'
import { renderListSnippet, renderPostSnippet, type Post } from './generators'
import { startPageServer, type PageServer } from './pageServer'
import { asCopied } from '../helpers/screenResult'

const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)

const snippets = (template: SiteTemplate) => buildEmbedSnippets(ISSO_URL, { template, lang: null })

// A title every escaping layer must get right, through the generator, the browser's
// attribute parsing and Isso.
const TRICKY = `C++ & Go: "quoted" <tags> it's`
const GENERATED: { generator: 'hugo' | 'jekyll' | 'eleventy'; post: Post }[] = [
  { generator: 'hugo', post: { title: `Hugo: ${TRICKY}`, url: '/hugo/posts/first/' } },
  { generator: 'jekyll', post: { title: `Jekyll: ${TRICKY}`, url: '/jekyll/2026/11/25/first.html' } },
  { generator: 'eleventy', post: { title: `Eleventy: ${TRICKY}`, url: '/eleventy/posts/first/' } },
]
const PUBLISHED: Post = { title: 'A published post', url: '/plain/' }
const TITLED: Post = { title: `Typed by hand: ${TRICKY}`, url: '/titled/' }
const UNCOMMENTED: Post = { title: 'Nobody commented yet', url: '/quiet/' }
const DRAFT: Post = { title: 'A draft in preview', url: '/draft/' }

// Isso's client, in English (the browser's language here), for a number of comments.
const countText = (n: number) => (n === 1 ? 'One Comment' : `${n} Comments`)

const commentsIn = (uri: string) =>
  sqlite(`SELECT threads.title, comments.text FROM comments JOIN threads ON threads.id = comments.tid WHERE threads.uri = '${uri}' ORDER BY comments.id`)

const form = (page: Page) => page.locator('#isso-thread .isso-postbox textarea')
const shown = (page: Page) => page.locator('#isso-root .isso-comment .isso-text')

/** Types into Isso's form and clicks Submit, as a visitor; returns Isso's answer to the POST. */
async function postComment(page: Page, text: string): Promise<{ status: number; body: string }> {
  await form(page).fill(text)
  const answer = page.waitForResponse((r) => r.url().startsWith(`${ISSO_URL}/new?`) && r.request().method() === 'POST')
  await page.locator('#isso-thread .isso-postbox input[type=submit]').click()
  const response = await answer
  return { status: response.status(), body: await response.text() }
}

/** The whole visitor's round: form, click, database, then a reload shows the comment. */
async function commentRoundTrip(v: Visit, uri: string, text: string): Promise<void> {
  await form(v.page).waitFor()
  const reply = await postComment(v.page, text)
  assert.equal(reply.status, 201, reply.body)
  await shown(v.page).filter({ hasText: text }).waitFor()
  assert.ok(commentsIn(uri).some(([, t]) => t === text), `not in the database: ${text}`)
  await v.page.reload()
  await shown(v.page).filter({ hasText: text }).waitFor()
}

describe('the embed code in Chromium, against Isso run by main', { skip: e2eSkip() || chromiumSkip() }, () => {
  let pages: PageServer
  let rt: Runtime
  let run: MainRun
  let chrome: RunningChromium
  let published: string
  let preview: string
  let unlisted: string
  const visits: Visit[] = []
  const open = async (url: string) => {
    const v = await visit(chrome.browser, url)
    visits.push(v)
    return v
  }

  before(async () => {
    pages = await startPageServer()
    published = `http://127.0.0.1:${pages.ports[0]}`
    preview = `http://localhost:${pages.ports[0]}`
    unlisted = `http://localhost:${pages.ports[1]}`
    rt = new Runtime()
    await rt.install()
    await rt.runAction(setWebsites, { websites: [published, preview] })
    await rt.runAction(setAdminPassword, {})
    // Every comment here comes from one browser on 127.0.0.1, one network to Isso's
    // guard, whose default allows 2 new comments a minute: an owner testing would raise
    // it the same way (a hand edit, which the package keeps).
    const cfg = await rt.readCfg()
    assert.match(cfg, /^ratelimit = 2$/m)
    await rt.writeCfg(cfg.replace(/^ratelimit = 2$/m, 'ratelimit = 100'))
    run = await rt.startMain()
    await run.waitForIsso()
    chrome = await launchChromium()
  })
  after(async () => {
    for (const v of visits) await v.close().catch(() => undefined)
    await chrome?.close()
    await rt?.close()
    await pages?.close()
  })

  // As pasted after StartOS's Copy button: the value, on one line (asCopied).
  it('plain HTML, on a page Isso can fetch: the form, a click, the database, a reload; Isso read the title', async () => {
    pages.page(PUBLISHED.url, PUBLISHED.title, asCopied(snippets('html').comments))
    const v = await open(published + PUBLISHED.url)
    await commentRoundTrip(v, PUBLISHED.url, 'First comment, from the plain snippet')
    // A second one for the counters below.
    const second = await postComment(v.page, 'Second comment, same page')
    assert.equal(second.status, 201, second.body)
    assert.deepEqual(commentsIn(PUBLISHED.url), [
      [PUBLISHED.title, 'First comment, from the plain snippet'],
      [PUBLISHED.title, 'Second comment, same page'],
    ])
    assert.ok(pages.issoRequests.includes(`127.0.0.1:${pages.ports[0]} ${PUBLISHED.url} 200`), 'Isso did not fetch the page for its title')
    assert.deepEqual(v.errors, [])
  })

  it('plain HTML with "thread with a title", on a preview Isso cannot reach: the title travels with the comment', async () => {
    const s = snippets('html')
    assert.ok(s.threadWithTitle)
    const titled = s.threadWithTitle.replace('Title of this post', TITLED.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'))
    pages.page(TITLED.url, 'Heading of the page', s.comments.replace('<section id="isso-thread"></section>', titled))
    const v = await open(preview + TITLED.url)
    await commentRoundTrip(v, TITLED.url, 'From the preview, with a typed title')
    assert.deepEqual(commentsIn(TITLED.url), [[TITLED.title, 'From the preview, with a typed title']])
    assert.deepEqual(v.errors, [])
  })

  for (const { generator, post } of GENERATED) {
    it(`${generator}: the layout rendered for one post, on a preview Isso cannot reach`, async () => {
      const html = renderPostSnippet(generator, asCopied(snippets(generator).comments), post)
      pages.page(post.url, 'Heading of the page', html)
      const v = await open(preview + post.url)
      await commentRoundTrip(v, post.url, `A comment under the ${generator} layout`)
      // The generator's data-title, not the page's heading: Isso never needed the page.
      assert.deepEqual(commentsIn(post.url), [[post.title, `A comment under the ${generator} layout`]])
      assert.deepEqual(v.errors, [])
    })
  }

  it('the counter, for plain HTML and each generator, shows each post its number of comments', async () => {
    const posts = [GENERATED[0].post, PUBLISHED, UNCOMMENTED]
    const expected = posts.map((p) => countText(commentsIn(p.url).length))
    assert.deepEqual(expected, [countText(1), countText(2), countText(0)])
    const html = snippets('html').count
    const [script, link] = html.split('\n')
    const lists: [string, string][] = [
      ['/list/', [script, ...posts.map((p) => link.replace('/path-of-the-post/', p.url))].join('\n')],
      ...GENERATED.map(({ generator }): [string, string] => [`/${generator}/`, renderListSnippet(generator, asCopied(snippets(generator).count), posts)]),
    ]
    for (const [path, body] of lists) {
      pages.page(path, 'All posts', body)
      const v = await open(preview + path)
      const links = v.page.locator('a[href$="#isso-thread"]')
      await until(`the counts on ${path}`, 10_000, async () => JSON.stringify(await links.allTextContents()) === JSON.stringify(expected))
      assert.deepEqual(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)), posts.map((p) => p.url))
      assert.deepEqual(v.errors, [], path)
    }
  })

  it('silent failure 1: plain HTML without a title on a page Isso cannot reach: Isso refuses the comment, the visitor sees nothing', async () => {
    pages.page(DRAFT.url, DRAFT.title, snippets('html').comments)
    const v = await open(preview + DRAFT.url)
    await form(v.page).waitFor()
    const reply = await postComment(v.page, 'This comment goes nowhere')
    assert.equal(reply.status, 400)
    assert.match(reply.body, /is not accessible and no title was provided/)
    // Nothing on the page says so: no comment, no message, the text still in the box.
    await until('the client to finish with the answer', 5_000, () => v.errors.length >= 1)
    assert.equal(await shown(v.page).count(), 0)
    assert.doesNotMatch(await v.page.locator('#isso-thread').innerText(), /error|400|not accessible|title/i)
    assert.equal(await form(v.page).inputValue(), 'This comment goes nowhere')
    assert.deepEqual(commentsIn(DRAFT.url), [])
    // Only the console knows. The same preview with each generator's layout worked above
    // (the templates carry data-title by default), and so did the thread with a title.
    assert.ok(v.errors.some((e) => /status of 400/.test(e)), v.errors.join('\n'))
  })

  // The website check, as the action runs it, asked about a page of this blog.
  const check = (pageUrl: string, websites: string[]) =>
    checkWebsite(
      { pageUrl, websites, serverAddresses: [{ url: `${ISSO_URL}/`, isPublic: false }], issoBase: ISSO_URL },
      { protocols: ['http:', 'https:'] },
    )
  const point = (findings: Finding[], name: Finding['point']) => findings.find((f) => f.point === name)

  it('silent failure 2: an unlisted origin shows an empty comments section; the website check names the cause', async () => {
    const { post } = GENERATED[0]
    const v = await open(unlisted + post.url)
    await until('the browser to block the CORS answer', 10_000, () => v.errors.some((e) => /CORS policy/.test(e)))
    assert.equal(await v.page.locator('#isso-thread').innerText(), '')
    assert.equal(await v.page.locator('#isso-thread *').count(), 0)
    const findings = await check(unlisted + post.url, [published, preview])
    // Same host, other port: the check points at the listed entry it probably meant.
    assert.equal(`${point(findings, 'origin')?.status} ${point(findings, 'origin')?.code}`, 'failed origin-near-miss')
    assert.equal(point(findings, 'origin')?.params.listed, preview)
    assert.equal(`${point(findings, 'isso')?.status} ${point(findings, 'isso')?.code}`, 'failed isso-refuses')
    assert.equal(point(findings, 'origin')?.params.origin, unlisted)
  })

  it('the same preview works once the Websites action lists it (Isso restarts by itself)', async () => {
    const { post } = GENERATED[0]
    // Without its port it would be the hidden placeholder: refused, nothing written.
    const cfg = await rt.readCfg()
    await assert.rejects(rt.runAction(setWebsites, { websites: [published, 'http://localhost'] }), /‘http:\/\/localhost’ has no port/)
    assert.equal(await rt.readCfg(), cfg)
    await rt.runAction(setWebsites, { websites: [published, preview, unlisted] })
    await run.waitForStarts(2)
    await run.waitForIsso()
    const v = await open(unlisted + post.url)
    await commentRoundTrip(v, post.url, 'From the second preview, once listed')
    assert.deepEqual(v.errors, [])
    const findings = await check(unlisted + post.url, [published, preview, unlisted])
    assert.equal(point(findings, 'origin')?.code, 'origin-listed')
    assert.equal(point(findings, 'isso')?.code, 'isso-answers')
  })
})
