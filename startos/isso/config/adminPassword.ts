import type { ConfigDocument } from '../configparser'

export type AdminPasswordProblem = 'missing' | 'empty' | 'default'

// Why the admin password is unusable or public, or null when it is fine. Missing means
// Isso falls back to its published default, so it is as bad as 'default'.
export function adminPasswordProblem(doc: ConfigDocument): AdminPasswordProblem | null {
  throw new Error('todo')
}
