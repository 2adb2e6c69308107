import { editIssoCfg, files, IssoCfgMissingError } from '../fileModels'
import { i18n } from '../i18n'
import { ConfigSyntaxError, type ConfigDocument } from '../isso/configparser'

// isso.cfg as every action reads and writes it. A hand-edited file that configparser
// would refuse fails the action with the codec's own words ("isso.cfg line 12: …"), a
// missing one says how it comes to exist, and in both cases nothing is written.

/** i18n replaces with String.replace, where `$&`, `$'`… are patterns: keep `$` literal. */
export const literal = (text: string): string => text.replaceAll('$', '$$$$')

function explained(e: unknown): unknown {
  if (e instanceof ConfigSyntaxError) {
    return new Error(
      i18n(
        'isso.cfg could not be read, so nothing was changed. Fix the file by hand or restore a backup, then try again. ${problem}',
        { problem: literal(e.message) },
      ),
    )
  }
  if (e instanceof IssoCfgMissingError) {
    return new Error(
      i18n('isso.cfg does not exist yet. Start the service once so it is created, then run this action again.'),
    )
  }
  return e
}

/** The parsed file for a form's prefill; null when it does not exist yet. */
export async function readIssoCfgForForm(): Promise<ConfigDocument | null> {
  try {
    return await files.issoCfg.read().once()
  } catch (e) {
    throw explained(e)
  }
}

/** The parsed file for an action's run, which cannot work without it. */
export async function readIssoCfg(): Promise<ConfigDocument> {
  const doc = await readIssoCfgForForm()
  if (!doc) throw explained(new IssoCfgMissingError())
  return doc
}

/** editIssoCfg with its errors explained to the user; returns the document as saved. */
export async function saveIssoCfg(edit: (doc: ConfigDocument) => void): Promise<ConfigDocument> {
  try {
    return (await editIssoCfg(edit)).doc
  } catch (e) {
    throw explained(e)
  }
}
