import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
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
    throw new Failure<ImportProblem>('url-unreachable', describe(e))
  }
}

async function fetchLimited(
  start: URL,
  maxBytes: number,
  protocols: readonly string[],
  signal: AbortSignal,
): Promise<Buffer> {
  let url = start
  // Redirects are followed by hand so that each hop gets the same scheme check.
  for (let hop = 0; ; hop++) {
    const res = await fetch(url, { redirect: 'manual', signal })
    const location = res.headers.get('location')
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel()
      if (hop >= MAX_REDIRECTS) throw new Failure<ImportProblem>('url-unreachable', 'too many redirects')
      url = parseImportUrl(new URL(location, url).href, protocols)
      continue
    }
    if (!res.ok) {
      await res.body?.cancel()
      throw new Failure<ImportProblem>('url-http-status', `${res.status} ${res.statusText}`.trim())
    }
    // Content-Length is only a hint (absent, or of the encoded body); the loop below counts.
    const declared = Number(res.headers.get('content-length'))
    if (!res.headers.get('content-encoding') && declared > maxBytes) {
      await res.body?.cancel()
      throw new Failure<ImportProblem>('too-large')
    }
    return readCapped(res, maxBytes)
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = res.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new Failure<ImportProblem>('too-large')
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
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
    throw new Failure<ImportProblem>('gzip-broken', describe(e))
  }
}

function describe(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e))
}
