import { adminPasswordProblem, IssoSettingError, readSettings, type AdminPasswordProblem } from '../isso/config'
import { ConfigSyntaxError, parseConfig } from '../isso/configparser'

// Why Isso must not start with this isso.cfg, or null when it may. Isso reads the file
// only at start, so main checks it once per start (and restarts on every change).
export type StartupProblem =
  | { kind: 'missing' }
  | { kind: 'malformed'; line: number; detail: string }
  | { kind: 'invalid-value'; detail: string }
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
  try {
    readSettings(doc)
  } catch (error) {
    if (error instanceof IssoSettingError) return { kind: 'invalid-value', detail: error.message }
    throw error
  }
  // Isso would run with a public or unusable password: the moderation panel would be
  // open to anyone who knows Isso's documentation, or to nobody.
  const problem = adminPasswordProblem(doc)
  return problem ? { kind: 'password', problem } : null
}
