import { fetchPage } from './fetchPage'
import { askIsso } from './issoAnswer'
import { matchingWebsite } from './issoOrigin'
import { fetchLikeIsso } from './issoTitle'
import { CHECK_TIMEOUT_MS } from './limits'
import { findIssoEmbed } from './page'
import { verdicts, type Finding, type OtherSite, type ServerAddress } from './verdicts'

/** One site, as the check needs it; several sites each pass their own. */
export interface WebsiteCheckRequest {
  pageUrl: string
  /** The site's Websites list (`[general] host` without the placeholder). */
  websites: readonly string[]
  /** This server's addresses for the site's API root, best first. */
  serverAddresses: readonly ServerAddress[]
  /** With several sites: the others, each with its API roots (none with one site). */
  otherSites?: readonly OtherSite[]
  /** The site's root on Isso's own port, from the package: http://localhost:8080[/<name>]. */
  issoBase: string
}

export interface WebsiteCheckOptions {
  /** Schemes allowed for the owner's page; tests add 'http:' for pages served on loopback. */
  protocols?: readonly string[]
  timeoutMs?: number
  maxBytes?: number
}

export class WebsiteCheckInputError extends Error {
  constructor(readonly url: string) {
    super(`not a page address: ${url}`)
    this.name = 'WebsiteCheckInputError'
  }
}

/** The page URL as given, or WebsiteCheckInputError (checked again here: action input is not trusted). */
export function parsePageUrl(text: string, protocols: readonly string[] = ['https:']): string {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    throw new WebsiteCheckInputError(text)
  }
  if (!protocols.includes(url.protocol) || !url.hostname || url.username || url.password) throw new WebsiteCheckInputError(text)
  return url.href
}

/**
 * Fetches the page, then asks Isso about its origin and (when the thread has no
 * data-title) fetches the page the way Isso will; both at once. Every request shares one
 * deadline, so the whole check ends within 15 s. Only GET requests are sent.
 */
export async function checkWebsite(req: WebsiteCheckRequest, options: WebsiteCheckOptions = {}): Promise<Finding[]> {
  const protocols = options.protocols ?? ['https:']
  const pageUrl = parsePageUrl(req.pageUrl, protocols)
  const signal = AbortSignal.timeout(options.timeoutMs ?? CHECK_TIMEOUT_MS)
  const page = await fetchPage(pageUrl, { signal, protocols, maxBytes: options.maxBytes })
  const known = { websites: req.websites, serverAddresses: req.serverAddresses, otherSites: req.otherSites }
  if (!page.ok) return verdicts({ page, embed: null, ...known, isso: null, title: null })
  const embed = findIssoEmbed(page.html, page.url)
  const url = new URL(page.url)
  const website = matchingWebsite(req.websites, url.origin)
  // Isso fetches from the matching Websites entry (its first entry when none matches; we
  // use the page's own origin then, the one the owner will add) and the thread's id or the
  // page's path, which is what the client sends.
  const needsTitle = embed.thread !== null && embed.thread.title === null
  const [isso, title] = await Promise.all([
    askIsso(req.issoBase, url.origin, signal),
    needsTitle ? fetchLikeIsso(website ?? url.origin, embed.thread?.issoId ?? url.pathname, signal) : null,
  ])
  return verdicts({ page, embed, ...known, isso, title })
}
