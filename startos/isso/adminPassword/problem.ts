import type { ConfigDocument } from '../configparser'
import { PUBLISHED_DEFAULT_ADMIN_PASSWORD } from '../config/keys'
import { ownValue } from '../config/own'

export type AdminPasswordProblem = 'missing' | 'empty' | 'default'

// Why the admin password is unusable or public, or null when it is fine. 'missing'
// means Isso falls back to its published default; a key without a value (or an empty
// one) locks everyone out, so it is 'empty'.
export function adminPasswordProblem(doc: ConfigDocument): AdminPasswordProblem | null {
  const password = ownValue(doc, 'admin', 'password')
  if (password === undefined) return 'missing'
  if (password === null || password === '') return 'empty'
  if (password === PUBLISHED_DEFAULT_ADMIN_PASSWORD) return 'default'
  return null
}
