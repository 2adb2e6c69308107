// Which action's form, saved for a blog, writes a valid value over a key Isso refuses, so
// that a refusal to start can name it before sending the owner to edit the file by hand.
// Each action writes only its own keys; a form opens on a broken file with Isso's
// default in place of a refused value (settings.ts readSettings), so saving it as it
// opens repairs the key. test/config/fixingAction.test.ts applies each edit to prove it.
//   server    isso/server.ts applyServerSettings: [general] max-age, gravatar,
//             latest-enabled, reply-notifications, all of [moderation] and [guard]
//   email     isso/smtp/resolve.ts applySmtp: the [smtp] connection keys, written with
//             e-mail on, removed with e-mail off
//   email-on  the same edit, for [smtp] to and [general] notify: written only with
//             e-mail on (the recipient is then required; notify gains smtp)
//   websites  isso/websites/apply.ts applyWebsites: [general] host, checked entry by entry
// Any other key ([smtp] timeout, [server], [markup], [hash], [rss]…) no action writes.
export type FixingAction = 'server' | 'email' | 'email-on' | 'websites'

const SERVER_GENERAL = ['max-age', 'gravatar', 'latest-enabled', 'reply-notifications']
const EMAIL_SMTP = ['host', 'port', 'security', 'username', 'password', 'from']

export function fixingAction(section: string, key: string): FixingAction | null {
  switch (section) {
    case 'general':
      if (SERVER_GENERAL.includes(key)) return 'server'
      if (key === 'notify') return 'email-on'
      return key === 'host' ? 'websites' : null
    case 'moderation':
    case 'guard':
      return 'server'
    case 'smtp':
      if (EMAIL_SMTP.includes(key)) return 'email'
      return key === 'to' ? 'email-on' : null
    default:
      return null
  }
}
