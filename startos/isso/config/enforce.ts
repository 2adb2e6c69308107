import type { ConfigDocument } from '../configparser'
import { DB_PATH } from './keys'
import { parseBoolean } from './values'
import { HOST_PLACEHOLDER, isHostPlaceholder } from './websites'

function ensureSection(doc: ConfigDocument, section: string): void {
  if (!doc.hasSection(section)) doc.addSection(section)
}

// The keys StartOS owns (DESIGN.md "Ownership"), re-applied on every write and start:
// the database must live on the backed-up volume, the admin UI is how users moderate,
// and Isso refuses to start with an empty host list. Returns whether anything changed;
// a value that already means the right thing (`enabled = yes`) is left as written.
export function applyEnforcedKeys(doc: ConfigDocument): boolean {
  let changed = false
  ensureSection(doc, 'general')
  if (doc.get('general', 'dbpath') !== DB_PATH) {
    doc.set('general', 'dbpath', DB_PATH)
    changed = true
  }
  const hosts = doc.get('general', 'host') == null ? [] : doc.getList('general', 'host')
  if (!hosts.some(isHostPlaceholder)) {
    doc.setList('general', 'host', [...hosts, HOST_PLACEHOLDER])
    changed = true
  }
  ensureSection(doc, 'admin')
  const enabled = doc.get('admin', 'enabled')
  if (enabled == null || parseBoolean(enabled) !== true) {
    doc.set('admin', 'enabled', 'true')
    changed = true
  }
  return changed
}
