import type { ConfigDocument } from '../configparser'
import { DB_PATH } from './keys'
import { ownList, ownValue } from './own'
import { parseBoolean } from './values'
import { HOST_PLACEHOLDER, isHostPlaceholder } from './hostPlaceholder'

// The keys StartOS owns whatever the file says, re-applied on every write and whenever
// isso.cfg changes: the database must live on the backed-up volume, the admin UI is how
// users moderate, and Isso exits with an empty host list. Returns whether anything
// changed; a value that already means the right thing (`enabled = yes`) is left as
// written, and a placeholder already present stays where it is (writeWebsites moves it
// last).
export function applyEnforcedKeys(doc: ConfigDocument, dbPath: string = DB_PATH): boolean {
  let changed = false
  if (ownValue(doc, 'general', 'dbpath') !== dbPath) {
    doc.set('general', 'dbpath', dbPath)
    changed = true
  }
  const hosts = ownList(doc, 'general', 'host')
  if (!hosts.some(isHostPlaceholder)) {
    doc.setList('general', 'host', [...hosts, HOST_PLACEHOLDER])
    changed = true
  }
  const enabled = ownValue(doc, 'admin', 'enabled')
  if (enabled == null || parseBoolean(enabled) !== true) {
    doc.set('admin', 'enabled', 'true')
    changed = true
  }
  return changed
}
