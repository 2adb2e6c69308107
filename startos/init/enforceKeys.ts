import { access } from 'node:fs/promises'
import { editIssoCfg, files } from '../fileModels'
import { ConfigSyntaxError } from '../isso/configparser'
import { sdk } from '../sdk'
import { issoCfgText } from './issoCfgText'

export type EnforceOutcome = 'changed' | 'unchanged' | 'missing' | 'malformed'

// A hand edit can undo what StartOS relies on ([general] dbpath on the backed-up volume,
// [admin] enabled, the localhost entry that keeps `host` non-empty). editIssoCfg
// re-applies exactly those keys and writes only when the text changes, so an intact
// file is not even rewritten (no needless restart of Isso).
export async function enforceKeysOnDisk(): Promise<EnforceOutcome> {
  if (!(await access(files.issoCfg.path).then(() => true, () => false))) return 'missing'
  try {
    const { changed } = await editIssoCfg(() => {})
    return changed ? 'changed' : 'unchanged'
  } catch (error) {
    // Rewriting a file we cannot parse would destroy the user's text. Leave it; main
    // refuses to start and says which line is wrong.
    if (error instanceof ConfigSyntaxError) {
      console.error(`isso.cfg left untouched: ${error.message}`)
      return 'malformed'
    }
    throw error
  }
}

// Watching isso.cfg (`.const`) re-runs this whenever the file changes, not only at
// start: a hand edit that points dbpath away from the backed-up volume while Isso runs
// is undone before the restart it causes could use it for long. Our own rewrite
// triggers one more run, which finds nothing to change.
export const enforceKeys = sdk.setupOnInit(async (effects) => {
  await issoCfgText().read().const(effects)
  const outcome = await enforceKeysOnDisk()
  if (outcome === 'changed') {
    console.info('isso.cfg: re-applied the keys StartOS manages (dbpath, admin enabled, host placeholder)')
  }
})
