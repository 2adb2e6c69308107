import { i18n } from '../i18n'
import { GROUPS } from './groups'
import { sdk } from '../sdk'
import {
  apiRoot,
  buildEmbedSnippets,
  siteBase,
  CLIENT_LANGUAGES,
  isClientLanguage,
  SITE_TEMPLATES,
  type AddressKind,
  type SiteTemplate,
} from '../isso/embed'
import { readForForm, type SiteFiles } from '../fileModels'
import { websites } from '../isso/websites'
import { addressWarning } from './addressWarnings'
import { commentsAddresses, type CommentsAddress } from '../sites/addresses'
import type { Volume } from '../sites'
import { chosenSite, perSiteForm } from './sites/siteForm'
import { siteNote, withSiteNote } from './sites/siteNote'

const KIND_LABELS: Record<AddressKind, () => string> = {
  'public-domain': () => i18n('public domain, recommended'),
  'private-domain': () => i18n('private domain'),
  onion: () => i18n('Tor'),
  mdns: () => i18n('local network'),
  'private-ip': () => i18n('local network IP address'),
  'public-ip': () => i18n('public IP address'),
}


const label = (a: CommentsAddress) => `${a.url} (${KIND_LABELS[a.class.kind]()})`

// A select key no language code can be (codes are letters and "-").
const BROWSER_LANGUAGE = 'browser'

const embedSpec = sdk.InputSpec.of({
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
  template: sdk.Value.select({
    name: i18n('Your website is made with'),
    description: i18n(
      "For Hugo, Jekyll and Eleventy you get code for your layouts, once for all posts, with each post's own title and address filled in by the generator.",
    ),
    default: 'html',
    values: {
      html: i18n('Plain HTML'),
      hugo: 'Hugo',
      jekyll: 'Jekyll',
      eleventy: 'Eleventy',
    } satisfies Record<SiteTemplate, string>,
  }),
  language: sdk.Value.select({
    name: i18n('Language of the comment box'),
    description: i18n(
      "The language of the comment form and its buttons. By default each visitor sees it in their browser's language (English if Isso does not have it).",
    ),
    default: BROWSER_LANGUAGE,
    values: {
      [BROWSER_LANGUAGE]: i18n("Each visitor's browser language"),
      ...Object.fromEntries(Object.entries(CLIENT_LANGUAGES).map(([code, name]) => [code, `${name} (${code})`])),
    },
  }),
})

// Nothing per site to fill in: with several sites the form only gains the site choice.
const form = (volume: Volume) => perSiteForm(volume, () => embedSpec)

export const embedCodeAction = (volume: Volume) => {
  const { inputSpec, prefill } = form(volume)
  return sdk.Action.withInput(
    'embed-code',
    async () => ({
      name: i18n('Embed Code'),
      description: i18n(
        'Get the HTML to paste into your website or its layouts: comments under each post, and comment counters for list pages.',
      ),
      warning: null,
      allowedStatuses: 'any',
      group: GROUPS.website,
      visibility: 'enabled',
    }),
    inputSpec,
    prefill,
    async ({ effects, input: raw }) => {
      const { site, fields: input } = await chosenSite(volume, raw)
      // The select's keys were read when the form opened; the address may be gone since.
      const address = (await commentsAddresses(effects)).find(a => a.url === input.address)
      if (!address) {
        throw new Error(
          i18n('The address ${url} is no longer available. Run this action again and pick another one.', {
            url: input.address,
          }),
        )
      }
      const template = input.template as SiteTemplate
      // Typed as the one fixed key, but any of CLIENT_LANGUAGES arrives here.
      const language: string = input.language
      const lang = language === BROWSER_LANGUAGE ? null : language
      // Re-validated: the form's values are not a guarantee once they reach run.
      if (!SITE_TEMPLATES.includes(template) || (lang !== null && !isClientLanguage(lang))) {
        throw new Error(i18n('Unknown choice. Run this action again.'))
      }
      // A site served at /blog has its API root, scripts included, under that prefix.
      const base = siteBase(address.url, site.layout.prefix)
      const snippets = buildEmbedSnippets(base, { template, lang }, {
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
      const where = WHERE[template]()
      // StartOS shows the message as one paragraph and each value on one line, with its
      // description in full below it: so the values are what to copy, and what to know
      // about each one is its description.
      return {
        version: '1' as const,
        title: i18n('Embed Code'),
        message: withSiteNote(await siteNote(volume, site), [...(await allowsNoWebsite(site)) ? [NO_WEBSITE()] : [], summary(template)].join(' ')),
        result: {
          type: 'group' as const,
          value: [
            single(i18n('Address'), aboutAddress(address), apiRoot(base)),
            single(i18n('Comments'), where.comments, snippets.comments),
            ...(snippets.threadWithTitle === null
              ? []
              : [single(i18n('Thread with a title'), THREAD_WITH_TITLE(), snippets.threadWithTitle)]),
            single(i18n('Comment counter'), where.count, snippets.count),
          ],
        },
      }
    },
  )
}

// Where each snippet goes, in the words of the owner's site generator.
const WHERE: Record<SiteTemplate, () => { comments: string; count: string }> = {
  html: () => ({
    comments: i18n("Paste this into each post's page where the comments should appear."),
    count: i18n(
      "For list pages: the script once per page, then one link per post with the post's path in href. Isso replaces the link text with the number of comments.",
    ),
  }),
  hugo: () => ({
    comments: i18n(
      'Paste this into the template of a single post (single.html, in your layouts or your theme), where the comments should appear.',
    ),
    count: i18n(
      'For list templates (list.html or your home page): the script once, and the link inside your loop over posts. Isso replaces the link text with the number of comments.',
    ),
  }),
  jekyll: () => ({
    comments: i18n(
      'Paste this into the layout of your posts (for example _layouts/post.html), where the comments should appear.',
    ),
    count: i18n(
      'For list pages (for example index.html): the script once, and the link inside your loop over posts. Isso replaces the link text with the number of comments.',
    ),
  }),
  eleventy: () => ({
    comments: i18n(
      'Paste this into the layout of your posts (for example _includes/layouts/post.njk), where the comments should appear.',
    ),
    count: i18n(
      'For list pages: the script once, and the link inside your loop over posts (here the collection of pages tagged posts). Isso replaces the link text with the number of comments.',
    ),
  }),
}

// Checked in Isso 0.14.0: a new thread without a title makes Isso fetch the page
// (views/comments.py, new), and the client reads the server's /config on every load
// (embed.min.js), so changed settings need no new code. See test/embed/realIsso.test.ts.
const THREAD_WITH_TITLE = () =>
  i18n(
    "Isso creates a post's comment thread when the first comment arrives, and reads its title by fetching the post from your website. If your StartOS server cannot reach your website (a website on a private network, behind a login, not yet published, or a local preview such as http://localhost:1313), that first comment fails: use this line instead of the <section> line of the Comments code, with the post's real title in data-title.",
  )

const summary = (template: SiteTemplate) =>
  template === 'html'
    ? i18n("The code stays the same when you change Isso's settings: the script reads them from Isso on every page load.")
    : i18n(
        "The thread carries each post's title, so Isso never needs to fetch your pages. The code stays the same when you change Isso's settings: the script reads them from Isso on every page load.",
      )

// What the chosen address means for visitors (addressWarnings.ts says why it falls short).
function aboutAddress(address: CommentsAddress): string {
  if (!address.class.warnings.length) {
    return i18n("Isso's address in this code (data-isso). A public domain with https: every visitor can load the comments from it.")
  }
  return [
    i18n(
      'For a public website, pick a public domain with https; if there is none, add one to the Comments endpoint interface in StartOS. This address has these limits:',
    ),
    ...address.class.warnings.map(w => addressWarning(w)),
  ].join(' ')
}

// Isso answers only the origins on the site's Websites list; a fresh install lists none of
// the owner's. An unreadable file is not this action's to judge (main names it).
async function allowsNoWebsite(site: SiteFiles): Promise<boolean> {
  const doc = await readForForm(site.issoCfg).catch(() => null)
  return doc !== null && websites(doc).length === 0
}

const NO_WEBSITE = () =>
  i18n("No website may show these comments yet: add your blog's address with the Websites action, or this code shows no comments.")
