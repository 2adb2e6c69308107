import { i18n } from '../../i18n'
import { ConfigSyntaxError, type ConfigDocument } from '../../isso/configparser'
import { IssoCfgBusyError, IssoCfgEmptyError, IssoCfgMissingError } from './errors'
import type { IssoCfgFile } from './file'

// isso.cfg as an action reads and saves it: every reason the file cannot be used becomes
// a message the owner can act on, and in every case nothing is written.

function explained(e: unknown, file: string): unknown {
  if (e instanceof ConfigSyntaxError) {
    return new Error(
      i18n(
        '${file} could not be read, so nothing was changed. Fix the file by hand or restore a backup, then try again. ${problem}',
        { file, problem: e.message },
      ),
    )
  }
  if (e instanceof IssoCfgMissingError) {
    return new Error(
      i18n('${file} does not exist yet. Start the service once so it is created, then run this action again.', { file }),
    )
  }
  if (e instanceof IssoCfgEmptyError) {
    return new Error(
      i18n(
        '${file} is empty, so nothing was changed. If you are editing it, save it and run this action again; if it was emptied by mistake, restore a backup.',
        { file },
      ),
    )
  }
  if (e instanceof IssoCfgBusyError) {
    return new Error(
      e.reason === 'still-being-written'
        ? i18n('${file} is being changed right now (edited or uploaded), so nothing was changed. Run this action again once the file is saved.', { file })
        : i18n('${file} was changed by someone else while this action was saving, so nothing was changed. Run this action again.', { file }),
    )
  }
  return e
}

/** The parsed file for a form's prefill; null when it does not exist yet. */
export async function readForForm(file: IssoCfgFile): Promise<ConfigDocument | null> {
  try {
    return await file.parsed.read().once()
  } catch (e) {
    throw explained(e, file.label)
  }
}

/** The parsed file for an action's run, which cannot work without it. */
export async function readForRun(file: IssoCfgFile): Promise<ConfigDocument> {
  const doc = await readForForm(file)
  if (!doc) throw explained(new IssoCfgMissingError(file.path), file.label)
  return doc
}

/** `file.edit` with its errors explained to the owner; returns the document as saved. */
export async function saveForAction(file: IssoCfgFile, edit: (doc: ConfigDocument) => void): Promise<ConfigDocument> {
  try {
    return (await file.edit(edit)).doc
  } catch (e) {
    throw explained(e, file.label)
  }
}
