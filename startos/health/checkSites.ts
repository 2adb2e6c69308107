import { i18n } from '../i18n'
import type { SiteLayout } from '../isso/sites/layout'
import { checkIssoInfo, type IssoInfoResult } from './checkIssoInfo'

// A page address no blog has (Isso keys threads by path, and a read creates nothing).
// GET <prefix>/?uri=… runs Isso's reply count and comment fetch for it
// (isso/views/comments.py fetch): two queries on comments.db that answer 200 with no
// comments. /info alone never touches the database, so a worker stuck at its first
// database access looked healthy.
export const DATABASE_PROBE_PATH = `/?uri=${encodeURIComponent('/.startos-health-check/')}`

// One health check for every site on Isso's port: each must answer <prefix>/info with
// 200 and read its database. With one site the messages are the single check's; with
// several, the first site that fails is named, so the owner knows which config file to
// look at. The database read runs beside /info with the same bound, so a check never
// takes longer than `timeoutMs` (it measured ~10 ms more on 60,000 comments). It is a
// net, not a guarantee: each request reaches one of gunicorn's workers.
export async function checkSites(baseUrl: string, sites: readonly SiteLayout[], timeoutMs: number): Promise<IssoInfoResult> {
  const results = await Promise.all(sites.map((site) => checkSite(`${baseUrl}${site.prefix}`, timeoutMs)))
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

async function checkSite(siteUrl: string, timeoutMs: number): Promise<IssoInfoResult> {
  const [info, read] = await Promise.all([
    checkIssoInfo(`${siteUrl}/info`, timeoutMs),
    checkIssoInfo(`${siteUrl}${DATABASE_PROBE_PATH}`, timeoutMs),
  ])
  if (info.result !== 'success') return info
  if (read.result !== 'success') {
    return { ...read, message: i18n('Reading the comments database failed: ${reason}', { reason: read.message }) }
  }
  return info
}
