import type { AdminPasswordProblem } from '../isso/adminPassword'
import { fixingAction, issoOriginStarts, splitLines, type FixingAction, type KeyType } from '../isso/config'
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
 * Why a blog's file keeps it from being served: the first blog's (`site` null:
 * config/isso.cfg) or an extra one's (config/<site>.cfg). `several`: other blogs exist,
 * and main serves those whose files are fine, so the lead names this blog; with the first
 * blog alone, nothing starts.
 */
export function describeStartupProblem(problem: StartupProblem, site: string | null = null, several = site !== null): string {
  const reason = describeFileProblem(problem, site)
  if (site !== null) return i18n('Blog ${site} is not served: ${reason}', { site, reason })
  return several ? i18n('The first blog (at /) is not served: ${reason}', { reason }) : i18n('Isso will not start: ${reason}', { reason })
}

function describeFileProblem(problem: StartupProblem, site: string | null): string {
  const file = site === null ? 'config/isso.cfg' : `config/${site}.cfg`
  switch (problem.kind) {
    case 'missing':
      // Only the first blog's file is created again, by init at the next server start.
      return site === null
        ? i18n('config/isso.cfg is missing or empty. If it was deleted, StartOS creates a new one the next time the server starts (restarting only the service is not enough); comments are kept, but you set the admin password and your settings again. If it was emptied, save your text again or restore a backup: StartOS never writes over it.')
        : i18n('${file} is missing or empty. If it was emptied, save your text again; otherwise restore a backup, or remove the blog with "Remove Blog" (its comments are kept).', { file })
    case 'malformed':
      // Every action refuses a file it cannot read (fileModels/issoCfg/forActions.ts).
      return i18n('${file} cannot be read (${detail}). No action changes a file it cannot read: fix the file by hand or restore a backup; StartOS does not overwrite it.', { file, detail: problem.detail })
    case 'invalid-value': {
      const { section, key, line } = problem
      const value = shownValue(problem.value, problem.type)
      const accepted = describeAccepted(problem.type)
      const fix = describeFix(fixingAction(section, key))
      return value === null
        ? i18n('in ${file}, line ${line}, [${section}] ${key} has no value; Isso needs ${accepted}. ${fix}', { file, line: String(line), section, key, accepted, fix })
        : i18n('in ${file}, line ${line}, [${section}] ${key} = ${value} is not accepted by Isso; use ${accepted}. ${fix}', { file, line: String(line), section, key, value, accepted, fix })
    }
    case 'password':
      return describePasswordProblem(problem.problem)
  }
}

// A message is one paragraph: a website list shows only the entries Isso refuses, on one
// line (not the hidden placeholder StartOS adds, nor the entries that are fine).
function shownValue(value: string | null, type: KeyType): string | null {
  if (value === null || type !== 'origins') return value
  return splitLines(value).filter((origin) => !issoOriginStarts(origin)).join(', ')
}

// The action that writes a valid value over the line comes first; editing by hand is
// always possible too.
function describeFix(action: FixingAction | null): string {
  switch (action) {
    case 'server':
      return i18n("Saving the Server action's form for this blog writes a valid value over it; you can also correct the line by hand.")
    case 'email':
      return i18n("Saving the Email Notifications action's form for this blog writes a valid value over it, or removes it with e-mail off; you can also correct the line by hand.")
    case 'email-on':
      return i18n("Saving the Email Notifications action's form for this blog with e-mail on writes a valid value over it; you can also correct the line by hand.")
    case 'websites':
      return i18n('Correct or remove the entry with the Websites action for this blog; you can also correct the line by hand.')
    case null:
      return i18n('No action writes this key: correct the line by hand or restore a backup.')
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
