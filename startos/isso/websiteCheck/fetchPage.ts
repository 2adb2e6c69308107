import { describeError, fetchFollowing, readCapped, type Hop } from '../cappedFetch'
import { MAX_PAGE_BYTES, MAX_REDIRECTS, USER_AGENT } from './limits'

// The owner's page, fetched with GET only, https only (tests add http:), every redirect
// followed by hand so each hop is checked and shown, the body read up to a cap: more is
// cut off and said (the check judges what it read), not refused.

export type { Hop }

export type PageProblem = 'not-https' | 'timeout' | 'unreachable' | 'http-status' | 'too-many-redirects'

export type PageResult =
  | { ok: true; url: string; hops: Hop[]; html: string; truncated: boolean }
  | { ok: false; problem: PageProblem; url: string; hops: Hop[]; detail: string }

export interface FetchOptions {
  signal: AbortSignal
  /** Schemes allowed for the page and every redirect; tests add 'http:'. */
  protocols?: readonly string[]
  maxBytes?: number
}

export async function fetchPage(start: string, options: FetchOptions): Promise<PageResult> {
  const protocols = options.protocols ?? ['https:']
  const followed = await fetchFollowing(start, {
    signal: options.signal,
    maxRedirects: MAX_REDIRECTS,
    headers: { 'User-Agent': USER_AGENT, Accept: 'text/html,*/*;q=0.5' },
    allowed: (hop) => protocols.includes(hop.protocol),
  })
  const { url, hops } = followed
  const fail = (problem: PageProblem, detail = ''): PageResult => ({ ok: false, problem, url, hops, detail })
  const failed = (e: unknown) => (options.signal.aborted ? fail('timeout') : fail('unreachable', describeError(e)))
  if (!followed.ok) {
    if (followed.problem === 'error') return failed(followed.error)
    return fail(followed.problem === 'refused' ? 'not-https' : 'too-many-redirects')
  }
  try {
    const res = followed.response
    if (res.status !== 200) {
      await res.body?.cancel()
      return fail('http-status', String(res.status))
    }
    const { bytes, truncated } = await readCapped(res, options.maxBytes ?? MAX_PAGE_BYTES)
    return { ok: true, url, hops, html: bytes.toString('utf8'), truncated }
  } catch (e) {
    return failed(e)
  }
}
