import { domainToASCII } from 'node:url'

// What Isso 0.14.0 does at start with a website in `[general] host` and with `[smtp] host`,
// reduced to the steps that can raise (and so crash Isso with a traceback). Connection
// errors are caught by Isso and do not count.

// Python's encodings.idna, which socket.getaddrinfo (and http.client's Host header) apply
// to every host name before connecting: a label is 1..63 characters. For non-ASCII
// labels Python runs nameprep + punycode; WHATWG's domainToASCII is close enough to tell
// whether a label converts at all.
export function idnaEncodable(host: string): boolean {
  if (host === '') return true
  if (/^[\x00-\x7f]*$/.test(host)) {
    const labels = host.split('.')
    const last = labels.pop()!
    return labels.every(l => l.length > 0 && l.length < 64) && last.length < 64
  }
  const labels = host.split(/[.\u3002\uff0e\uff61]/)
  if (labels.length > 1 && labels[labels.length - 1] === '') labels.pop()
  return labels.every(label => {
    const ascii = /^[\x00-\x7f]*$/.test(label) ? label : domainToASCII(label)
    return ascii.length > 0 && ascii.length < 64
  })
}

// CPython 3.11's urllib.parse.urlsplit(...).port and its netloc checks.
function urlsplitPortProblem(netloc: string): boolean {
  if (netloc.includes('[') !== netloc.includes(']')) return true // "Invalid IPv6 URL"
  if (netloc.includes('[') && !bracketedHostOk(netloc.split('[')[1].split(']')[0])) return true
  const hostinfo = netloc.slice(netloc.lastIndexOf('@') + 1)
  let port: string
  if (hostinfo.includes('[')) {
    const bracketed = hostinfo.slice(hostinfo.indexOf('[') + 1)
    const after = bracketed.includes(']') ? bracketed.slice(bracketed.indexOf(']') + 1) : ''
    port = after.includes(':') ? after.slice(after.indexOf(':') + 1) : ''
  } else {
    port = hostinfo.includes(':') ? hostinfo.slice(hostinfo.indexOf(':') + 1) : ''
  }
  if (port === '') return false
  return !/^[0-9]+$/.test(port) || Number(port) > 65535
}

// urllib.parse._check_bracketed_host: an IPv6 address or an IPvFuture literal.
function bracketedHostOk(host: string): boolean {
  if (host.startsWith('v')) return /^v[a-fA-F0-9]+\..+$/s.test(host)
  return isIPv6(host.split('%')[0]) // ipaddress accepts a %scope suffix
}

function isIPv6(text: string): boolean {
  // The URL parser only accepts valid IPv6 between brackets: let it judge.
  try {
    return new URL(`http://[${text}]/`).hostname !== ''
  } catch {
    return false
  }
}

// isso.wsgi.urlsplit(origin) (run on every website by make_app) and the host name its
// HEAD request then resolves. False when Isso would raise on this website at start.
export function issoOriginStarts(origin: string): boolean {
  const url = /^https?:\/\//.test(origin) ? origin : `http://${origin}`
  const rest = url.slice(url.indexOf('//') + 2)
  const netloc = rest.split(/[/?#]/)[0]
  if (urlsplitPortProblem(netloc)) return false
  const https = url.startsWith('https://')
  const hasPort = portOf(netloc) !== ''
  // urlsplit returns the whole netloc for https without port, else the text before the first ':'
  const host = https && !hasPort ? netloc : netloc.split(':')[0]
  return idnaEncodable(host)
}

function portOf(netloc: string): string {
  const hostinfo = netloc.slice(netloc.lastIndexOf('@') + 1)
  const tail = hostinfo.includes(']') ? hostinfo.slice(hostinfo.indexOf(']') + 1) : hostinfo
  return tail.includes(':') ? tail.slice(tail.indexOf(':') + 1) : ''
}
