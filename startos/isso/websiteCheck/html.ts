// Just enough HTML reading to find Isso's tags: start tags with their attributes, in
// order, outside comments and outside the text of <script>, <style> and <textarea>
// (where a `<section id="isso-thread">` would be text, not an element). No DOM library:
// the check needs a dozen attributes, and a 2 MB page scans in milliseconds.

export interface StartTag {
  /** lower case */
  name: string
  /** attribute names lower case, values entity-decoded; a bare attribute is '' */
  attrs: Map<string, string>
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/)*)\s*>/g
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title'])

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = []
  TAG.lastIndex = 0
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (!m[1]) continue // a comment
    const name = m[1].toLowerCase()
    const attrs = new Map<string, string>()
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      const key = a[1].toLowerCase()
      // The first of a repeated attribute wins, as in browsers.
      if (!attrs.has(key)) attrs.set(key, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''))
    }
    tags.push({ name, attrs })
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'ig')
      close.lastIndex = TAG.lastIndex
      TAG.lastIndex = close.exec(html)?.index ?? html.length
    }
  }
  return tags
}
