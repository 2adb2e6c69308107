import { adminPasswordProblem, type AdminPasswordProblem } from '../isso/adminPassword'
import { settingProblems, type KeyType } from '../isso/config'
import { ConfigSyntaxError, parseConfig } from '../isso/configparser'

// Why Isso must not start with this isso.cfg, or null when it may. Isso reads the file
// only at start, so main checks it once per start (and restarts on every change).
export type StartupProblem =
  | { kind: 'missing' }
  | { kind: 'malformed'; line: number; detail: string }
  // A key Isso would crash on: without value (value null) or not of the form it needs.
  | { kind: 'invalid-value'; section: string; key: string; line: number; value: string | null; type: KeyType }
  | { kind: 'password'; problem: AdminPasswordProblem }

// `text` null: the file is missing (FileHelper also reads an empty file as null; Isso
// would exit on it, having no website, so the verdict is the same).
export function startupProblem(text: string | null): StartupProblem | null {
  if (text === null) return { kind: 'missing' }
  let doc
  try {
    doc = parseConfig(text)
  } catch (error) {
    if (error instanceof ConfigSyntaxError) return { kind: 'malformed', line: error.line, detail: error.message }
    throw error
  }
  // Judged as Isso's own start judges it: every key Isso reads before it serves (and the
  // few managed ones it reads on each request), after StartOS's enforced keys.
  const [bad] = settingProblems(doc)
  if (bad) {
    const { section, key, line, value, type } = bad
    return { kind: 'invalid-value', section, key, line, value, type }
  }
  // Isso would run with a public or unusable password: the moderation panel would be
  // open to anyone who knows Isso's documentation, or to nobody.
  const problem = adminPasswordProblem(doc)
  return problem ? { kind: 'password', problem } : null
}
