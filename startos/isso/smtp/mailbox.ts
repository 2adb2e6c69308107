// `[smtp] from` as Isso reads it. isso/config.py load() checks it with Python's
// email.utils.parseaddr and, when the display name comes back empty, replaces the whole
// value with formataddr(('Ich schrei sonst!', from)). So we always write a display name,
// formatted the way formataddr would, which parseaddr reads back unchanged.

export interface Mailbox {
  name: string
  address: string
}

// Deliberately plainer than RFC 5322: what mail providers hand out and what the SDK's
// email pattern accepts, with a dotted domain.
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?'
const EMAIL = new RegExp(`^[A-Za-z0-9._%+-]+@${LABEL}(?:\\.${LABEL})+$`)

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text)
}

// `Name <a@b>`, `"Quoted, Name" <a@b>` or a bare `a@b`; null when no valid address.
export function parseMailbox(text: string): Mailbox | null {
  const angle = /^([^<]*)<([^<>]*)>$/.exec(text.trim())
  let name = angle ? angle[1].trim() : ''
  const address = (angle ? angle[2] : text).trim()
  if (!isEmailAddress(address)) return null
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(name)
  if (quoted) name = quoted[1].replace(/\\(.)/g, '$1').trim()
  return { name, address }
}

// email.utils: specialsre and escapesre.
const SPECIALS = /[\][\\()<>@,:;".]/
const ESCAPES = /[\\"]/g

/** email.utils.formataddr((name, address)) with the utf-8 charset. */
export function formatMailbox(name: string, address: string): string {
  // Non-ASCII names become one RFC 2047 word; Isso's compat32 MIMEText would otherwise
  // encode the address into the word too and break the From header.
  if (/[^\x00-\x7f]/.test(name)) {
    return `=?utf-8?b?${Buffer.from(name, 'utf8').toString('base64')}?= <${address}>`
  }
  const quote = SPECIALS.test(name) ? '"' : ''
  return `${quote}${name.replace(ESCAPES, '\\$&')}${quote} <${address}>`
}
