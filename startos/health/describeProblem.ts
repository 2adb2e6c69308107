import type { AdminPasswordProblem } from '../isso/adminPassword'
import type { KeyType } from '../isso/config'
import { i18n } from '../i18n'
import type { StartupProblem } from './startupProblem'

// The critical task's reason, shown on the Set Admin Password task: what is wrong and
// what happens meanwhile. The package never runs Isso with such a password (main refuses
// and the critical task keeps the service from starting), so nothing is "accepted".
export function passwordTaskReason(problem: AdminPasswordProblem): string {
  switch (problem) {
    case 'missing':
      return i18n('No admin password is set yet: Isso stays stopped until this action sets one.')
    case 'empty':
      return i18n('The admin password is empty: Isso stays stopped until this action sets a new one.')
    case 'default':
      return i18n("The admin password is Isso's published default, which anyone can look up: Isso stays stopped until this action sets a new one.")
  }
}

// What is wrong with the admin password, in words a user acts on: main's refusal to
// start says it after "Isso will not start:".
export function describePasswordProblem(problem: AdminPasswordProblem): string {
  switch (problem) {
    case 'missing':
      return i18n('No admin password is set yet. Run "Set Admin Password".')
    case 'empty':
      return i18n('The admin password is empty, so nobody can log in to the moderation panel. Run "Set Admin Password".')
    case 'default':
      return i18n('The admin password is Isso\'s published default, which anyone can look up. Run "Set Admin Password".')
  }
}

/**
 * Why Isso will not start, for the first site (`site` null: config/isso.cfg) or an extra
 * one (named first, with its own file).
 */
export function describeStartupProblem(problem: StartupProblem, site: string | null = null): string {
  if (site === null) return describeFileProblem(problem, 'config/isso.cfg')
  const file = `config/${site}.cfg`
  // Only the first site's file is created again at start; an extra site's is not.
  if (problem.kind === 'missing') {
    return i18n('Blog ${site}: ${file} is missing or empty. Restore a backup, or remove the blog with "Remove Blog" (its comments are kept).', { site, file })
  }
  return i18n('Blog ${site}: ${reason}', { site, reason: describeFileProblem(problem, file) })
}

function describeFileProblem(problem: StartupProblem, file: string): string {
  switch (problem.kind) {
    case 'missing':
      return i18n('Isso will not start: config/isso.cfg is missing or empty. If it was deleted, StartOS creates a new one the next time the server starts (restarting only the service is not enough); comments are kept, but you set the admin password and your settings again. If it was emptied, save your text again or restore a backup: StartOS never writes over it.')
    case 'malformed':
      return i18n(
        'Isso will not start: ${file} cannot be read (${detail}). Fix the file by hand or restore a backup; StartOS does not overwrite it.',
        { file, detail: problem.detail },
      )
    case 'invalid-value': {
      const { section, key, line, value } = problem
      const accepted = describeAccepted(problem.type)
      return value === null
        ? i18n('Isso will not start: in ${file}, line ${line}, [${section}] ${key} has no value; Isso needs ${accepted}. Fix the line by hand or restore a backup.', { file, line: String(line), section, key, accepted })
        : i18n('Isso will not start: in ${file}, line ${line}, [${section}] ${key} = ${value} is not accepted by Isso; use ${accepted}. Fix the line by hand or restore a backup.', { file, line: String(line), section, key, value, accepted })
    }
    case 'password':
      return i18n('Isso will not start: ${reason}', { reason: describePasswordProblem(problem.problem) })
  }
}

// What Isso accepts for a key of this type, in the user's language.
function describeAccepted(type: KeyType): string {
  switch (type) {
    case 'bool':
      return i18n('true or false (yes/no, on/off and 1/0 also work)')
    case 'duration':
      return i18n('a duration such as 15m, 1h30m, 30d or 2w (units w, d, h, m, s in that order, no years) or a number of seconds')
    case 'int':
      return i18n('a whole number')
    case 'timeout':
      return i18n('a number of seconds greater than 0')
    case 'string':
    case 'list':
    case 'commaList':
      return i18n('a value (it may be empty: "key =")')
    case 'hostname':
      return i18n('a host name such as smtp.example.com')
    case 'origins':
      return i18n('one website address per line, such as https://blog.example.com')
    case 'renderer':
      return 'mistune'
    case 'hashAlgorithm':
      return i18n('pbkdf2, none or a hash name such as sha256')
    case 'mistunePlugins':
      return i18n('a comma-separated list of mistune plugins such as strikethrough, table')
  }
}
