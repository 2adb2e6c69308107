import { access } from 'node:fs/promises'
import { editIssoCfg, files } from '../fileModels'
import type { ConfigDocument } from '../isso/configparser'
import { ConfigSyntaxError } from '../isso/configparser'

// The community `isso` package (0.14.0:0 to 0.14.0:4, same id and volume layout) wrote
// no [hash] salt, so Isso hashed with upstream's published default. Those hashes are
// public (the API returns one per comment, from the commenter's e-mail or /24 network)
// and anyone can test guesses against them. Nothing stored depends on the salt: only
// the identicons drawn from the hashes change, once. So a salt is added, never replaced.
export function addSaltIfMissing(doc: ConfigDocument, salt: string): boolean {
  if (doc.hasSection('hash') && doc.get('hash', 'salt') !== undefined) return false
  if (!doc.hasSection('hash')) doc.addSection('hash')
  doc.set('hash', 'salt', salt)
  return true
}

// Everything else of the old file stays: websites (the bare `localhost` placeholder is
// recognised as ours), [smtp], the password, moderation and guard choices, hand edits.
// editIssoCfg re-applies the enforced keys on the way and writes only on a change, so
// running this twice changes nothing the second time.
export type UpgradeOutcome = 'changed' | 'unchanged' | 'missing' | 'malformed'

export async function upgradeCommunityInstall(salt: string): Promise<UpgradeOutcome> {
  if (!(await access(files.issoCfg.path).then(() => true, () => false))) return 'missing'
  try {
    const { changed } = await editIssoCfg((doc) => void addSaltIfMissing(doc, salt))
    return changed ? 'changed' : 'unchanged'
  } catch (error) {
    // Failing the update would not repair the file; main names the broken line.
    if (error instanceof ConfigSyntaxError) {
      console.error(`isso.cfg not migrated: ${error.message}`)
      return 'malformed'
    }
    throw error
  }
}
