// A GET of someone else's server that cannot run away: every redirect followed by hand
// (so each hop is checked against the caller's rule and can be shown), one deadline for
// every request, the body read up to a byte cap. The import's download and the website
// check's page fetch both use it; each decides what a status, a refused hop or a body
// over the cap means for its owner.

export interface Hop {
  url: string
  status: number
}

export interface CappedFetchOptions {
  /** One deadline for every hop and the body. */
  signal: AbortSignal
  /** Redirects followed before giving up. */
  maxRedirects: number
  headers?: Record<string, string>
  /** Whether a link (the first one and every redirect's) may be fetched; it may also throw the caller's own error. */
  allowed: (url: URL) => boolean
}

export type Followed =
  /** The first answer that is not a redirect; its body is not read yet. */
  | { ok: true; url: string; hops: Hop[]; response: Response }
  /** `url` is the link refused, the redirect that was one too many, or the one that failed. */
  | { ok: false; problem: 'refused' | 'too-many-redirects'; url: string; hops: Hop[] }
  /** A network error, the deadline, or what `allowed` threw; the hops so far are kept. */
  | { ok: false; problem: 'error'; error: unknown; url: string; hops: Hop[] }

/** Fetches `start`, following redirects while `allowed` says so. */
export async function fetchFollowing(start: string, options: CappedFetchOptions): Promise<Followed> {
  const hops: Hop[] = []
  let url = start
  try {
    for (;;) {
      if (!options.allowed(new URL(url))) return { ok: false, problem: 'refused', url, hops }
      const response = await fetch(url, { redirect: 'manual', signal: options.signal, headers: options.headers })
      hops.push({ url, status: response.status })
      const location = response.headers.get('location')
      if (response.status < 300 || response.status >= 400 || !location) return { ok: true, url, hops, response }
      await response.body?.cancel()
      if (hops.length > options.maxRedirects) return { ok: false, problem: 'too-many-redirects', url, hops }
      url = new URL(location, url).href
    }
  } catch (error) {
    return { ok: false, problem: 'error', error, url, hops }
  }
}

/** The body up to `maxBytes`; `truncated` when there was more (it is not read further). */
export async function readCapped(response: Response, maxBytes: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  if (!response.body) return { bytes: Buffer.alloc(0), truncated: false }
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return { bytes: Buffer.concat(chunks).subarray(0, maxBytes), truncated: true }
    }
  }
  return { bytes: Buffer.concat(chunks), truncated: false }
}

/** The innermost cause's code (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED…) or message. */
export function describeError(e: unknown): string {
  let cause: unknown = e
  while ((cause as { cause?: unknown })?.cause) cause = (cause as { cause: unknown }).cause
  const c = cause as { code?: string; message?: string }
  return c?.code ?? c?.message ?? String(e)
}
