import { i18n } from '../i18n'
import { ConfigValueError } from '../isso/configparser'
import type { SmtpField, SmtpFieldError } from '../isso/smtp'

// Form field names as the user sees them in the SMTP form.
const FIELD_NAMES: Record<SmtpField, () => string> = {
  host: () => i18n('Host'),
  port: () => i18n('Port'),
  security: () => i18n('Connection Security'),
  username: () => i18n('Username'),
  password: () => i18n('Password'),
  from: () => i18n('From Address'),
  to: () => i18n('Moderation recipient'),
}

function isSmtpField(key: string): key is SmtpField {
  return key in FIELD_NAMES
}

/** A refusal from applySmtp (or the codec below it) as a message naming the field. */
export function smtpFailure(e: SmtpFieldError | ConfigValueError): Error {
  if (e instanceof ConfigValueError) {
    const field = isSmtpField(e.key) ? FIELD_NAMES[e.key]() : `[${e.section}] ${e.key}`
    return new Error(i18n('${field} cannot be written to isso.cfg: ${reason}', { field, reason: e.reason }))
  }
  const field = FIELD_NAMES[e.field]()
  switch (e.problem) {
    case 'required':
      return new Error(i18n('${field} is empty. Fill it in.', { field }))
    case 'env-expansion':
      return new Error(
        i18n(
          '${field} contains a $ followed by a name or by braces. Isso 0.14 replaces $NAME and ${NAME} with the value of a variable of that name whenever one is set in its environment, so this text might not be used as typed. Choose one without a $ directly before a letter, digit, _ or {.',
          { field },
        ),
      )
    case 'control-character':
      return new Error(
        i18n('${field} contains a line break or a NUL character, which isso.cfg cannot hold. Remove it.', { field }),
      )
    case 'surrounding-space':
      return new Error(
        i18n('${field} starts or ends with a space, which Isso would drop. Remove the space, or choose a value without one.', {
          field,
        }),
      )
    case 'invalid-email':
      return new Error(
        i18n(
          '${field} is not an email address. Use the form name@example.com (optionally as Name <name@example.com> for the From Address).',
          { field },
        ),
      )
    case 'invalid-port':
      return new Error(i18n('${field} must be a whole number from 1 to 65535.', { field }))
    case 'invalid-host':
      return new Error(i18n('${field} must be a server name such as smtp.example.com, or an IP address.', { field }))
    case 'no-system-smtp':
      return new Error(
        i18n(
          'Your StartOS server has no email (SMTP) settings. Set them up in the StartOS system settings, or choose Custom Credentials here.',
        ),
      )
  }
}
