import { i18n } from '../i18n'
import { addressWarning } from './addressWarnings'
import type { Code, Finding, Point, Status } from '../isso/websiteCheck/verdicts'

// Each finding in the owner's language: what was found and, unless it passed, the fix
// in one sentence. The address warnings reuse the embed-code action's sentences.

type Params = Record<string, string>

export const POINT_NAMES: Record<Point, () => string> = {
  page: () => i18n('The page loads'),
  embed: () => i18n("Isso's script and comments element"),
  script: () => i18n("The script's address"),
  origin: () => i18n('The page is on the Websites list'),
  isso: () => i18n('Isso answers this website'),
  title: () => i18n('New threads get a title'),
  cookie: () => i18n('Visitors can edit their comments'),
  language: () => i18n('Language'),
}

export const STATUS_NAMES: Record<Status, () => string> = {
  passed: () => i18n('Passed'),
  warning: () => i18n('Warning'),
  failed: () => i18n('Failed'),
}


const SENTENCES: Record<Code, (p: Params) => string> = {
  'page-loaded': p =>
    p.redirects
      ? i18n('The page loaded from ${url} after these redirects: ${redirects}.', { url: p.url, redirects: p.redirects })
      : i18n('The page loaded from ${url}.', { url: p.url }),
  'page-truncated': () =>
    i18n("The page is larger than 2 MB and only its first 2 MB were checked. If Isso's tags come later in the page, move them up."),
  'page-not-https': p =>
    i18n('The page or one of its redirects (${url}) is not https. Give the https:// address of the page, as your visitors see it.', { url: p.url }),
  'page-timeout': () =>
    i18n('The page did not answer within 15 seconds. Check that the website is online and reachable from your StartOS server, then run the check again.'),
  'page-unreachable': p =>
    i18n('The page could not be loaded from ${url} (${detail}). Check the address, and that the website is online with a valid https certificate.', { url: p.url, detail: p.detail }),
  'page-http-status': p =>
    i18n('The page ${url} answered with HTTP status ${detail} instead of 200. Give the address of a published post that opens in a browser.', { url: p.url, detail: p.detail }),
  'page-too-many-redirects': p =>
    i18n('The page redirects more than 5 times (${redirects}). Give the address where the redirects end.', { redirects: p.redirects }),
  'embed-thread': () => i18n('The page loads Isso\'s script and has the comments element (id="isso-thread").'),
  'embed-counter': p => i18n("The page loads Isso's script and has ${count} comment counter links.", { count: p.count }),
  'embed-no-script': () =>
    i18n("The page does not load Isso's script (/js/embed.min.js). Paste the snippet from the Embed Code action into the page's HTML."),
  'embed-no-thread': () =>
    i18n('The page loads Isso\'s script but has no element with id="isso-thread" for the comments. Add <section id="isso-thread"></section> where the comments should appear.'),
  'embed-count-script-only': () =>
    i18n("The page has the comments element but loads only the counter script (count.min.js), which shows no comments. Load /js/embed.min.js as in the Embed Code action's snippet."),
  'script-ok': p => i18n('The script calls ${endpoint}, a public https address of this server.', { endpoint: p.endpoint }),
  'script-no-addresses': p =>
    i18n("The script calls ${endpoint}, but this server's addresses are not known yet. Start the service and run the check again.", { endpoint: p.endpoint }),
  'script-not-this-server': p =>
    i18n('The script calls ${endpoint}, which is not an address of this server. Use ${address} (see the Embed Code action) in data-isso and src.', { endpoint: p.endpoint, address: p.address }),
  'script-other-site': p =>
    i18n("The script calls ${endpoint}, the address of another blog on this server, ${site}, whose comments and Websites list are not this blog's. Use ${address} (see the Embed Code action) in data-isso and src, or check the page with that blog chosen.", { endpoint: p.endpoint, site: p.site, address: p.address }),
  'script-mixed-content': p =>
    i18n('The script calls ${endpoint} over plain http from an https page, which browsers block. Use an https address of this server from the Embed Code action.', { endpoint: p.endpoint }),
  'script-not-public': p =>
    i18n('The script calls ${endpoint}, which visitors of a public website cannot use. Use a public domain with https: add one to the Comments endpoint interface in StartOS.', { endpoint: p.endpoint }),
  'script-private-use': p =>
    i18n('The script calls ${endpoint}, which suits only private use. That is fine for a private website; for a public one, use a public domain with https.', { endpoint: p.endpoint }),
  'origin-listed': p => i18n("The page's origin ${origin} is on the Websites list.", { origin: p.origin }),
  'origin-near-miss': p =>
    i18n("The page's origin ${origin} is not on the Websites list; ${listed} is, but Isso treats another scheme, port, www or capitalisation as another website. Add this origin with the Websites action.", { origin: p.origin, listed: p.listed }),
  'origin-missing': p =>
    i18n("The page's origin ${origin} is not on the Websites list, so browsers refuse Isso's answers. Add this origin with the Websites action.", { origin: p.origin }),
  'isso-answers': p => i18n('Isso allows requests from ${origin} (Access-Control-Allow-Origin).', { origin: p.origin }),
  'isso-unreachable': p =>
    i18n('Isso did not answer (${detail}). Start the service, wait until it is running, then run the check again.', { detail: p.detail }),
  'isso-stale': p =>
    i18n('Isso answers ${origin} with ${answered}, so browsers refuse its answers, although the origin is on the Websites list: Isso still runs with an older list. Restart the service.', { origin: p.origin, answered: p.answered }),
  'isso-refuses': p =>
    i18n('Isso answers ${origin} with ${answered}, so browsers refuse its answers. Add the origin with the Websites action.', { origin: p.origin, answered: p.answered }),
  'title-given': p => i18n('The comments element sets data-title ("${title}"), so Isso does not need to open the page.', { title: p.title }),
  'title-fetched': p => i18n('Isso can open ${url} to read the title of a new thread.', { url: p.url }),
  'title-unreachable': p =>
    i18n('Isso cannot open ${url} (${detail}) to read the title of a new thread, so the first comment on this page would fail. Add data-title="the title of the post" to the element with id="isso-thread".', { url: p.url, detail: p.detail }),
  'cookie-same-site': p =>
    i18n('The page and Isso are both on the domain ${site}, so browsers keep the cookie that lets visitors edit or delete their own comment.', { site: p.site }),
  'cookie-other-site': p =>
    i18n("Isso is on the domain ${issoSite}, not on the page's (${pageSite}): Safari and Brave drop the cookie that lets visitors edit or delete their own comment. Give Isso an address under the page's domain (such as a subdomain) in StartOS and use it in the embed code.", { issoSite: p.issoSite, pageSite: p.pageSite }),
  'lang-browser': () => i18n("Isso shows its texts in each visitor's browser language (the first of them it has, or English)."),
  'lang-browser-hint': p =>
    i18n('Isso shows its texts in each visitor\'s browser language, which may differ from the page\'s (${pageLang}). To match the page, add data-isso-lang="${lang}" to the script.', { pageLang: p.pageLang, lang: p.lang }),
  'lang-set': p => i18n('Isso shows its texts in ${lang}, as data-isso-lang says.', { lang: p.lang }),
  'lang-unsupported': p =>
    i18n('Isso has no translation for data-isso-lang="${lang}", so each visitor gets the first of their browser\'s languages that Isso has, or English. Use one of its languages (such as de, es, fr or pl) or remove the attribute.', { lang: p.lang }),
  'lang-mismatch': p =>
    i18n("Isso's texts are in ${lang} (data-isso-lang) but the page is in ${pageLang}. Set data-isso-lang to the page's language.", { lang: p.lang, pageLang: p.pageLang }),
}

/** The finding in words; address limits follow as their own sentences. */
export function describeFinding(f: Finding): string {
  return [SENTENCES[f.code](f.params), ...(f.reasons ?? []).map(r => addressWarning(r))].join(' ')
}
