// How Isso 0.14.0 decides that a request's Origin is one of its websites (isso/wsgi.py):
// both go through its own `urlsplit` into (netloc, port, https) and must be equal. The
// netloc keeps its case and, for https without a port, everything after the host; so
// `https://Blog.example.com` in the list never matches a browser's lower-case Origin.

export type IssoOriginKey = readonly [netloc: string, port: number, https: boolean]

// Python's urllib.parse.urlparse: the scheme is lower-cased, the netloc runs to the first
// / ? or #, and the port is the digits after the last ':' of the host part (after any
// user info and IPv6 brackets). Isso prepends http:// to anything without a scheme.
export function issoOriginKey(entry: string): IssoOriginKey {
  const name = /^https?:\/\//.test(entry) ? entry : `http://${entry}`
  const scheme = name.slice(0, name.indexOf(':')).toLowerCase()
  const rest = name.slice(name.indexOf('//') + 2)
  const netloc = rest.split(/[/?#]/, 1)[0]
  const hostinfo = netloc.slice(netloc.lastIndexOf('@') + 1)
  const afterBracket = hostinfo.startsWith('[') ? hostinfo.slice(hostinfo.indexOf(']') + 1) : hostinfo
  const colon = afterBracket.lastIndexOf(':')
  const portText = colon === -1 ? '' : afterBracket.slice(colon + 1)
  const port = /^\d+$/.test(portText) ? Number(portText) : null
  if (scheme === 'https' && port === null) return [netloc, 443, true]
  return [netloc.split(':')[0], port || 80, scheme === 'https']
}

const same = (a: IssoOriginKey, b: IssoOriginKey) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2]

/** The Websites entry Isso matches the origin with, or null. */
export function matchingWebsite(websites: readonly string[], origin: string): string | null {
  const key = issoOriginKey(origin)
  return websites.find(w => same(issoOriginKey(w), key)) ?? null
}

// Host without a leading www., lower case: the usual near misses are scheme, port and www.
function looseHost(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return null
  }
}

/** A Websites entry that was probably meant for this origin (other scheme, port, www or case). */
export function nearMiss(websites: readonly string[], origin: string): string | null {
  const host = looseHost(origin)
  return websites.find(w => looseHost(w) === host) ?? null
}
