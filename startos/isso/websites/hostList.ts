import { HOST_PLACEHOLDER, isHostPlaceholder, ownList } from '../config'
import type { ConfigDocument } from '../configparser'

// The user's origins: [general] host without placeholders, in file order.
export function websites(doc: ConfigDocument): string[] {
  return ownList(doc, 'general', 'host').filter((origin) => !isHostPlaceholder(origin))
}

// User origins first, placeholder last: Isso uses the first host as the CORS fallback
// and for the 'link to comment' in e-mails, so the placeholder must never be first.
export function writeWebsites(doc: ConfigDocument, origins: readonly string[]): void {
  if (!doc.hasSection('general')) doc.addSection('general')
  const own = origins.filter((origin) => !isHostPlaceholder(origin))
  doc.setList('general', 'host', [...own, HOST_PLACEHOLDER])
}
