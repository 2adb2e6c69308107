// Website origins for `[general] host`. Isso compares each entry with the browser's
// `Origin` header, so an entry only works if it is spelled exactly the way a browser sends
// it: `scheme://host[:port]`, lower case, punycode, no default port, nothing after the host.
// This module turns what people type into that form, or says precisely why it cannot.
//
// Websites are https (or http on .onion, which Tor encrypts). One exception: a local
// preview of the blog on the owner's own computer (`hugo server` on http://localhost:1313,
// `jekyll serve` on :4000), which browsers treat as a secure context anyway. It needs its
// port: `http://localhost` without one is the package's hidden placeholder (hostPlaceholder.ts),
// which the list drops, so accepting it would silently save nothing.

/** Why an entry is not an origin. `suggestion` is what the user should type instead. */
export type OriginProblem =
  | { kind: 'empty' }
  | { kind: 'whitespace' | 'wildcard' | 'host' | 'preview-port'; entry: string }
  | {
      kind: 'no-scheme' | 'scheme' | 'path' | 'query' | 'fragment' | 'userinfo'
      entry: string
      suggestion: string
    }

export type OriginResult = { ok: true; origin: string } | { ok: false; problem: OriginProblem }

export type OriginsResult =
  | { ok: true; origins: string[] }
  | { ok: false; problem: OriginProblem; index: number }

/** Shown when nothing better can be suggested. */
export const EXAMPLE_ORIGIN = 'https://blog.example.com'

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/is
// After WHATWG parsing the host is punycode; anything else (`$`, `%`, `!`…) is no DNS name
// a blog can have, and `$` would even be expanded from the environment by Isso 0.14.
const LABEL = '(?!-)[a-z0-9_-]{1,63}(?<!-)'
const DNS_NAME = new RegExp(`^${LABEL}(\\.${LABEL})*\\.?$`)
const IPV6 = /^\[[0-9a-f:.]+\]$/
// Loopback names a preview server prints; only these, so nothing public slips in over http.
const PREVIEW_HOSTS = ['localhost', '127.0.0.1']

/** A plain-http origin on the owner's own computer, with its port (`http://localhost:1313`). */
export function isPreviewOrigin(origin: string): boolean {
  const url = parse(origin)
  return url !== null && url.protocol === 'http:' && PREVIEW_HOSTS.includes(url.hostname) && url.port !== ''
}

export function normalizeOrigin(raw: string): OriginResult {
  // Pasting often brings a stray space or newline at either end; it can never be meant.
  const entry = raw.trim()
  const fail = (problem: OriginProblem): OriginResult => ({ ok: false, problem })
  if (entry === '') return fail({ kind: 'empty' })
  if (/\s/.test(entry)) return fail({ kind: 'whitespace', entry })
  if (entry.includes('*')) return fail({ kind: 'wildcard', entry })

  const scheme = SCHEME.exec(entry)
  if (!scheme) {
    return fail({ kind: 'no-scheme', entry, suggestion: suggest('', entry) })
  }
  const rest = scheme[2]
  // Browsers treat `\` like `/` in http(s) URLs, so it starts a path too.
  const end = rest.search(/[/?#\\]/)
  const authority = end === -1 ? rest : rest.slice(0, end)
  const tail = end === -1 ? '' : rest.slice(end)

  if (tail !== '' && tail !== '/') {
    const path = tail.split(/[?#]/)[0]
    const kind = path !== '' && path !== '/' ? 'path' : tail.includes('?') ? 'query' : 'fragment'
    const suggestion = suggest(scheme[1], authority)
    return fail({ kind, entry, suggestion })
  }
  if (authority.includes('@')) {
    const hostPart = authority.slice(authority.lastIndexOf('@') + 1)
    return fail({ kind: 'userinfo', entry, suggestion: suggest(scheme[1], hostPart) })
  }

  const url = parse(`${scheme[1].toLowerCase()}://${authority}`)
  if (!url) return fail({ kind: 'host', entry })
  const protocol = url.protocol.slice(0, -1)
  const onion = /\.onion\.?$/.test(url.hostname)
  // `http://localhost:80` is `http://localhost` once the default port goes: the placeholder.
  if (protocol === 'http' && PREVIEW_HOSTS.includes(url.hostname) && url.port === '') {
    return fail({ kind: 'preview-port', entry })
  }
  // Isso can only be embedded by pages served over https (or Tor, which encrypts anyway),
  // and by a local preview.
  if (protocol !== 'https' && !(protocol === 'http' && onion) && !isPreviewOrigin(url.origin)) {
    return fail({ kind: 'scheme', entry, suggestion: suggest('', authority) })
  }
  return { ok: true, origin: url.origin }
}

/** Normalises every entry and drops duplicates, keeping the first spelling's position. */
export function normalizeOrigins(entries: readonly string[]): OriginsResult {
  const origins: string[] = []
  for (const [index, entry] of entries.entries()) {
    const result = normalizeOrigin(entry)
    if (!result.ok) return { ok: false, problem: result.problem, index }
    if (!origins.includes(result.origin)) origins.push(result.origin)
  }
  return { ok: true, origins }
}

// A hostname/IP that WHATWG accepts and that we are willing to write, or null.
function parse(text: string): URL | null {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  const host = url.hostname
  if (host === '' || !(DNS_NAME.test(host) || IPV6.test(host))) return null
  return url
}

/**
 * The origin the user most likely meant: the given scheme (or https, or http for .onion and
 * local previews when none fits) in front of the host part; the generic example when even
 * that is not an origin.
 */
function suggest(scheme: string, hostPart: string): string {
  const lower = scheme.toLowerCase()
  const bare = parse(`https://${hostPart}`)
  if (!bare) return EXAMPLE_ORIGIN
  // A preview server (hugo server, jekyll serve) speaks plain http on its port.
  const plain = /\.onion\.?$/.test(bare.hostname) || isPreviewOrigin(`http://${bare.host}`)
  const keep = lower === 'https' || (lower === 'http' && plain)
  const chosen = keep ? lower : plain ? 'http' : 'https'
  return parse(`${chosen}://${hostPart}`)?.origin ?? EXAMPLE_ORIGIN
}
