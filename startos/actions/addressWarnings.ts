import { i18n } from '../i18n'
import type { AddressWarning } from '../isso/embed'

// Why a comments address would not work for every visitor, in one sentence: shown by
// Embed Code for the address picked, and by Check a Website for the one a page uses.
const WARNINGS: Record<AddressWarning, () => string> = {
  'tor-only': () => i18n('This is a Tor address: only visitors using Tor Browser can load the comments.'),
  'lan-only': () =>
    i18n('This address only works inside your own network (or VPN): visitors from the internet cannot load the comments.'),
  'untrusted-certificate': () =>
    i18n(
      "Its HTTPS certificate is signed by your StartOS server, which visitors' browsers do not trust unless they installed its root certificate.",
    ),
  'plain-http': () =>
    i18n('It uses plain http: browsers block it on a website served over https (mixed content), and comments travel unencrypted.'),
}

export const addressWarning = (warning: AddressWarning): string => WARNINGS[warning]()
