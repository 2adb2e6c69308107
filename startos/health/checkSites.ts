import { i18n } from '../i18n'
import type { SiteLayout } from '../isso/sites/layout'
import { checkIssoInfo, type IssoInfoResult } from './checkIssoInfo'

// One health check for every site on Isso's port: each must answer <prefix>/info with 200.
// With one site it is exactly the old check; with several, the first site that does not
// answer is named, so the owner knows which config file to look at.
export async function checkSites(baseUrl: string, sites: readonly SiteLayout[], timeoutMs: number): Promise<IssoInfoResult> {
  const results = await Promise.all(sites.map((site) => checkIssoInfo(`${baseUrl}${site.prefix}/info`, timeoutMs)))
  const failing = results.findIndex((r) => r.result !== 'success')
  if (failing === -1) {
    return sites.length === 1
      ? results[0]
      : { result: 'success', message: i18n('Isso is answering requests for all ${count} blogs', { count: sites.length }) }
  }
  const { name } = sites[failing]
  const result = results[failing]
  return name === null ? result : { ...result, message: i18n('Blog ${site}: ${reason}', { site: name, reason: result.message }) }
}
