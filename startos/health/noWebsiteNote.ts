import { i18n } from '../i18n'
import type { IssoInfoResult } from './checkIssoInfo'

/**
 * Isso Server's answer, told when a site allows no website yet: Isso runs (the hidden
 * localhost placeholder lets it start) but serves comments to no page, and a green
 * "Isso is answering requests" alone would hide that. `without`: the sites whose
 * Websites list has no entry of the owner's (null is the first site).
 */
export function withNoWebsiteNote(result: IssoInfoResult, without: readonly (string | null)[], several: boolean): IssoInfoResult {
  if (result.result !== 'success' || without.length === 0) return result
  const notes = without.map((name) =>
    several
      ? i18n('Blog ${site}: no website is allowed yet, add its address with the Websites action.', { site: name ?? '/' })
      : i18n("No website is allowed yet: add your blog's address with the Websites action."),
  )
  return { ...result, message: `${result.message.replace(/[.。]\s*$/, '')}. ${notes.join(' ')}` }
}
