import type { EditOutcome } from '../fileModels'
import type { ConfigDocument } from '../isso/configparser'
import type { Volume } from '../sites'

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
// Running this twice changes nothing the second time. A missing, empty, malformed or
// busy file is left as it is: failing the update would not repair it, and main names
// the problem.
export function upgradeCommunityInstall(volume: Volume, salt: string): Promise<EditOutcome> {
  return volume.site(null).issoCfg.editIfPresent((doc) => void addSaltIfMissing(doc, salt))
}
