import { editIssoCfg, files } from '../fileModels'
import { i18n } from '../i18n'
import { ConfigSyntaxError, type ConfigDocument } from '../isso/configparser'

// isso.cfg as the websites, server and admin-password actions read and write it. A
// hand-edited file that configparser would refuse fails the action with the codec's own
// words ("isso.cfg line 12: …"), and nothing is written.

/** i18n replaces with String.replace, where `$&`, `$'`… are patterns: keep `$` literal. */
export const literal = (text: string): string => text.replaceAll('$', '$$$$')

function unreadable(e: unknown): unknown {
  if (!(e instanceof ConfigSyntaxError)) return e
  return new Error(
    i18n(
      'isso.cfg could not be read, so nothing was changed. Fix the file by hand or restore a backup, then try again. ${problem}',
      { problem: literal(e.message) },
    ),
  )
}

/** The parsed file for a form's prefill; null when it does not exist yet. */
export async function readIssoCfgForForm(): Promise<ConfigDocument | null> {
  try {
    return await files.issoCfg.read().once()
  } catch (e) {
    throw unreadable(e)
  }
}

/** editIssoCfg with the malformed-file error translated. */
export async function saveIssoCfg(edit: (doc: ConfigDocument) => void): Promise<void> {
  try {
    await editIssoCfg(edit)
  } catch (e) {
    throw unreadable(e)
  }
}
