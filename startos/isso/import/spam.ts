import { CONTAINER_PATHS, type ImporterPaths } from './command'
import { Failure } from '../failure'
import type { ImportProblem } from './failure'
import type { ExportFormat } from './format'

// Isso 0.14.0's importer keeps what an export marks as spam (isso/migrate.py): Disqus
// reads only <isDeleted>, so a post with <isSpam>true</isSpam> arrives published; WordPress
// sets `mode = 1 if comment_approved == "1" else 2`, so spam and trash arrive waiting for
// approval, for ever when moderation is off (nothing purges them then). So before the
// importer runs, those comments are taken out of the export, and upstream's importer,
// unchanged, imports the rest.
//
// A reply whose parent is gone is what upstream already handles: Disqus.insert maps a
// parent it has not imported to None, WordPress.insert maps a parent that is not among the
// item's comments to None. Either way the reply becomes a top-level comment of its page,
// exactly as if the export had never held its parent.
//
// Run by the image's Python, with ElementTree, the parser upstream's importer uses, so both
// read the same file the same way. A file without such comments is left byte-identical; a
// file that does not parse is left too, for the importer to report in its own words.
// The rewritten file keeps the export's namespace prefixes and writes Disqus's namespace
// as the default one, so upstream's autodetect still recognises it; the importer is told
// the format anyway (formatFlag).
const FILTER_SCRIPT = String.raw`
import json, sys
from xml.etree import ElementTree as ET
path, fmt = sys.argv[1], sys.argv[2]
def out(**kw):
    print(json.dumps(dict(dict(spam=0, trash=0, lifted=0, rewritten=False), **kw))); sys.exit(0)
try:
    prefixes = {}
    parsing = ET.iterparse(path, events=('start-ns',))
    for _, (prefix, uri) in parsing:
        prefixes.setdefault(prefix, uri)
    root = parsing.root
except ET.ParseError:
    out()
tree = ET.ElementTree(root)
spam = trash = lifted = 0
if fmt == 'disqus':
    ns, internals = '{http://disqus.com}', '{http://disqus.com/disqus-internals}'
    gone = set()
    for post in root.findall(ns + 'post'):
        flag = post.find(ns + 'isSpam')
        if flag is not None and (flag.text or '').strip().lower() == 'true':
            gone.add(post.attrib.get(internals + 'id'))
            root.remove(post)
            spam += 1
    for post in root.findall(ns + 'post'):
        parent = post.find(ns + 'parent')
        if parent is not None and parent.attrib.get(internals + 'id') in gone:
            lifted += 1
else:
    uri = next((u for u in prefixes.values() if u.startswith('http://wordpress.org/export/')), 'http://wordpress.org/export/1.0/')
    ns = '{%s}' % uri
    text = lambda el, tag: ((el.find(ns + tag).text if el.find(ns + tag) is not None else '') or '').strip()
    # upstream compares int(comment_id) with int(comment_parent)
    number = lambda s: int(s) if s.lstrip('-').isdigit() else s
    for item in root.findall('channel/item'):
        gone = set()
        for comment in item.findall(ns + 'comment'):
            status = text(comment, 'comment_approved')
            if status in ('spam', 'trash'):
                gone.add(number(text(comment, 'comment_id')))
                item.remove(comment)
                if status == 'spam': spam += 1
                else: trash += 1
        for comment in item.findall(ns + 'comment'):
            if number(text(comment, 'comment_parent')) in gone:
                lifted += 1
if spam + trash == 0: out()
default = prefixes.get('')
for prefix, uri in prefixes.items():
    if prefix:
        try: ET.register_namespace(prefix, uri)
        except ValueError: pass
try:
    tree.write(path, encoding='utf-8', xml_declaration=True, default_namespace=default)
except ValueError:
    # Elements outside the default namespace: written with generated prefixes instead.
    tree.write(path, encoding='utf-8', xml_declaration=True)
out(spam=spam, trash=trash, lifted=lifted, rewritten=True)
`

/** The formats whose exports mark spam; generic JSON has no such mark. */
export function marksSpam(format: ExportFormat): boolean {
  return format === 'disqus' || format === 'wordpress'
}

/** Takes spam and trash out of the export at `exportFile`, in place, with the image's Python. */
export function spamFilterCommand(exportFile: string, format: ExportFormat, paths: ImporterPaths = CONTAINER_PATHS): string[] {
  return [paths.python, '-c', FILTER_SCRIPT, exportFile, format]
}

export interface SpamFiltered {
  /** Disqus posts marked isSpam, WordPress comments with comment_approved "spam". */
  spam: number
  /** WordPress comments with comment_approved "trash". */
  trash: number
  /** Kept comments whose parent was taken out: top-level comments of their page now. */
  lifted: number
  /** Whether the export file was rewritten (only when something was taken out). */
  rewritten: boolean
}

export const NOTHING_FILTERED: SpamFiltered = { spam: 0, trash: 0, lifted: 0, rewritten: false }

export function parseSpamFiltered(stdout: string): SpamFiltered {
  let v: Partial<SpamFiltered>
  try {
    v = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Partial<SpamFiltered>
  } catch {
    throw new Failure<ImportProblem>('importer-failed', 'the spam filter printed no verdict')
  }
  const { spam, trash, lifted, rewritten } = v
  if (![spam, trash, lifted].every((n) => Number.isInteger(n) && (n as number) >= 0) || typeof rewritten !== 'boolean') {
    throw new Failure<ImportProblem>('importer-failed', 'the spam filter printed no counts')
  }
  return { spam: spam as number, trash: trash as number, lifted: lifted as number, rewritten }
}
