import { checkGenericJson } from './counts'
import { downloadExport, type DownloadOptions } from './download'
import { Failure } from '../failure'
import type { ImportProblem } from './failure'
import { planFormat, type FormatChoice, type FormatPlan } from './format'
import { MAX_IMPORT_BYTES } from './limits'
import { parseImportUrl, pastedBytes } from './source'

export type ImportSource = { kind: 'url'; url: string } | { kind: 'paste'; text: string }

export interface PreparedImport {
  data: Buffer
  plan: FormatPlan
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf])

/**
 * Everything that can be checked before a container starts or the database is touched:
 * fetch or take the text, then make sure it is an export we can name.
 */
export async function prepareImport(
  source: ImportSource,
  choice: FormatChoice,
  options: DownloadOptions = {},
): Promise<PreparedImport> {
  let data = await sourceBytes(source, options)
  const plan = planFormat(data, choice)
  if (plan.format === 'generic') {
    // Upstream reads JSON as plain utf8, where a byte-order mark is a syntax error.
    if (data.subarray(0, 3).equals(BOM)) data = data.subarray(3)
    checkGenericJson(data)
  }
  return { data, plan }
}

/** The bytes of a link (decompressed) or a paste, within the size limit. */
export async function sourceBytes(source: ImportSource, options: DownloadOptions = {}): Promise<Buffer> {
  const data =
    source.kind === 'url'
      ? await downloadExport(parseImportUrl(source.url, options.protocols), options)
      : pastedBytes(source.text)
  if (data.length > (options.maxBytes ?? MAX_IMPORT_BYTES)) throw new Failure<ImportProblem>('too-large')
  return data
}
