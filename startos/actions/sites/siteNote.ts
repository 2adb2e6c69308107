import type { SiteFiles } from '../../fileModels'
import { i18n } from '../../i18n'
import { extraSiteNames, siteLabel, type Volume } from '../../sites'

/**
 * The sentence that opens a per-site action's result when there are several sites, so
 * the owner sees which blog the code, check, import or export was for. Null with one
 * site: its results stay exactly as they were.
 */
export async function siteNote(volume: Volume, site: SiteFiles): Promise<string | null> {
  if (site.layout.name === null && (await extraSiteNames(volume)).length === 0) return null
  return i18n('Blog: ${site}.', { site: siteLabel(site.layout.name) })
}

/**
 * `text`, opened by the site's sentence when there are several sites. One paragraph:
 * StartOS shows a result's message in a single <p>, where line breaks collapse.
 */
export const withSiteNote = (note: string | null, text: string): string => (note === null ? text : `${note} ${text}`)
