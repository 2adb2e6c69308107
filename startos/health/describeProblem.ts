import type { AdminPasswordProblem } from '../isso/config'
import { i18n } from '../i18n'
import type { StartupProblem } from './startupProblem'

// What is wrong with the admin password, in words a user acts on. Shared by the
// critical task's reason and main's refusal to start.
export function describePasswordProblem(problem: AdminPasswordProblem): string {
  switch (problem) {
    case 'missing':
      return i18n('No admin password is set, so Isso would accept its published default password. Run "Set Admin Password".')
    case 'empty':
      return i18n('The admin password is empty, so nobody can log in to the moderation panel. Run "Set Admin Password".')
    case 'default':
      return i18n('The admin password is Isso\'s published default, which anyone can look up. Run "Set Admin Password".')
  }
}

export function describeStartupProblem(problem: StartupProblem): string {
  switch (problem.kind) {
    case 'missing':
      return i18n('Isso will not start: config/isso.cfg is missing or empty. Restore a backup, or restart the server so StartOS creates a new one (comments are kept).')
    case 'malformed':
      return i18n(
        'Isso will not start: config/isso.cfg cannot be read (${detail}). Fix the file by hand or restore a backup; StartOS does not overwrite it.',
        { detail: problem.detail },
      )
    case 'invalid-value':
      return i18n('Isso will not start: config/isso.cfg has a value Isso cannot use (${detail}).', {
        detail: problem.detail,
      })
    case 'password':
      return i18n('Isso will not start: ${reason}', { reason: describePasswordProblem(problem.problem) })
  }
}
