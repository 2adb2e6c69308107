import { MAX_PAGE_BYTES, MAX_REDIRECTS, USER_AGENT } from './limits'

// The owner's page, fetched with GET only, https only (tests add http:), every redirect
// followed by hand so each hop is checked and shown, the body read up to a cap.

export interface Hop {
  url: string
  status: number
}

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
  const hops: Hop[] = []
  let url = start
  const fail = (problem: PageProblem, detail = ''): PageResult => ({ ok: false, problem, url, hops, detail })
  try {
    for (;;) {
      if (!protocols.includes(new URL(url).protocol)) return fail('not-https')
      const res = await fetch(url, {
        redirect: 'manual',
        signal: options.signal,
        headers: { 'User-Agent': USER_AGENT, Accept: 'text/html,*/*;q=0.5' },
      })
      hops.push({ url, status: res.status })
      const location = res.headers.get('location')
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel()
        if (hops.length > MAX_REDIRECTS) return fail('too-many-redirects')
        url = new URL(location, url).href
        continue
      }
      if (res.status !== 200) {
        await res.body?.cancel()
        return fail('http-status', String(res.status))
      }
      const { text, truncated } = await readCapped(res, options.maxBytes ?? MAX_PAGE_BYTES)
      return { ok: true, url, hops, html: text, truncated }
    }
  } catch (e) {
    if (options.signal.aborted) return fail('timeout')
    return fail('unreachable', describeError(e))
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  if (!res.body) return { text: '', truncated: false }
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = res.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return { text: Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8'), truncated: true }
    }
  }
  return { text: Buffer.concat(chunks).toString('utf8'), truncated: false }
}

/** The innermost cause's code (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED…) or message. */
export function describeError(e: unknown): string {
  let cause: unknown = e
  while ((cause as { cause?: unknown })?.cause) cause = (cause as { cause: unknown }).cause
  const c = cause as { code?: string; message?: string }
  return c?.code ?? c?.message ?? String(e)
}
