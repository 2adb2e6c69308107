import { Failure } from '../failure'
import type { ImportProblem } from './failure'

/**
 * Checks the link the user typed. Only https is accepted by default: an export holds
 * commenters' e-mail and IP addresses, which should not cross the internet in clear text.
 * Tests pass `['http:']` to reach a local server; the rule itself is tested separately.
 */
export function parseImportUrl(raw: string, protocols: readonly string[] = ['https:']): URL {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new Failure<ImportProblem>('url-invalid', raw.trim().slice(0, 200))
  }
  if (!protocols.includes(url.protocol)) throw new Failure<ImportProblem>('url-not-https', url.protocol)
  if (!url.hostname) throw new Failure<ImportProblem>('url-invalid', raw.trim().slice(0, 200))
  return url
}

/** The pasted text as bytes; whitespace-only counts as nothing pasted. */
export function pastedBytes(text: string | null | undefined): Buffer {
  if (!text || !text.trim()) throw new Failure<ImportProblem>('empty')
  return Buffer.from(text, 'utf8')
}
