// The HTML a website pastes to show Isso's comments: a pure function of the comments base
// URL and the owner's choices, so tests (and a browser) can render every variant.
//
// What the snippets rely on in Isso 0.14.0's client, each checked against the bundle the
// real Isso serves (test/embed/realIsso.test.ts):
// - `data-isso` on a script names the API root; `/js/embed.min.js` and `/js/count.min.js`
//   are served there.
// - `<section id="isso-thread">` is where the thread goes; its `data-title` is sent with
//   the first comment, so Isso need not fetch the page to learn the title.
// - Links whose href ends in `#isso-thread` get the comment count of that path.
// - Only `data-isso-lang` is written among the settings: since 0.12.6 the client takes
//   require-author, require-email, reply-to-self, reply-notifications, gravatar, avatar
//   and feed from the server's /config at every page load, overriding any attribute.
import { apiRoot, escapeHtml } from './html'
import { isClientLanguage } from './languages'

export const SITE_TEMPLATES = ['html', 'hugo', 'jekyll', 'eleventy'] as const
export type SiteTemplate = (typeof SITE_TEMPLATES)[number]

export interface EmbedOptions {
  template: SiteTemplate
  /** A code of CLIENT_LANGUAGES, or null to follow the visitor's browser. */
  lang: string | null
}

/** Texts shown inside the snippets, in the owner's language. */
export interface EmbedTexts {
  postTitle: string
  postPath: string
  linkText: string
}

export interface EmbedSnippets {
  /** The comments script and thread, for a post's page or the layout of every post. */
  comments: string
  /** Plain HTML only: the thread with a typed title, for pages Isso cannot fetch. */
  threadWithTitle: string | null
  /** For list pages: the counter script once, and a link per post. */
  count: string
}

interface TemplateSyntax {
  /** The post's title, HTML-escaped by the template itself. */
  title: string
  /** A loop over posts in a list layout, and the post's path inside it. */
  loopStart: string
  loopEnd: string
  postUrl: string
}

// Template variables, from each generator's documentation:
// - Hugo renders HTML layouts with Go's html/template, which escapes `{{ .Title }}` for
//   the attribute it stands in; `.RelPermalink` includes the baseURL's path, like the
//   address bar (location.pathname, Isso's thread key) does.
// - Liquid (Jekyll) escapes nothing by itself, hence `| escape`; `relative_url` adds
//   the site's baseurl.
// - Eleventy: `| escape` works in Nunjucks (which autoescapes by default; the filter
//   marks its output safe, so the title is escaped once) and in Liquid alike.
//   `collections.posts` is the collection of pages tagged `posts`.
const SYNTAX: Record<Exclude<SiteTemplate, 'html'>, TemplateSyntax> = {
  hugo: { title: '{{ .Title }}', loopStart: '{{ range .Pages }}', loopEnd: '{{ end }}', postUrl: '{{ .RelPermalink }}' },
  jekyll: {
    title: '{{ page.title | escape }}',
    loopStart: '{% for post in site.posts %}',
    loopEnd: '{% endfor %}',
    postUrl: '{{ post.url | relative_url }}',
  },
  eleventy: {
    title: '{{ title | escape }}',
    loopStart: '{% for post in collections.posts %}',
    loopEnd: '{% endfor %}',
    postUrl: '{{ post.url }}',
  },
}

const ENGLISH: EmbedTexts = { postTitle: 'Title of this post', postPath: '/path-of-the-post/', linkText: 'Comments' }

export function buildEmbedSnippets(base: string, options: EmbedOptions, texts: EmbedTexts = ENGLISH): EmbedSnippets {
  if (options.lang !== null && !isClientLanguage(options.lang)) {
    throw new RangeError(`Isso's client has no language ${options.lang}`)
  }
  const root = escapeHtml(apiRoot(base))
  const lang = options.lang === null ? '' : ` data-isso-lang="${escapeHtml(options.lang)}"`
  const script = (file: string) => `<script data-isso="${root}"${lang} src="${root}/js/${file}"></script>`
  const link = (href: string) => `<a href="${href}#isso-thread">${escapeHtml(texts.linkText)}</a>`

  if (options.template === 'html') {
    return {
      comments: `${script('embed.min.js')}\n<section id="isso-thread"></section>`,
      threadWithTitle: `<section id="isso-thread" data-title="${escapeHtml(texts.postTitle)}"></section>`,
      count: `${script('count.min.js')}\n${link(escapeHtml(texts.postPath))}`,
    }
  }
  const syntax = SYNTAX[options.template]
  return {
    comments: `${script('embed.min.js')}\n<section id="isso-thread" data-title="${syntax.title}"></section>`,
    threadWithTitle: null,
    count: `${script('count.min.js')}\n${syntax.loopStart}\n  ${link(syntax.postUrl)}\n${syntax.loopEnd}`,
  }
}
