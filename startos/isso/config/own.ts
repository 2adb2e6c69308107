import type { ConfigDocument } from '../configparser'
import { splitLines } from './values'

// Isso reads its packaged defaults file before the user's, and that file sets every
// managed key in its own section. configparser prefers a section's own key over
// [DEFAULT], so a user's [DEFAULT] never reaches a managed key: read own keys only
// (ConfigDocument.get falls back to [DEFAULT], as configparser's get does).
export function ownValue(doc: ConfigDocument, section: string, key: string): string | null | undefined {
  return doc.keys(section).includes(key) ? doc.get(section, key) : undefined
}

// IssoParser.getiter over an own key; [] when absent or without value.
export function ownList(doc: ConfigDocument, section: string, key: string): string[] {
  const value = ownValue(doc, section, key)
  return value ? splitLines(value) : []
}
