import { applyAdminPassword } from '../adminPassword'
import { ownValue, setText } from '../config'
import type { ConfigDocument } from '../configparser'
import { applyWebsites } from '../websites'

export interface NewSite {
  name: string
  /** As typed: normalised and checked here (applyWebsites). */
  websites: readonly string[]
  /** A freshly generated admin password (the SDK's generator). */
  password: string
  /** A fresh random [hash] salt: sites share nothing that identifies a commenter. */
  salt: string
}

/**
 * The config of a new site: a copy of the first site's (its server, moderation, guard and
 * e-mail settings, and the owner's own keys and comments), with the new site's websites,
 * admin password and salt. If the owner set `[server] public-endpoint` (Isso's address
 * for links in e-mails), the new site's is that address plus /<name>. Its dbpath is
 * enforced when the file is written.
 */
export function newSiteConfig(first: ConfigDocument, site: NewSite): ConfigDocument {
  const doc = first.clone()
  applyWebsites(doc, site.websites)
  applyAdminPassword(doc, site.password)
  setText(doc, 'hash', 'salt', site.salt)
  const endpoint = ownValue(doc, 'server', 'public-endpoint')
  if (endpoint) setText(doc, 'server', 'public-endpoint', `${endpoint.replace(/\/+$/, '')}/${site.name}`)
  return doc
}
