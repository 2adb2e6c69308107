// The Embed Code templates rendered the way Hugo, Jekyll and Eleventy would render them
// for one site: each template expression replaced by what that generator outputs, loops
// repeated once per post. Deliberately written from the generators' documentation, not
// from the package's snippet code, and strict: an expression or loop it does not know
// throws, so a changed snippet cannot pass unrendered.
import type { SiteTemplate } from '../../startos/isso/embed'

export interface Post {
  title: string
  /** The post's path, which is also the page's location.pathname (Isso's thread key). */
  url: string
}

type Generator = Exclude<SiteTemplate, 'html'>

// Go's html/template escapes text in a quoted attribute with its htmlEscaper
// (NUL, ", &, ', +, <, >); Liquid's `escape` is Ruby's CGI.escapeHTML; Nunjucks' `escape`
// is its lib.escape (&, ", ', <, >).
const escapers: Record<Generator, (text: string) => string> = {
  hugo: (t) => t.replace(/[\0"&'+<>]/g, (c) => ({ '\0': '\uFFFD', '"': '&#34;', '&': '&amp;', "'": '&#39;', '+': '&#43;', '<': '&lt;', '>': '&gt;' })[c]!),
  jekyll: (t) => t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!),
  eleventy: (t) => t.replace(/[&"'<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!),
}

interface Syntax {
  /** Expressions valid on a post's page, by their exact spelling. */
  page: Record<string, (post: Post) => string>
  /** The loop over the site's posts on a list page, and the expressions inside it. */
  loop: { start: string; end: string; item: Record<string, (post: Post) => string> }
}

// Site settings of the rendered site: Hugo's baseURL and Jekyll's baseurl have no path,
// so `.RelPermalink` and `relative_url` give the post's path as it is.
const SYNTAX: Record<Generator, Syntax> = {
  hugo: {
    page: { '{{ .Title }}': (p) => escapers.hugo(p.title) },
    loop: { start: '{{ range .Pages }}', end: '{{ end }}', item: { '{{ .RelPermalink }}': (p) => p.url } },
  },
  jekyll: {
    page: { '{{ page.title | escape }}': (p) => escapers.jekyll(p.title) },
    loop: { start: '{% for post in site.posts %}', end: '{% endfor %}', item: { '{{ post.url | relative_url }}': (p) => p.url } },
  },
  eleventy: {
    page: { '{{ title | escape }}': (p) => escapers.eleventy(p.title) },
    loop: { start: '{% for post in collections.posts %}', end: '{% endfor %}', item: { '{{ post.url }}': (p) => p.url } },
  },
}

const TAG = /\{\{.*?\}\}|\{%.*?%\}/g

function substitute(text: string, known: Record<string, (post: Post) => string>, post: Post): string {
  return text.replace(TAG, (tag) => {
    const value = known[tag]
    if (!value) throw new Error(`unknown template expression ${tag}`)
    return value(post)
  })
}

/** A post's page: the comments snippet with the post's own values. */
export function renderPostSnippet(generator: Generator, snippet: string, post: Post): string {
  return substitute(snippet, SYNTAX[generator].page, post)
}

/** A list page: the counter snippet with its loop run over `posts`. */
export function renderListSnippet(generator: Generator, snippet: string, posts: readonly Post[]): string {
  const { start, end, item } = SYNTAX[generator].loop
  const from = snippet.indexOf(start)
  const to = snippet.indexOf(end, from)
  if (from === -1 || to === -1) throw new Error(`no ${start} … ${end} loop in:\n${snippet}`)
  const body = snippet.slice(from + start.length, to)
  const rendered = posts.map((post) => substitute(body, item, post)).join('')
  const outside = snippet.slice(0, from) + snippet.slice(to + end.length)
  if (/\{\{|\{%/.test(outside)) throw new Error(`template expressions outside the loop:\n${snippet}`)
  return snippet.slice(0, from) + rendered + snippet.slice(to + end.length)
}
