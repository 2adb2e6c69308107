import type { ConfigDocument } from '../configparser'
import { writeWebsites } from './hostList'
import { normalizeOrigins, type OriginProblem } from './origins'

// What set-websites refuses. `none`: an empty list would leave only the hidden placeholder,
// so Isso starts but no page anywhere can load comments; that is never what anyone wants.
export type WebsitesProblem = OriginProblem | { kind: 'none' }

export class WebsitesInputError extends Error {
  constructor(readonly problem: WebsitesProblem) {
    super(`websites: ${problem.kind}`)
    this.name = 'WebsitesInputError'
  }
}

// Writes the user's websites (normalised, without duplicates) into [general] host;
// writeWebsites keeps the localhost placeholder last. Returns what was written.
export function applyWebsites(doc: ConfigDocument, entries: readonly string[]): string[] {
  if (entries.length === 0) throw new WebsitesInputError({ kind: 'none' })
  const result = normalizeOrigins(entries)
  if (!result.ok) throw new WebsitesInputError(result.problem)
  writeWebsites(doc, result.origins)
  return result.origins
}
