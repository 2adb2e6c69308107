import { countInFile, type Counts } from './counts'
import { downloadExport, type DownloadOptions } from './download'
import { ImportFailure } from './failure'
import { planFormat, type FormatChoice, type FormatPlan } from './format'
import { MAX_IMPORT_BYTES } from './limits'
import { parseImportUrl, pastedBytes } from './source'

export type ImportSource = { kind: 'url'; url: string } | { kind: 'paste'; text: string }

export interface PreparedImport {
  data: Buffer
  plan: FormatPlan
  fileCounts: Counts
}

/**
 * Everything that can be checked before a container starts or the database is touched:
 * fetch or take the text, then make sure it is an export we can name.
 */
export async function prepareImport(
  source: ImportSource,
  choice: FormatChoice,
  options: DownloadOptions = {},
): Promise<PreparedImport> {
  const data =
    source.kind === 'url'
      ? await downloadExport(parseImportUrl(source.url, options.protocols), options)
      : pastedBytes(source.text)
  if (data.length > (options.maxBytes ?? MAX_IMPORT_BYTES)) throw new ImportFailure('too-large')
  const plan = planFormat(data, choice)
  return { data, plan, fileCounts: countInFile(data, plan.format) }
}
