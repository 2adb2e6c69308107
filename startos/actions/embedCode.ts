import type { T } from '@start9labs/start-sdk'
import { i18n } from '../i18n'
import { COMMENTS_INTERFACE_ID, ISSO_PORT } from '../interfaces'
import { sdk } from '../sdk'
import { IssoSettingError, readSettings } from '../isso/config'
import {
  buildEmbedSnippets,
  classifyAddress,
  rankAddress,
  type AddressClass,
  type AddressKind,
  type AddressWarning,
} from '../isso/embed'
import { readIssoCfg } from './issoCfgAccess'

interface Address {
  url: string
  class: AddressClass
}

// sdk.serviceInterface is gone in SDK 2.x: an interface's URLs live on its host binding.
async function commentsAddresses(effects: T.Effects): Promise<Address[]> {
  const host = await sdk.host.getOwn(effects, 'main').once()
  const info = host?.bindings[ISSO_PORT]?.interfaces[COMMENTS_INTERFACE_ID]?.addressInfo
  if (!info) return []
  const seen = new Set<string>()
  return info.nonLocal
    .format('hostname-info')
    .map(h => ({ url: info.toUrl(h), class: classifyAddress(info.toUrl(h), h.public) }))
    .filter(a => !seen.has(a.url) && seen.add(a.url))
    .sort((a, b) => rankAddress(a.class) - rankAddress(b.class))
}

const KIND_LABELS: Record<AddressKind, () => string> = {
  'public-domain': () => i18n('public domain, recommended'),
  'private-domain': () => i18n('private domain'),
  onion: () => i18n('Tor'),
  mdns: () => i18n('local network'),
  'private-ip': () => i18n('local network IP address'),
  'public-ip': () => i18n('public IP address'),
}

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

const label = (a: Address) => `${a.url} (${KIND_LABELS[a.class.kind]()})`

const inputSpec = sdk.InputSpec.of({
  address: sdk.Value.dynamicSelect(async ({ effects }) => {
    const addresses = await commentsAddresses(effects)
    return {
      name: i18n('Address'),
      description: i18n(
        "The address of Isso that your website's visitors load comments from. A public domain with HTTPS works for everyone; the others only suit private use.",
      ),
      default: addresses[0]?.url ?? '',
      values: Object.fromEntries(addresses.map(a => [a.url, label(a)])),
      disabled: addresses.length ? false : i18n('Isso has no address yet. Start the service, then run this action again.'),
    }
  }),
})

export const embedCode = sdk.Action.withInput(
  'embed-code',
  async () => ({
    name: i18n('Embed Code'),
    description: i18n(
      'Get the HTML to paste into your website: comments under each post, and comment counters for index pages.',
    ),
    warning: null,
    allowedStatuses: 'any',
    group: null,
    visibility: 'enabled',
  }),
  inputSpec,
  async () => null,
  async ({ effects, input }) => {
    // The select's keys were read when the form opened; the address may be gone since.
    const address = (await commentsAddresses(effects)).find(a => a.url === input.address)
    if (!address) {
      throw new Error(
        i18n('The address ${url} is no longer available. Run this action again and pick another one.', {
          url: input.address,
        }),
      )
    }
    const settings = readEmbedSettings(await readIssoCfg())
    const snippets = buildEmbedSnippets(address.url, settings, {
      postTitle: i18n('Title of this post'),
      postPath: i18n('/path-of-the-post/'),
      linkText: i18n('Comments'),
    })
    const single = (name: string, description: string, value: string) => ({
      type: 'single' as const,
      name,
      description,
      value,
      copyable: true,
      qr: false,
      masked: false,
    })
    return {
      version: '1' as const,
      title: i18n('Embed Code'),
      message: [explanation(), ...warningsFor(address)].join('\n\n'),
      result: {
        type: 'group' as const,
        value: [
          single(
            i18n('Comments'),
            i18n("Paste this into each post's page where the comments should appear."),
            snippets.embed,
          ),
          single(
            i18n('Thread with a title'),
            i18n(
              "Use this instead of the <section> line above when Isso cannot open your pages; put the post's title in data-title.",
            ),
            snippets.threadWithTitle,
          ),
          single(
            i18n('Comment counter'),
            i18n(
              "For index pages: the script once per page, then one link per post with the post's path in href. Isso replaces the link text with the number of comments.",
            ),
            snippets.count,
          ),
        ],
      },
    }
  },
)

function readEmbedSettings(doc: Parameters<typeof readSettings>[0]) {
  try {
    const s = readSettings(doc)
    return {
      requireAuthor: s.guard.requireAuthor,
      requireEmail: s.guard.requireEmail,
      replyNotifications: s.general.replyNotifications,
      gravatar: s.general.gravatar,
    }
  } catch (e) {
    if (e instanceof IssoSettingError) {
      throw new Error(i18n('isso.cfg has a value Isso would refuse: ${detail}. Fix it, then run this action again.', { detail: e.message }))
    }
    throw e
  }
}

const explanation = () =>
  i18n(
    "Isso creates a post's comment thread when the first comment arrives, and reads the thread's title by fetching the post from your website. If your StartOS server cannot reach your website (a site on a private network, behind a login, or not yet published), that first comment fails: use the thread with a title instead, with the post's real title in data-title. The snippets mirror Isso's current settings (required name and email, reply notifications, Gravatar); get them again after changing those.",
  )

function warningsFor(address: Address): string[] {
  if (!address.class.warnings.length) return []
  return [
    i18n(
      'For a public website, pick a public domain with https; if there is none, add one to the Comments endpoint interface in StartOS. This address has these limits:',
    ),
    ...address.class.warnings.map(w => WARNINGS[w]()),
  ]
}
