import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { describeError, fetchFollowing, readCapped } from '../cappedFetch'
import { Failure } from '../failure'
import type { ImportProblem } from './failure'
import { DOWNLOAD_TIMEOUT_MS, MAX_IMPORT_BYTES, MAX_REDIRECTS } from './limits'
import { parseImportUrl } from './source'

const gunzipAsync = promisify(gunzip)

export interface DownloadOptions {
  maxBytes?: number
  timeoutMs?: number
  /** Schemes allowed for the link and every redirect; tests add 'http:'. */
  protocols?: readonly string[]
}

/**
 * Fetches an export and returns its bytes, decompressed. The size limit holds for what
 * ends up in memory: fetch undoes Content-Encoding as it streams, and a `.gz` file is
 * recognised by its magic bytes (servers label it inconsistently) and inflated with an
 * output cap, so a small gzip bomb stops at the limit instead of filling memory.
 */
export async function downloadExport(url: URL, options: DownloadOptions = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES
  const protocols = options.protocols ?? ['https:']
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS)
  try {
    const raw = await fetchLimited(url, maxBytes, protocols, timeout)
    return isGzip(raw) ? await inflate(raw, maxBytes) : raw
  } catch (e) {
    if (e instanceof Failure) throw e
    if (timeout.aborted) throw new Failure<ImportProblem>('url-timeout')
    throw new Failure<ImportProblem>('url-unreachable', describeError(e))
  }
}

async function fetchLimited(url: URL, maxBytes: number, protocols: readonly string[], signal: AbortSignal): Promise<Buffer> {
  const followed = await fetchFollowing(url.href, {
    signal,
    maxRedirects: MAX_REDIRECTS,
    // Every hop gets the link's own check (https only): it throws the Failure that says why.
    allowed: (hop) => (parseImportUrl(hop.href, protocols), true),
  })
  if (!followed.ok && followed.problem === 'error') throw followed.error
  if (!followed.ok) throw new Failure<ImportProblem>('url-unreachable', 'too many redirects')
  const res = followed.response
  if (!res.ok) {
    await res.body?.cancel()
    throw new Failure<ImportProblem>('url-http-status', `${res.status} ${res.statusText}`.trim())
  }
  // Content-Length is only a hint (absent, or of the encoded body); readCapped counts.
  const declared = Number(res.headers.get('content-length'))
  if (!res.headers.get('content-encoding') && declared > maxBytes) {
    await res.body?.cancel()
    throw new Failure<ImportProblem>('too-large')
  }
  const { bytes, truncated } = await readCapped(res, maxBytes)
  if (truncated) throw new Failure<ImportProblem>('too-large')
  return bytes
}

export function isGzip(data: Uint8Array): boolean {
  return data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b
}

async function inflate(data: Buffer, maxBytes: number): Promise<Buffer> {
  try {
    // maxOutputLength makes zlib stop (RangeError) once the output passes the limit.
    return await gunzipAsync(data, { maxOutputLength: maxBytes })
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new Failure<ImportProblem>('too-large')
    }
    throw new Failure<ImportProblem>('gzip-broken', describeError(e))
  }
}
