import { imagePaths, type ImagePaths } from '../../container/image'
import type { IssoRunner } from '../../container/runner'
import { issoSettingsText, readSettings } from '../config'
import type { ConfigDocument } from '../configparser'
import { mailIsOn } from '../server'
import { SEND_SCRIPT } from './script'

// Sends one message to `[smtp] to` with the saved settings, through Isso's own mail code
// in a container of the isso image (tests: the venv's Python and a temp file).

export type TestMailKind =
  | 'sent'
  | 'mail-off'
  | 'no-recipient'
  | 'auth'
  | 'auth-missing'
  | 'starttls-missing'
  | 'tls'
  | 'certificate'
  | 'refused'
  | 'dns'
  | 'timeout'
  | 'recipient'
  | 'sender'
  | 'disconnected'
  | 'other'
  | 'not-run'

export interface TestMailResult {
  kind: TestMailKind
  detail: string
  /** The settings used, for the message: host, port, security, to, from, timeout. */
  host: string
  port: number
  security: string
  to: string
  from: string
  timeoutSeconds: number
}

/** The image's Python and where the test's derived settings go. */
export type MailPaths = Pick<ImagePaths, 'python' | 'configFile'>

export const CONTAINER_MAIL_PATHS: MailPaths = imagePaths('test-mail')

// The whole test ends within 15 s whatever [smtp] timeout says: an owner waiting on an
// action should not wait on a mail server that never answers.
export const TEST_MAIL_TIMEOUT_MS = 15_000

const KINDS = new Set<TestMailKind>([
  'sent', 'auth', 'auth-missing', 'starttls-missing', 'tls', 'certificate', 'refused', 'dns', 'timeout',
  'recipient', 'sender', 'disconnected', 'other',
])

/** The script's JSON line, or null when it printed none (it crashed before sending). */
export function parseOutcome(stdout: string): { kind: TestMailKind; detail: string } | null {
  const line = stdout.trim().split('\n').pop() ?? ''
  try {
    const parsed = JSON.parse(line) as { kind?: unknown; detail?: unknown }
    if (typeof parsed.kind === 'string' && KINDS.has(parsed.kind as TestMailKind)) {
      return { kind: parsed.kind as TestMailKind, detail: String(parsed.detail ?? '') }
    }
  } catch {
    // not JSON: a traceback
  }
  return null
}

// Implicit TLS (465) spoken to with plain SMTP waits for a greeting that never comes:
// that timeout is a security mismatch, not a slow server.
export function refine(kind: TestMailKind, port: number, security: string): TestMailKind {
  if (kind === 'timeout' && port === 465 && security !== 'ssl') return 'tls'
  return kind
}

export async function sendTestMail(
  owner: ConfigDocument,
  message: { subject: string; body: string },
  runner: IssoRunner,
  paths: MailPaths = CONTAINER_MAIL_PATHS,
): Promise<TestMailResult> {
  const { smtp } = readSettings(owner)
  const settings = {
    host: smtp.host,
    port: smtp.port,
    security: smtp.security,
    to: smtp.to,
    from: smtp.from,
    timeoutSeconds: smtp.timeout,
  }
  if (!mailIsOn(owner)) return { kind: 'mail-off', detail: '', ...settings }
  if (!smtp.to.trim()) return { kind: 'no-recipient', detail: '', ...settings }
  await runner.writeFile(paths.configFile, issoSettingsText(owner))
  const res = await runner.exec([paths.python, '-c', SEND_SCRIPT, paths.configFile, message.subject, message.body], {}, TEST_MAIL_TIMEOUT_MS)
  const outcome = parseOutcome(res.stdout)
  if (outcome) return { ...outcome, kind: refine(outcome.kind, smtp.port, smtp.security), ...settings }
  // Killed by the 15 s bound, or Python failed before it could try.
  if (res.exitCode === null) return { kind: 'timeout', detail: '', ...settings, timeoutSeconds: TEST_MAIL_TIMEOUT_MS / 1000 }
  const lastLine = res.stderr.trim().split('\n').pop() ?? ''
  return { kind: 'not-run', detail: lastLine, ...settings }
}
