import { classifyAddress, type AddressWarning } from '../embed'
import type { PageResult } from './fetchPage'
import type { IssoAnswer } from './issoAnswer'
import { matchingWebsite, nearMiss } from './issoOrigin'
import type { TitleFetch } from './issoTitle'
import { issoSpeaks, primaryLanguage } from './language'
import type { IssoEmbed, IssoScript } from './page'
import { siteOf } from './site'

// The verdicts, one per point checked, from facts already gathered: pure, so every branch
// is tested without a network. Each finding carries a code; actions/websiteCheckMessages.ts
// turns it into the sentence (with its fix) in the owner's language.

export type Status = 'passed' | 'warning' | 'failed'
export type Point = 'page' | 'embed' | 'script' | 'origin' | 'isso' | 'title' | 'cookie' | 'language'

export type Code =
  | 'page-loaded' | 'page-truncated' | 'page-not-https' | 'page-timeout' | 'page-unreachable' | 'page-http-status' | 'page-too-many-redirects'
  | 'embed-thread' | 'embed-counter' | 'embed-no-script' | 'embed-no-thread' | 'embed-count-script-only'
  | 'script-ok' | 'script-no-addresses' | 'script-not-this-server' | 'script-other-site' | 'script-mixed-content' | 'script-not-public' | 'script-private-use'
  | 'origin-listed' | 'origin-near-miss' | 'origin-missing'
  | 'isso-answers' | 'isso-unreachable' | 'isso-stale' | 'isso-refuses'
  | 'title-given' | 'title-fetched' | 'title-unreachable'
  | 'cookie-same-site' | 'cookie-other-site'
  | 'lang-browser' | 'lang-browser-hint' | 'lang-set' | 'lang-unsupported' | 'lang-mismatch'

export interface Finding {
  point: Point
  status: Status
  code: Code
  params: Record<string, string>
  /** Why the script's address only suits private use (script-not-public, script-private-use). */
  reasons?: AddressWarning[]
}

/** One of this server's addresses for the site; `isPublic` is StartOS's own verdict. */
export interface ServerAddress {
  url: string
  isPublic?: boolean
}

/** Another site on this server (several sites): its name for the owner and its API roots. */
export interface OtherSite {
  label: string
  addresses: readonly ServerAddress[]
}

export interface CheckFacts {
  page: PageResult
  embed: IssoEmbed | null
  websites: readonly string[]
  /** Best first (the embed-code action's order). */
  serverAddresses: readonly ServerAddress[]
  /** The server's other sites, so a script pointing at one of them is named as such. */
  otherSites?: readonly OtherSite[]
  isso: IssoAnswer | null
  title: TitleFetch | null
}

const finding = (point: Point, status: Status, code: Code, params: Record<string, string> = {}): Finding => ({
  point,
  status,
  code,
  params,
})

/** Origin and path without a trailing slash: how two API addresses compare. */
export function apiKey(url: string): string | null {
  try {
    const u = new URL(url)
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`
  } catch {
    return null
  }
}

export function pageFinding(page: PageResult): Finding {
  const chain = page.hops.map(h => `${h.status} ${h.url}`).join(' → ')
  if (page.ok) {
    const params = { url: page.url, redirects: page.hops.length > 1 ? chain : '' }
    return page.truncated ? finding('page', 'warning', 'page-truncated', params) : finding('page', 'passed', 'page-loaded', params)
  }
  const params = { url: page.url, detail: page.detail, redirects: chain }
  switch (page.problem) {
    case 'not-https':
      return finding('page', 'failed', 'page-not-https', params)
    case 'timeout':
      return finding('page', 'failed', 'page-timeout', params)
    case 'unreachable':
      return finding('page', 'failed', 'page-unreachable', params)
    case 'http-status':
      return finding('page', 'failed', 'page-http-status', params)
    case 'too-many-redirects':
      return finding('page', 'failed', 'page-too-many-redirects', params)
  }
}

/** The script the page relies on: the comments script first, else a counter script. */
export const mainScript = (embed: IssoEmbed): IssoScript | null =>
  embed.scripts.find(s => s.kind === 'embed') ?? embed.scripts[0] ?? null

export function embedFinding(embed: IssoEmbed): Finding {
  const script = mainScript(embed)
  const counters = String(embed.counterLinks)
  if (!script) return finding('embed', 'failed', 'embed-no-script')
  if (embed.thread && script.kind === 'count') return finding('embed', 'failed', 'embed-count-script-only')
  if (embed.thread) return finding('embed', 'passed', 'embed-thread')
  if (embed.counterLinks > 0) return finding('embed', 'passed', 'embed-counter', { count: counters })
  return finding('embed', 'failed', 'embed-no-thread')
}

export function scriptFinding(
  script: IssoScript,
  pageUrl: string,
  addresses: readonly ServerAddress[],
  otherSites: readonly OtherSite[] = [],
): Finding {
  const endpoint = script.endpoint
  if (!addresses.length) return finding('script', 'warning', 'script-no-addresses', { endpoint })
  const key = apiKey(endpoint)
  const match = addresses.find(a => apiKey(a.url) === key)
  if (!match) {
    const address = apiKey(addresses[0].url) ?? addresses[0].url
    // The usual mistake with several sites: one blog's snippet pasted into another.
    const other = otherSites.find(s => s.addresses.some(a => apiKey(a.url) === key))
    if (other) return finding('script', 'failed', 'script-other-site', { endpoint, site: other.label, address })
    return finding('script', 'failed', 'script-not-this-server', { endpoint, address })
  }
  const target = classifyAddress(match.url, match.isPublic)
  if (target.recommended) return finding('script', 'passed', 'script-ok', { endpoint })
  const page = classifyAddress(pageUrl)
  if (page.https && !target.https && target.kind !== 'onion') {
    return finding('script', 'failed', 'script-mixed-content', { endpoint })
  }
  const status: Status = page.kind === 'public-domain' ? 'failed' : 'warning'
  return { ...finding('script', status, status === 'failed' ? 'script-not-public' : 'script-private-use', { endpoint }), reasons: target.warnings }
}

export function originFinding(origin: string, websites: readonly string[]): Finding {
  if (matchingWebsite(websites, origin)) return finding('origin', 'passed', 'origin-listed', { origin })
  const near = nearMiss(websites, origin)
  if (near) return finding('origin', 'failed', 'origin-near-miss', { origin, listed: near })
  return finding('origin', 'failed', 'origin-missing', { origin })
}

export function issoFinding(origin: string, websites: readonly string[], answer: IssoAnswer): Finding {
  if (!answer.ok) return finding('isso', 'failed', 'isso-unreachable', { detail: answer.detail })
  if (answer.allowOrigin === origin) return finding('isso', 'passed', 'isso-answers', { origin })
  const answered = answer.allowOrigin ?? '—'
  // Listed in isso.cfg but refused by Isso: it still runs with an older Websites list.
  const code = matchingWebsite(websites, origin) ? 'isso-stale' : 'isso-refuses'
  return finding('isso', 'failed', code, { origin, answered })
}

export function titleFinding(embed: IssoEmbed, title: TitleFetch | null): Finding | null {
  if (!embed.thread) return null
  if (embed.thread.title) return finding('title', 'passed', 'title-given', { title: embed.thread.title })
  if (!title) return null
  return title.ok
    ? finding('title', 'passed', 'title-fetched', { url: title.url })
    : finding('title', 'failed', 'title-unreachable', { url: title.url, detail: title.detail })
}

export function cookieFinding(script: IssoScript, pageUrl: string): Finding {
  const pageSite = siteOf(new URL(pageUrl).hostname)
  const issoSite = siteOf(new URL(script.endpoint).hostname)
  return pageSite === issoSite
    ? finding('cookie', 'passed', 'cookie-same-site', { site: pageSite })
    : finding('cookie', 'warning', 'cookie-other-site', { pageSite, issoSite })
}

export function languageFinding(script: IssoScript, pageLang: string | null): Finding {
  const lang = script.lang
  if (!lang) {
    return pageLang && issoSpeaks(pageLang)
      ? finding('language', 'passed', 'lang-browser-hint', { pageLang, lang: primaryLanguage(pageLang) })
      : finding('language', 'passed', 'lang-browser')
  }
  if (!issoSpeaks(lang)) return finding('language', 'warning', 'lang-unsupported', { lang })
  if (pageLang && primaryLanguage(pageLang) !== primaryLanguage(lang)) {
    return finding('language', 'warning', 'lang-mismatch', { lang, pageLang })
  }
  return finding('language', 'passed', 'lang-set', { lang })
}

/** Every finding, in the order; points that cannot be judged are left out. */
export function verdicts(facts: CheckFacts): Finding[] {
  const out = [pageFinding(facts.page)]
  if (!facts.page.ok || !facts.embed) return out
  const pageUrl = facts.page.url
  const origin = new URL(pageUrl).origin
  const embed = facts.embed
  const script = mainScript(embed)
  out.push(embedFinding(embed))
  if (script) out.push(scriptFinding(script, pageUrl, facts.serverAddresses, facts.otherSites))
  out.push(originFinding(origin, facts.websites))
  if (facts.isso) out.push(issoFinding(origin, facts.websites, facts.isso))
  const title = titleFinding(embed, facts.title)
  if (title) out.push(title)
  if (script) out.push(cookieFinding(script, pageUrl), languageFinding(script, embed.pageLang))
  return out
}
