import { startTags, type StartTag } from './html'

// What a page holds of Isso, read the way Isso's client (embed.min.js 0.14.0) and server
// read it: the client takes its API address from the script's `data-isso`, else from the
// script's src minus its last 16 characters (`/js/embed.min.js`); it fills the element
// with id `isso-thread`; counters are links whose href ends in `#isso-thread`. The
// server, creating a thread, looks for a div or section with that id (utils/parse.py).

export interface IssoScript {
  kind: 'embed' | 'count'
  /** absolute URL of the script */
  src: string
  /** the API address the client will call, absolute, without a trailing slash */
  endpoint: string
  /** data-isso-lang, when set */
  lang: string | null
}

export interface IssoThread {
  tag: string
  title: string | null
  issoId: string | null
}

export interface IssoEmbed {
  scripts: IssoScript[]
  thread: IssoThread | null
  counterLinks: number
  /** <html lang>, when set */
  pageLang: string | null
}

const SCRIPT_PATH = /\/js\/(embed|count)\.(?:min|dev)\.js$/

function absolute(ref: string, base: string): URL | null {
  try {
    return new URL(ref, base)
  } catch {
    return null
  }
}

function issoScript(tag: StartTag, pageUrl: string): IssoScript | null {
  const src = absolute(tag.attrs.get('src') ?? '', pageUrl)
  const kind = src && SCRIPT_PATH.exec(src.pathname)?.[1]
  if (!src || (kind !== 'embed' && kind !== 'count')) return null
  const given = tag.attrs.get('data-isso')
  const fromSrc = src.href.slice(0, src.href.length - src.search.length - src.hash.length - 16)
  const endpoint = (given ? absolute(given, pageUrl)?.href : null) ?? fromSrc
  return { kind, src: src.href, endpoint: endpoint.replace(/\/+$/, ''), lang: tag.attrs.get('data-isso-lang')?.trim() || null }
}

export function findIssoEmbed(html: string, pageUrl: string): IssoEmbed {
  const tags = startTags(html)
  const scripts = tags.flatMap(t => (t.name === 'script' ? (issoScript(t, pageUrl) ?? []) : []))
  const threadTag = tags.find(t => t.attrs.get('id') === 'isso-thread')
  const counterLinks = tags.filter(t => t.name === 'a' && /#isso-thread$/.test(t.attrs.get('href') ?? '')).length
  return {
    scripts,
    thread: threadTag
      ? {
          tag: threadTag.name,
          title: threadTag.attrs.get('data-title')?.trim() || null,
          issoId: threadTag.attrs.get('data-isso-id') || null,
        }
      : null,
    counterLinks,
    pageLang: tags.find(t => t.name === 'html')?.attrs.get('lang')?.trim() || null,
  }
}
