// Small exports in the three formats upstream's importer reads (isso/migrate.py).

export const DISQUS = `<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
  <thread dsq:id="100"><id>t1</id><link>https://blog.example/a/</link><title>A</title></thread>
  <post dsq:id="1"><message>First</message><createdAt>2020-01-01T10:00:00Z</createdAt>
    <isDeleted>false</isDeleted><author><name>Ann</name><email>a@example.com</email></author>
    <ipAddress>192.0.2.1</ipAddress><thread dsq:id="100"/></post>
  <post dsq:id="2"><message>Reply</message><createdAt>2020-01-02T10:00:00Z</createdAt>
    <isDeleted>false</isDeleted><author><name>Bob</name><email>b@example.com</email></author>
    <ipAddress>192.0.2.2</ipAddress><thread dsq:id="100"/><parent dsq:id="1"/></post>
</disqus>
`

export const WORDPRESS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <item><title>Hello</title><link>https://blog.example/hello/</link>
    <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_parent>0</wp:comment_parent></wp:comment>
    <wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_parent>1</wp:comment_parent></wp:comment>
  </item>
  <item><title>No comments</title><link>https://blog.example/quiet/</link></item>
</channel>
</rss>
`

const comment = (id: number, text: string) => ({
  id,
  author: 'Ann',
  email: 'a@example.com',
  website: '',
  remote_addr: '192.0.2.0',
  text,
  created: '2020-01-01 10:00:00',
})

export const GENERIC = JSON.stringify([
  { id: '/a/', title: 'A', comments: [comment(1, 'one'), comment(2, 'two')] },
  { id: '/b/', title: 'B', comments: [comment(1, 'three')] },
])
