import { i18n } from '../i18n'
import { files } from '../fileModels'
import { ConfigSyntaxError, type ConfigDocument } from '../isso/configparser'

/**
 * isso.cfg for an action that needs it, or an error the user can act on: a malformed
 * file names its line (Isso would not start with it either), a missing one says how it
 * comes to exist. Read before editing so a refusal happens before anything is written.
 */
export async function readIssoCfg(): Promise<ConfigDocument> {
  let doc: ConfigDocument | null
  try {
    doc = await files.issoCfg.read().once()
  } catch (e) {
    if (e instanceof ConfigSyntaxError) {
      throw new Error(
        i18n(
          'isso.cfg cannot be read: line ${line} is not valid configparser syntax, so Isso would not start either. Fix that line by hand, then run this action again. Nothing was changed.',
          { line: String(e.line) },
        ),
      )
    }
    throw e
  }
  if (!doc) {
    throw new Error(
      i18n('isso.cfg does not exist yet. Start the service once so it is created, then run this action again.'),
    )
  }
  return doc
}
