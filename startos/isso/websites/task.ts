import { ConfigSyntaxError, parseConfig } from '../configparser'
import { websites } from './hostList'

// What the "Websites" task should be for the first site's isso.cfg text. Isso serves
// comments only to the origins in [general] host, and a fresh install lists only the
// hidden localhost placeholder, so until the owner adds one no page can show comments.
// - create: the list has no entry of the owner's;
// - clear: it has one;
// - keep: we cannot tell (no file, or one Python could not parse either): main names
//   that problem, and a task would only mislead.
export type WebsitesTask = { action: 'create' } | { action: 'clear' } | { action: 'keep' }

export function websitesTask(text: string | null): WebsitesTask {
  if (text === null) return { action: 'keep' }
  try {
    return websites(parseConfig(text)).length === 0 ? { action: 'create' } : { action: 'clear' }
  } catch (error) {
    if (error instanceof ConfigSyntaxError) return { action: 'keep' }
    throw error
  }
}
