import { adminPasswordProblem, type AdminPasswordProblem } from './problem'
import { ConfigSyntaxError, parseConfig } from '../configparser'

// What the "Set Admin Password" task should be for this isso.cfg text.
// - create: the password is missing, empty or the published default;
// - clear: the password is fine (the user ran the action, restored a backup, or
//   set one by hand);
// - keep: we cannot tell (no file, or a file Isso could not parse either). The action
//   could not repair that, so a task would only mislead; main names the real problem.
export type PasswordTask =
  | { action: 'create'; problem: AdminPasswordProblem }
  | { action: 'clear' }
  | { action: 'keep'; why: 'missing-file' | 'malformed' }

export function passwordTask(text: string | null): PasswordTask {
  if (text === null) return { action: 'keep', why: 'missing-file' }
  try {
    const problem = adminPasswordProblem(parseConfig(text))
    return problem ? { action: 'create', problem } : { action: 'clear' }
  } catch (error) {
    if (error instanceof ConfigSyntaxError) return { action: 'keep', why: 'malformed' }
    throw error
  }
}
