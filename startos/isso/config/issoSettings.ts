import type { ConfigDocument } from '../configparser'
import { applyEnforcedKeys } from './enforce'

// What Isso actually reads (its ISSO_SETTINGS file): the owner's isso.cfg with the keys
// StartOS enforces applied. The package derives this copy every time Isso or the importer
// starts, so enforcement never has to write the owner's file (which a person may be in
// the middle of writing over SSH). `dbpath` can point a one-off run (a dry-run import) at
// a scratch database instead of the real one.
export function issoSettingsText(owner: ConfigDocument, overrides: { dbpath?: string } = {}): string {
  const doc = owner.clone()
  applyEnforcedKeys(doc)
  if (overrides.dbpath !== undefined) doc.set('general', 'dbpath', overrides.dbpath)
  return doc.toString()
}
