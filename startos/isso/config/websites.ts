import type { ConfigDocument } from '../configparser'
import { ownList } from './own'

// Isso exits when [general] host is empty, so a localhost origin nobody browses from
// keeps the list non-empty while the user has no website yet. Hidden from users.
export const HOST_PLACEHOLDER = 'http://localhost'
// The community package (same id, upgrades in place) wrote a bare `localhost`.
export const LEGACY_HOST_PLACEHOLDER = 'localhost'

export function isHostPlaceholder(origin: string): boolean {
  return origin === HOST_PLACEHOLDER || origin === LEGACY_HOST_PLACEHOLDER
}

// The user's origins: [general] host without placeholders, in file order.
export function websites(doc: ConfigDocument): string[] {
  return ownList(doc, 'general', 'host').filter(origin => !isHostPlaceholder(origin))
}

// User origins first, placeholder last: Isso uses the first host as the CORS fallback
// and for the 'link to comment' in e-mails, so the placeholder must never be first.
export function setWebsites(doc: ConfigDocument, origins: readonly string[]): void {
  if (!doc.hasSection('general')) doc.addSection('general')
  const own = origins.filter(origin => !isHostPlaceholder(origin))
  doc.setList('general', 'host', [...own, HOST_PLACEHOLDER])
}
