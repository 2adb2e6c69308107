// Small exports in the three formats upstream's importer reads (isso/migrate.py), each
// with replies, an empty thread and non-ASCII text, and what Isso 0.14.0 makes of them
// (checked against the real importer in realIsso.test.ts).

export interface Expected {
  threads: number
  comments: number
  replies: number
}

const post = (id: number, thread: number, author: string, text: string, day: number, parent?: number) => `
  <post dsq:id="${id}">
    <id/><message><![CDATA[${text}]]></message>
    <createdAt>2020-01-0${day}T10:00:00Z</createdAt>
    <isDeleted>false</isDeleted><isSpam>false</isSpam>
    <author><name>${author}</name><email>${author.toLowerCase().replace(/\W/g, '')}@example.com</email><isAnonymous>false</isAnonymous></author>
    <ipAddress>192.0.2.${id}</ipAddress>
    <thread dsq:id="${thread}"/>${parent ? `<parent dsq:id="${parent}"/>` : ''}
  </post>`

/** Two threads with comments (one reply chain two deep), one thread without posts. */
export const DISQUS = `<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
  <category dsq:id="1"><forum>blog</forum><title>General</title><isDefault>true</isDefault></category>
  <thread dsq:id="100"><id>a-id</id><forum>blog</forum><category dsq:id="1"/>
    <link>https://blog.example/a/</link><title>Über Äpfel</title><createdAt>2020-01-01T09:00:00Z</createdAt></thread>
  <thread dsq:id="200"><id/><forum>blog</forum><category dsq:id="1"/>
    <link>https://blog.example/b/</link><title>B</title><createdAt>2020-01-01T09:00:00Z</createdAt></thread>
  <thread dsq:id="300"><id>quiet</id><forum>blog</forum><category dsq:id="1"/>
    <link>https://blog.example/quiet/</link><title>Nobody wrote</title><createdAt>2020-01-01T09:00:00Z</createdAt></thread>
  ${post(1, 100, 'Zoë', 'Grüße aus Köln — 日本語 ok', 1)}
  ${post(2, 100, 'Bob', 'Reply to Zoë', 2, 1)}
  ${post(3, 100, 'Ann', 'Reply to the reply', 3, 2)}
  ${post(4, 200, 'Łukasz', 'Zażółć gęślą jaźń', 4)}
</disqus>
`
export const DISQUS_EXPECTED: Expected = { threads: 2, comments: 4, replies: 2 }

const wpComment = (id: number, parent: number, author: string, text: string, approved = '1') => `
    <wp:comment>
      <wp:comment_id>${id}</wp:comment_id>
      <wp:comment_author><![CDATA[${author}]]></wp:comment_author>
      <wp:comment_author_email>${id}@example.com</wp:comment_author_email>
      <wp:comment_author_url>https://example.com/${id}</wp:comment_author_url>
      <wp:comment_author_IP>198.51.100.${id}</wp:comment_author_IP>
      <wp:comment_date>2020-02-0${id} 10:00:00</wp:comment_date>
      <wp:comment_date_gmt>2020-02-0${id} 09:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[${text}]]></wp:comment_content>
      <wp:comment_approved>${approved}</wp:comment_approved>
      <wp:comment_type></wp:comment_type>
      <wp:comment_parent>${parent}</wp:comment_parent>
      <wp:comment_user_id>0</wp:comment_user_id>
    </wp:comment>`

/** Two posts with comments (a reply chain two deep, one comment pending), one without. */
export const WORDPRESS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Blog</title><wp:wxr_version>1.2</wp:wxr_version>
  <item><title>Hello wörld</title><link>https://blog.example/hello/</link>
    <wp:post_id>10</wp:post_id><wp:post_type>post</wp:post_type>
    ${wpComment(1, 0, 'Zoë', 'Première ligne\nzweite Zeile — 日本語')}
    ${wpComment(2, 1, 'Bob', 'Reply')}
    ${wpComment(3, 2, 'Ann', 'Reply to the reply', '0')}
  </item>
  <item><title>Second</title><link>https://blog.example/?p=11</link>
    <wp:post_id>11</wp:post_id><wp:post_type>post</wp:post_type>
    ${wpComment(4, 0, 'Łukasz', 'Zażółć gęślą jaźń')}
  </item>
  <item><title>No comments</title><link>https://blog.example/quiet/</link>
    <wp:post_id>12</wp:post_id><wp:post_type>post</wp:post_type></item>
</channel>
</rss>
`
export const WORDPRESS_EXPECTED: Expected = { threads: 2, comments: 4, replies: 2 }

const comment = (id: number, author: string, text: string) => ({
  id,
  author,
  email: 'a@example.com',
  website: '',
  remote_addr: '192.0.2.0',
  text,
  created: `2020-01-0${id} 10:00:00`,
})

/** Generic JSON has no parent field: upstream imports every comment at the top level. */
export const GENERIC = JSON.stringify([
  { id: '/a/', title: 'Ä', comments: [comment(1, 'Zoë', 'Grüße — 日本語'), comment(2, 'Bob', 'two')] },
  { id: '/b/', title: 'B', comments: [comment(1, 'Łukasz', 'Zażółć')] },
  { id: '/quiet/', title: 'Nobody wrote', comments: [] },
])
export const GENERIC_EXPECTED: Expected = { threads: 3, comments: 3, replies: 0 }
