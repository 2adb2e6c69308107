// The two pieces of text safety every snippet needs.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch])
}

/**
 * The comments base URL as Isso's client wants it in `data-isso`: scheme, host, port and
 * any path prefix (a site served at `/blog`), without a trailing slash, query or fragment.
 * The client would strip one trailing slash itself (embed.min.js, its api module); we
 * write none so `${root}/js/embed.min.js` has no double slash.
 */
export function apiRoot(base: string): string {
  const url = new URL(base)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`not a web address: ${base}`)
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/**
 * A site's comments base on one of the server's addresses: the address with the site's
 * path prefix (`https://comments.example.com/` and `/blog` give
 * `https://comments.example.com/blog`). The first site's prefix is '' and its address
 * is returned as it is.
 */
export function siteBase(address: string, prefix: string): string {
  return prefix === '' ? address : `${apiRoot(address)}${prefix}`
}
