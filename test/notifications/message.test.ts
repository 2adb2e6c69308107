// The owner's notification for one site's new comments: one per poll however many came,
// counts in the title, visitor text plain in the message and literal in the details.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Announcement, NewComment } from '../../startos/isso/notify'
import { ownerNotification } from '../../startos/notifications/message'

const at = Date.UTC(2026, 2, 1, 12, 30) / 1000
const comment = (id: number, over: Partial<NewComment> = {}): NewComment => ({
  id,
  created: at + id * 60,
  waiting: false,
  author: `Reader ${id}`,
  text: `Comment number ${id}`,
  uri: '/post/',
  title: 'A post',
  ...over,
})
const news = (items: NewComment[], total = items.length): Announcement => ({
  total,
  waiting: items.filter((c) => c.waiting).length + (total - items.length),
  items,
})
const one = { site: null, several: false, mail: false }

describe('ownerNotification', () => {
  it('one published comment: who, where and the first words', () => {
    const n = ownerNotification(news([comment(1)]), one)
    assert.equal(n.level, 'info')
    assert.equal(n.title, 'New comment')
    assert.equal(n.message, 'Reader 1 on /post/: Comment number 1')
    assert.equal(
      n.data,
      [
        '- **Reader 1** · A post \\(\\/post\\/\\) · 2026\\-03\\-01 12\\:31 UTC · *published*',
        '  > Comment number 1',
        '',
        'Approve\\, edit or delete comments in the Admin panel interface\\, logged in with the admin password\\.',
      ].join('\n'),
    )
  })

  it('one waiting comment says so in the title and the list', () => {
    const n = ownerNotification(news([comment(1, { waiting: true, author: null, title: null })]), one)
    assert.equal(n.title, 'New comment waiting for approval')
    assert.match(n.data, /^- \*\*Anonymous\*\* · \\\/post\\\/ · .* · \*waiting for approval\*$/m)
    // Where to act on it without logging in; a published comment needs no such line.
    assert.match(n.data, /^Approve or delete waiting comments with the Review Waiting Comments action of this service\\, without logging in\\.$/m)
    assert.doesNotMatch(ownerNotification(news([comment(1)]), one).data, /Review Waiting Comments/)
  })

  it('several comments: one notification, counted, listed', () => {
    const n = ownerNotification(news([comment(1), comment(2, { waiting: true }), comment(3, { waiting: true })]), one)
    assert.equal(n.title, 'New comments: 3, 2 of them waiting for approval')
    assert.equal(n.message, 'Reader 1 on /post/: Comment number 1 And 2 more: see the details.')
    assert.equal(n.data.split('\n').filter((l) => l.startsWith('- ')).length, 3)
    assert.equal(ownerNotification(news([comment(1, { waiting: true }), comment(2, { waiting: true })]), one).title, 'New comments waiting for approval: 2')
    assert.equal(ownerNotification(news([comment(1), comment(2)]), one).title, 'New comments: 2')
  })

  it('a flood: the list stops, the count does not', () => {
    const items = Array.from({ length: 10 }, (_, i) => comment(i + 1))
    const n = ownerNotification({ total: 250, waiting: 0, items }, one)
    assert.equal(n.title, 'New comments: 250')
    assert.equal(n.data.split('\n').filter((l) => l.startsWith('- ')).length, 10)
    assert.match(n.data, /^And 240 more\\, not listed here\\\.$/m)
    assert.ok(n.data.length < 4000, `${n.data.length} characters`)
  })

  it("with several sites the title names the site; the panel is the site's own", () => {
    const n = ownerNotification(news([comment(1)]), { site: 'photos', several: true, mail: false })
    assert.equal(n.title, 'photos: New comment')
    assert.match(n.data, /Admin panel\\: photos interface/)
    assert.equal(ownerNotification(news([comment(1)]), { site: null, several: true, mail: false }).title, 'first blog: New comment')
  })

  it("with e-mail on it points to Isso's own links too", () => {
    assert.match(ownerNotification(news([comment(1)]), { ...one, mail: true }).data, /Isso\\'s e\\-mails about new comments/)
  })

  it('visitor text cannot forge the structure, HTML or links, and is bounded', () => {
    const hostile = comment(1, {
      author: 'Eve\n# Owner notice\u202E',
      title: '](javascript:alert(1))',
      uri: '/x/<img src=x onerror=alert(1)>',
      text: 'line one\n\n- [Approve all](https://evil.example/approve)\n> <script>alert(1)</script>\u0007' + 'x'.repeat(5000),
    })
    const n = ownerNotification(news([hostile]), one)
    const lines = n.data.split('\n')
    // The same shape as for a harmless comment: one item line, one quoted line, the advice.
    assert.equal(lines.length, 4)
    assert.ok(lines[0].startsWith('- **Eve \\# Owner notice** · '))
    assert.ok(lines[1].startsWith('  > line one \\- \\[Approve all\\]\\(https\\:\\/\\/evil\\.example'))
    for (const bad of ['](', 'https://', '\u202E', '\u0007']) assert.ok(!n.data.includes(bad), `data holds ${bad}`)
    assert.doesNotMatch(n.data, /(^|[^\\])</, 'an unescaped < in the details')
    assert.ok(lines[1].length < 500, `excerpt of ${lines[1].length} characters`)
    // The message is plain: one line, control characters gone, bounded.
    assert.ok(!/[\n\u0007\u202E]/.test(n.message))
    assert.ok(n.message.length < 400, `${n.message.length} characters`)
    assert.equal(n.title, 'New comment')
  })
})
