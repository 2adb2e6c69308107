import { i18n } from '../i18n'
import type { TestMailResult } from '../isso/testMail/run'

// The test's outcome in the owner's language: what happened and what to change.
export function describeTestMail(r: TestMailResult): string {
  const server = `${r.host}:${r.port}`
  switch (r.kind) {
    case 'sent':
      return i18n('A test message went to ${to} through ${server}. If it does not arrive within a few minutes, look in the spam folder.', { to: r.to, server })
    case 'mail-off':
      return i18n('E-mail is off. Set it up in Email Notifications first, then send the test.')
    case 'no-recipient':
      return i18n('No Moderation recipient is set. Enter your address in Email Notifications first, then send the test.')
    case 'auth':
      return i18n('The mail server ${server} refused the username or password (${detail}). Correct them in Email Notifications; many providers need an app password here.', { server, detail: r.detail })
    case 'auth-missing':
      return i18n('The mail server ${server} offers no login on this connection. Choose STARTTLS or SSL/TLS in Email Notifications, as your provider says.', { server })
    case 'starttls-missing':
    case 'tls':
      return i18n('The connection security does not match port ${port} of ${host} (${detail}). Usually port 465 needs SSL/TLS and port 587 needs STARTTLS: change one of them in Email Notifications.', { port: String(r.port), host: r.host, detail: r.detail || r.kind })
    case 'certificate':
      return i18n("The mail server's certificate is not valid for ${host} (${detail}). Use the server name your provider gives, exactly as on its certificate.", { host: r.host, detail: r.detail })
    case 'refused':
      return i18n('Nothing accepts connections at ${server} (connection refused). Check the host and port in Email Notifications.', { server })
    case 'dns':
      return i18n('The mail server name ${host} was not found. Check the host in Email Notifications.', { host: r.host })
    case 'timeout':
      return i18n('The mail server ${server} did not answer within ${seconds} seconds. Check the host and port, and that your network allows outgoing connections to that port.', { server, seconds: r.timeoutSeconds })
    case 'recipient':
      return i18n('The mail server refused the recipient ${to} (${detail}). Check the Moderation recipient in Email Notifications.', { to: r.to, detail: r.detail })
    case 'sender':
      return i18n('The mail server refused the sender ${from} (${detail}). Use a From Address your provider lets this account send from.', { from: r.from, detail: r.detail })
    case 'disconnected':
    case 'other':
      return i18n('Sending through ${server} failed (${detail}). Check the settings in Email Notifications.', { server, detail: r.detail })
    case 'not-run':
      return i18n('The test could not run (${detail}). Check config/isso.cfg, then try again.', { detail: r.detail })
  }
}
