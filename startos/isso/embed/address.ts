// What kind of address a website would load comments from, and whether that suits a
// public blog. Pure, no SDK: the embed-code action feeds it the interface's URLs.

export type AddressKind =
  | 'public-domain'
  | 'private-domain'
  | 'onion'
  | 'mdns'
  | 'private-ip'
  | 'public-ip'

/** Why an address only suits private use; the action turns each into a sentence. */
export type AddressWarning = 'tor-only' | 'lan-only' | 'untrusted-certificate' | 'plain-http'

export interface AddressClass {
  kind: AddressKind
  https: boolean
  /** Public HTTPS domain: the one kind every visitor's browser reaches and trusts. */
  recommended: boolean
  warnings: AddressWarning[]
}

// RFC 1918, loopback, link-local, CGNAT (100.64/10: Tailscale & co.), "this network".
function isPrivateIpv4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number)
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)
}

// Loopback, unspecified, unique-local fc00::/7, link-local fe80::/10.
function isPrivateIpv6(ip: string): boolean {
  const lower = ip.toLowerCase()
  return lower === '::1' || lower === '::' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower)
}

const PRIVATE_SUFFIXES = ['.lan', '.home.arpa', '.internal', '.localdomain']

/**
 * `isPublic` is StartOS's own verdict (HostnameInfo.public) when known: a domain name
 * alone does not say whether it is reachable from the internet.
 */
export function classifyAddress(url: string, isPublic?: boolean): AddressClass {
  const parsed = new URL(url)
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '')
  const https = parsed.protocol === 'https:'
  let kind: AddressKind
  if (host.startsWith('[')) kind = isPrivateIpv6(host.slice(1, -1)) ? 'private-ip' : 'public-ip'
  else if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) kind = isPrivateIpv4(host) ? 'private-ip' : 'public-ip'
  else if (host.endsWith('.onion')) kind = 'onion'
  else if (host.endsWith('.local')) kind = 'mdns'
  else if (host === 'localhost' || !host.includes('.') || PRIVATE_SUFFIXES.some(s => host.endsWith(s)))
    kind = 'private-domain'
  else kind = isPublic === false ? 'private-domain' : 'public-domain'

  const warnings: AddressWarning[] = []
  if (kind === 'onion') warnings.push('tor-only')
  if (kind === 'mdns' || kind === 'private-ip' || kind === 'private-domain') warnings.push('lan-only')
  // Only public domains get a certificate browsers trust; StartOS signs the rest with
  // its own root CA, which visitors' browsers do not know.
  if (https && kind !== 'public-domain') warnings.push('untrusted-certificate')
  // An https blog may not load scripts over http (mixed content); onion is the exception
  // browsers make, but Tor Browser is the only one that can reach it anyway.
  if (!https && kind !== 'onion') warnings.push('plain-http')
  return { kind, https, recommended: kind === 'public-domain' && https, warnings }
}

const ORDER: AddressKind[] = ['public-domain', 'private-domain', 'public-ip', 'onion', 'mdns', 'private-ip']

/** Best first: public HTTPS domains, then other domains, IPs, Tor, LAN; https before http. */
export function rankAddress(c: AddressClass): number {
  return ORDER.indexOf(c.kind) * 2 + (c.https ? 0 : 1)
}
