import { describeError } from '../cappedFetch'
import { USER_AGENT } from './limits'

// Asks the running Isso what a browser on `origin` would be told: a GET of /config (the
// client's first request) with that Origin. Isso answers every request with
// Access-Control-Allow-Origin set to the matching Websites entry, or to the first entry
// when none matches (isso/wsgi.py, origin(): `return urljoin(*hosts[0])`), and the
// browser then refuses the answer.

export type IssoAnswer = { ok: true; allowOrigin: string | null } | { ok: false; detail: string }

/** `issoBase` is the site's root on Isso's own port, e.g. http://localhost:8080 or …/<name>. */
export async function askIsso(issoBase: string, origin: string, signal: AbortSignal): Promise<IssoAnswer> {
  try {
    const res = await fetch(`${issoBase.replace(/\/+$/, '')}/config`, {
      signal,
      headers: { Origin: origin, 'User-Agent': USER_AGENT },
    })
    await res.body?.cancel()
    if (res.status !== 200) return { ok: false, detail: `HTTP ${res.status}` }
    return { ok: true, allowOrigin: res.headers.get('access-control-allow-origin') }
  } catch (e) {
    return { ok: false, detail: signal.aborted ? 'timeout' : describeError(e) }
  }
}
