// Isso's e-mail settings: `[smtp]` and `[general] notify` in isso.cfg. Pure, no SDK.
//
// Who calls what:
// - the configure-smtp action resolves the user's choice (resolveCustomSmtp or
//   resolveSystemSmtp) and passes it to applySmtp while it edits isso.cfg;
// - the system-SMTP watcher in init, while store.json says 'system', calls
//   `applySmtp(doc, resolveSystemSmtp(await sdk.getSystemSmtp(effects).const(), customFrom))`
//   (recipient omitted, so the user's `[smtp] to` stays) whenever the server's SMTP changes.
// applySmtp validates everything before it edits anything and throws SmtpFieldError,
// which names the form field and the problem, so the caller can translate it.
import type { ConfigDocument } from '../configparser'
import { findEnvExpansion, setInteger, setText, splitCommas } from '../config'
import { formatMailbox, isEmailAddress, parseMailbox } from './mailbox'

export type IssoSecurity = 'ssl' | 'starttls' | 'none'

/** Everything Isso needs to send mail, already in Isso's terms. */
export interface ResolvedSmtp {
  host: string
  port: number
  security: IssoSecurity
  username: string
  /** Empty when the server needs no login (Isso logs in only with both set). */
  password: string
  /** `Name <address>` or a bare address; applySmtp adds a display name if missing. */
  from: string
}

/** The server's SMTP settings (T.SmtpValue from the SDK, restated to keep isso/ SDK-free). */
export interface SystemSmtp {
  host: string
  port: number
  from: string
  username: string
  password?: string | null
  security: 'tls' | 'starttls'
}

/** The 'custom' variant of the SDK's smtpInputSpec, as stored by smtpShape. */
export interface CustomSmtpSelection {
  provider: {
    selection: string
    value: {
      host: string
      from: string
      username: string
      password?: string | null
      security: { selection: 'tls' | 'starttls'; value: { port: string } }
    }
  }
}

export type SmtpField = 'host' | 'port' | 'security' | 'username' | 'password' | 'from' | 'to'

export type SmtpProblem =
  | 'required'
  | 'env-expansion'
  | 'control-character'
  | 'surrounding-space'
  | 'invalid-email'
  | 'invalid-port'
  | 'invalid-host'
  | 'no-system-smtp'

/** A value Isso would not use as given. `token` is the `$NAME` for 'env-expansion'. */
export class SmtpFieldError extends Error {
  constructor(
    readonly field: SmtpField,
    readonly problem: SmtpProblem,
    readonly token: string | null = null,
  ) {
    super(`SMTP ${field}: ${problem}${token ? ` (${token})` : ''}`)
    this.name = 'SmtpFieldError'
  }
}

// SDK security names → Isso's: 'ssl' is smtplib.SMTP_SSL (implicit TLS, port 465).
export function issoSecurity(security: 'tls' | 'starttls'): IssoSecurity {
  return security === 'tls' ? 'ssl' : 'starttls'
}

export function parsePort(text: string | number): number {
  const port = typeof text === 'number' ? text : /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : NaN
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new SmtpFieldError('port', 'invalid-port')
  return port
}

export function resolveCustomSmtp(custom: CustomSmtpSelection): ResolvedSmtp {
  const v = custom.provider.value
  return {
    host: v.host,
    port: parsePort(v.security.value.port),
    security: issoSecurity(v.security.selection),
    username: v.username,
    password: v.password ?? '',
    from: v.from,
  }
}

/** `system` is null when the server has no SMTP configured: that is an error here. */
export function resolveSystemSmtp(system: SystemSmtp | null, customFrom?: string | null): ResolvedSmtp {
  if (!system) throw new SmtpFieldError('host', 'no-system-smtp')
  return {
    host: system.host,
    port: parsePort(system.port),
    security: issoSecurity(system.security),
    username: system.username,
    password: system.password ?? '',
    from: customFrom?.trim() ? customFrom : system.from,
  }
}

// configparser strips values and ends them at a newline; NUL would cut the file short.
function checkText(field: SmtpField, value: string): void {
  if (/[\r\n\0]/.test(value)) throw new SmtpFieldError(field, 'control-character')
  if (value !== value.trim()) throw new SmtpFieldError(field, 'surrounding-space')
  const token = findEnvExpansion(value)
  if (token) throw new SmtpFieldError(field, 'env-expansion', token)
}

// A DNS name, IPv4 or bare IPv6 literal: what smtplib connects to.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/

/** Validated and normalised: host and from trimmed, from carrying a display name. */
export function checkSmtp(smtp: ResolvedSmtp): ResolvedSmtp {
  const host = smtp.host.trim()
  if (!host) throw new SmtpFieldError('host', 'required')
  checkText('host', host)
  if (!HOST.test(host)) throw new SmtpFieldError('host', 'invalid-host')
  const port = parsePort(smtp.port)
  checkText('username', smtp.username)
  checkText('password', smtp.password)
  const fromText = smtp.from.trim()
  if (!fromText) throw new SmtpFieldError('from', 'required')
  checkText('from', fromText)
  const mailbox = parseMailbox(fromText)
  if (!mailbox) throw new SmtpFieldError('from', 'invalid-email')
  const from = formatMailbox(mailbox.name || 'Isso', mailbox.address)
  return { ...smtp, host, port, from }
}

export function checkRecipient(to: string): string {
  const address = to.trim()
  if (!address) throw new SmtpFieldError('to', 'required')
  checkText('to', address)
  if (!isEmailAddress(address)) throw new SmtpFieldError('to', 'invalid-email')
  return address
}

// `[general] notify` is a comma list; keep whatever else the user listed there.
function notifyWith(current: string | null, smtp: boolean): string | null {
  const items = current === null ? [] : splitCommas(current).filter(i => i !== '')
  const isSmtp = (i: string) => i.toLowerCase() === 'smtp'
  if (smtp) return items.some(isSmtp) ? null : 'smtp'
  if (!items.some(isSmtp)) return current === null || items.length > 0 ? null : 'stdout'
  const rest = items.filter(i => !isSmtp(i))
  return rest.length ? rest.join(', ') : 'stdout'
}

// Connection keys this package writes; `to` and `timeout` are not among them.
const CONNECTION_KEYS = ['host', 'port', 'security', 'username', 'password', 'from'] as const

/**
 * The one edit of `[smtp]` and `[general] notify`. `smtp` null turns mail off:
 * notify falls back to stdout and the connection keys, the password among them, are
 * removed rather than left behind for nobody. `to` undefined leaves `[smtp] to` as it is
 * (the watcher's case); a string must be an address (required while mail is on).
 * Throws SmtpFieldError before touching `doc`; the codec's ConfigValueError for a
 * character isso.cfg cannot hold may come mid-edit, so edit a clone (the actions' isso.cfg
 * edit does).
 */
export function applySmtp(doc: ConfigDocument, smtp: ResolvedSmtp | null, to?: string | null): void {
  const checked = smtp && checkSmtp(smtp)
  // Moderation mail needs a recipient while mail is on; while off, an empty one is fine.
  const wanted = to === undefined ? null : (to ?? '').trim()
  const toValue = wanted !== null && (wanted || checked) ? checkRecipient(wanted) : null
  const notify = notifyWith(doc.get('general', 'notify') ?? null, checked !== null)

  if (checked) {
    setText(doc, 'smtp', 'host', checked.host)
    setInteger(doc, 'smtp', 'port', checked.port)
    setText(doc, 'smtp', 'security', checked.security)
    for (const key of ['username', 'password'] as const) {
      // Empty is Isso's default, and Isso logs in only when both are set: drop the key.
      if (checked[key]) setText(doc, 'smtp', key, checked[key])
      else doc.delete('smtp', key)
    }
    setText(doc, 'smtp', 'from', checked.from)
  } else {
    for (const key of CONNECTION_KEYS) doc.delete('smtp', key)
  }
  if (toValue) setText(doc, 'smtp', 'to', toValue)
  if (notify !== null) setText(doc, 'general', 'notify', notify)
}
