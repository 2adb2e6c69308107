/**
 * The exporter, run by the isso image's own Python (our container has no SQLite):
 * `python -c EXPORT_SCRIPT DB_FILE OUT_FILE`. It prints one line of JSON figures, or
 * exits 2 with `KIND: detail` on stderr (KIND: no-database, not-isso-db, read-failed).
 *
 * Reading: a read-only connection (`mode=ro`, so it can never change or create the
 * database), one transaction for a consistent snapshot, every row fetched into memory,
 * then closed before a byte is written: Isso waits at most as long as that read.
 *
 * Writing: Disqus XML (https://help.disqus.com/en/articles/1717164-comments-export), the
 * fields upstream's importer reads (isso/migrate.py, Disqus): thread link (its path
 * becomes the page path) and title; post id, thread, parent, author name and e-mail,
 * createdAt (UTC, whole seconds), message (Isso's text as written, Markdown), isDeleted,
 * ipAddress (Isso stores it anonymised already; the importer's anonymising keeps it).
 * A missing e-mail is an empty <email/> (read back as none) and an empty one is left
 * out (read back as ""), so both come back as they were. Pending comments are written
 * as deleted with no name and no text: no importer may publish a comment nobody
 * approved (upstream keeps a deleted comment that has replies, and shows its text).
 * Everything Disqus has no field for goes into an <isso:comment> element per post, in
 * our own namespace, which Disqus readers (upstream's included) skip: Isso's state,
 * exact times, website, votes, reply notification, and a pending comment's name and text.
 *
 * Characters XML 1.0 cannot hold at all (control characters, unpaired surrogates) are
 * dropped and counted; a carriage return is written as &#13; so parsers keep it.
 * The file appears under its name only when complete (written beside it, then renamed).
 */
export const EXPORT_SCRIPT = String.raw`
import json, os, re, sqlite3, sys, time
from urllib.parse import quote, urlparse

db_path, out_path = sys.argv[1], sys.argv[2]

def fail(kind, detail):
    sys.stderr.write('%s: %s\n' % (kind, detail))
    sys.exit(2)

if not os.path.isfile(db_path):
    fail('no-database', db_path)
try:
    started = time.monotonic()
    con = sqlite3.connect('file:%s?mode=ro' % quote(db_path), uri=True, isolation_level=None)
    try:
        con.execute('BEGIN')
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {'threads', 'comments'} <= names:
            fail('not-isso-db', 'no threads and comments tables')
        threads = con.execute('SELECT id, uri, title FROM threads ORDER BY id').fetchall()
        comments = con.execute('SELECT id, tid, parent, created, modified, mode, remote_addr, text, author,'
                               ' email, website, likes, dislikes, notification FROM comments ORDER BY id').fetchall()
        con.execute('COMMIT')
        read_ms = round((time.monotonic() - started) * 1000, 1)
    finally:
        con.close()
except sqlite3.DatabaseError as e:
    fail('not-isso-db' if 'not a database' in str(e) else 'read-failed', e)

UNFIT = re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]')
cleaned = set()

def esc(s, cid=None):
    s, n = UNFIT.subn('', str(s))
    if n:
        cleaned.add(cid)
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\r', '&#13;')

def el(name, value, cid=None):
    return '<%s/>' % name if value is None else '<%s>%s</%s>' % (name, esc(value, cid), name)

out = ['<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com"'
       ' xmlns:dsq="http://disqus.com/disqus-internals" xmlns:isso="urn:isso-startos:export:1">\n']
used = {c[1] for c in comments}
moved, empty = [], []
for tid, uri, title in threads:
    # What upstream's importer makes of the link: a page path with ?, # or ; loses that part.
    if urlparse(uri).path != uri:
        moved.append([uri, urlparse(uri).path])
    if tid not in used:
        empty.append(uri)
    out.append('<thread dsq:id="%d">%s%s%s</thread>\n' % (tid, el('id', uri), el('link', uri), el('title', title)))

figures = dict(threads=len(threads), comments=len(comments), replies=0, pending=0, deleted=0)
for (cid, tid, parent, created, modified, mode, addr, text, author, email, website,
     likes, dislikes, notification) in comments:
    pending = mode == 2
    figures['replies'] += parent is not None
    figures['pending'] += pending
    figures['deleted'] += mode == 4
    post = ['<post dsq:id="%d">' % cid,
            el('message', '' if pending else text, cid),
            el('createdAt', time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(created))),
            el('isDeleted', 'false' if mode == 1 else 'true'),
            '<isSpam>false</isSpam><author>',
            '' if email == '' else el('email', email, cid),
            el('name', None if pending else author, cid),
            '<isAnonymous>true</isAnonymous></author>',
            el('ipAddress', addr) if addr else '',
            '<thread dsq:id="%d"/>' % tid,
            '' if parent is None else '<parent dsq:id="%d"/>' % parent,
            '<isso:comment>', el('isso:mode', mode), el('isso:created', repr(created)),
            el('isso:modified', None if modified is None else repr(modified)),
            el('isso:website', website, cid), el('isso:likes', likes), el('isso:dislikes', dislikes),
            el('isso:notification', notification)]
    if pending:
        post += [el('isso:author', author, cid), el('isso:text', text, cid)]
    post.append('</isso:comment></post>\n')
    out.append(''.join(post))
out.append('</disqus>\n')

part = '%s.part' % out_path
os.umask(0o077)  # e-mail and IP addresses: owner-only
with open(part, 'w', encoding='utf-8', newline='\n') as f:
    f.writelines(out)
os.replace(part, out_path)
figures.update(bytes=os.path.getsize(out_path), movedPaths=moved, emptyThreads=empty, cleaned=len(cleaned), readMs=read_ms)
print(json.dumps(figures))
`
