import { getDomain } from 'tldts'

// The "site" browsers use to decide whether a cookie is third-party: the registrable
// domain under the Public Suffix List, private section included (github.io, …), as
// Safari and Brave apply it. IP addresses and single names are their own site.
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return getDomain(host, { allowPrivateDomains: true }) ?? host
}
