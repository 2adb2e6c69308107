import { describeError } from '../cappedFetch'
import { ISSO_FETCH_TIMEOUT_MS, ISSO_FETCH_TRIES, ISSO_USER_AGENT } from './limits'

// What Isso does when the first comment of a page arrives without a title
// (views/comments.py new → utils/http.py curl): GET `<matched website><uri>` from the
// server, 3 s timeout, following only 301s and only their path (never another host), at
// most 3 requests; anything but a 200 refuses the comment ("Cannot create new thread").
// We make the same requests from the package's container, which shares Isso's network,
// with Isso's User-Agent.

export type TitleFetch = { ok: true; url: string } | { ok: false; url: string; detail: string }

export async function fetchLikeIsso(
  website: string,
  uri: string,
  signal: AbortSignal,
): Promise<TitleFetch> {
  let path = uri.startsWith('/') ? uri : `/${uri}`
  let url = ''
  for (let attempt = 0; attempt < ISSO_FETCH_TRIES; attempt++) {
    url = `${website}${path}`
    try {
      const res = await fetch(url, {
        redirect: 'manual',
        signal: AbortSignal.any([signal, AbortSignal.timeout(ISSO_FETCH_TIMEOUT_MS)]),
        headers: { 'User-Agent': ISSO_USER_AGENT },
      })
      await res.body?.cancel()
      const location = res.headers.get('location')
      if (res.status === 301 && location) {
        path = new URL(location, url).pathname
        continue
      }
      return res.status === 200 ? { ok: true, url } : { ok: false, url, detail: `HTTP ${res.status}` }
    } catch (e) {
      return { ok: false, url, detail: signal.aborted || (e as Error).name === 'TimeoutError' ? 'timeout' : describeError(e) }
    }
  }
  return { ok: false, url, detail: 'HTTP 301' }
}
