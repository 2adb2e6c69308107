// The review form's pieces: the waiting-comments reader and the signer against databases
// made by upstream Isso 0.14.0's own db code (the venv's Python), the form's fields and
// the decisions read back, and what Isso's route answers mean. The whole action runs
// against Isso run by main in test/e2e/review.test.ts.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fieldKey, FIELD_LIMITS, formatWhen, InvalidDecisionError, readDecisions, REVIEW_LIMIT, shownComment } from '../../startos/isso/moderation/form'
import { readWaitingQueues, type WaitingComment } from '../../startos/isso/moderation/queue'
import { publicAddress, routeCall, routeOutcome } from '../../startos/isso/moderation/route'
import { readSignedComments } from '../../startos/isso/moderation/signed'
import { issoPython, skipWithoutIsso } from '../helpers/isso'
import { localRunner } from '../helpers/runner'

const exec = localRunner()

// Comments added with Isso's own db code; `created` descending for the first ones, so
// "oldest first" is not simply id order.
const MAKE_DB = String.raw`
import json, sys
from isso import config, db
d = db.SQLite3(sys.argv[1], config.load(config.default_file()))
d.threads.new('/a/', 'Page A')
for c in json.loads(sys.argv[2]):
    d.comments.add('/a/', dict(dict(text='t', author=None, email=None, website=None, remote_addr='127.0.0.1', parent=None, notification=0), **c))
`

let dir: string
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isso-moderation-'))
})
after(() => rm(dir, { recursive: true, force: true }))

function makeDb(name: string, comments: Record<string, unknown>[]): string {
  const file = join(dir, `${name}.db`)
  execFileSync(issoPython(), ['-c', MAKE_DB, file, JSON.stringify(comments)])
  return file
}

describe('the waiting comments and their keys, from a database Isso 0.14.0 made', { skip: skipWithoutIsso() }, () => {
  it(`lists the oldest ${REVIEW_LIMIT} waiting comments and counts them all; published and deleted ones are not listed`, async () => {
    const comments = [
      ...Array.from({ length: 30 }, (_, n) => ({ text: `waiting ${n}`, mode: 2, created: 1_700_000_000 + (n < 5 ? 100 - n : 1000 + n) })),
      { text: 'published', mode: 1, created: 1 },
      { text: 'deleted', mode: 4, created: 2 },
    ]
    const db = makeDb('many', comments)
    const [queue, missing] = await readWaitingQueues(exec, [db, join(dir, 'none.db')], REVIEW_LIMIT, issoPython())
    assert.deepEqual(missing, { exists: false, total: 0, items: [] })
    assert.equal(queue.total, 30)
    assert.equal(queue.items.length, REVIEW_LIMIT)
    assert.deepEqual(
      queue.items.map((c) => c.text),
      ['waiting 4', 'waiting 3', 'waiting 2', 'waiting 1', 'waiting 0', ...Array.from({ length: 20 }, (_, n) => `waiting ${n + 5}`)],
    )
    assert.deepEqual(
      { ...queue.items[0], id: 0 },
      { id: 0, created: 1_700_000_096, author: null, email: null, website: null, text: 'waiting 4', uri: '/a/', title: 'Page A' },
    )
  })

  it('cuts long visitor fields in SQLite already', async () => {
    const db = makeDb('long', [{ text: 'y'.repeat(50_000), author: 'a'.repeat(5000), mode: 2 }])
    const [queue] = await readWaitingQueues(exec, [db], REVIEW_LIMIT, issoPython())
    assert.equal(queue.items[0].text.length, 2000)
    assert.equal(queue.items[0].author?.length, 500)
  })

  it("signs ids as Isso's own signer does, with the session key the database holds now", async () => {
    const db = makeDb('keys', [{ mode: 2 }, { mode: 1 }, { mode: 4 }])
    const signed = await readSignedComments(exec, db, [1, 2, 3, 99], issoPython())
    assert.deepEqual(signed.map((s) => s.mode), [2, 1, 4, null])
    // Isso's unsign, as its route runs it, gives back each id.
    const check = String.raw`
import json, sys
from isso import config, Isso
from isso.core import ThreadedMixin
conf = config.load(config.default_file())
conf.set('general', 'dbpath', sys.argv[1])
# As isso.make_app builds it (moderation off: no purge thread).
class App(Isso, ThreadedMixin):
    pass
app = App(conf)
print(json.dumps([app.unsign(k, max_age=2**32) for k in json.loads(sys.argv[2])]))
`
    const unsigned = JSON.parse(execFileSync(issoPython(), ['-c', check, db, JSON.stringify(signed.map((s) => s.key))], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '')
    assert.deepEqual(unsigned, [1, 2, 3, 99])
    // A new session key (as a new admin password may bring): the keys follow it.
    execFileSync(issoPython(), ['-c', "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE preferences SET value = 'new' WHERE key = 'session-key'\"); c.commit()", db])
    const after = await readSignedComments(exec, db, [1], issoPython())
    assert.notEqual(after[0].key, signed[0].key)
  })
})

describe('the form and the decisions', () => {
  const base: WaitingComment = { id: 7, created: 1_764_583_200, author: 'Ann', email: null, website: null, text: 'Hi', uri: '/p/', title: 'P' }

  it('shows every visitor field as one plain, bounded line', () => {
    const hostile = `**x** <b>y</b>\n\n# z\u202E\u0007 ${'w'.repeat(5000)}`
    const s = shownComment({ ...base, author: hostile, email: hostile, website: hostile, title: hostile, uri: hostile, text: hostile }, 3)
    assert.equal(s.key, 'c7')
    assert.equal(s.position, 3)
    for (const [field, limit] of Object.entries(FIELD_LIMITS)) {
      const value = s[field === 'excerpt' ? 'excerpt' : (field as keyof typeof FIELD_LIMITS)] as string
      assert.ok(Array.from(value).length <= limit, field)
      assert.ok(value.endsWith('…'), field)
      assert.doesNotMatch(value, /[\p{Cc}\u202E]/u, field)
      assert.ok(value.startsWith('**x** <b>y</b> # z'), field)
    }
    assert.equal(shownComment(base, 1).email, '')
    assert.equal(formatWhen(1_764_583_200), '2025-12-01 10:00 UTC')
  })

  it('reads approve and delete, ignores leave, and refuses anything else', () => {
    assert.deepEqual(readDecisions({ [fieldKey(3)]: 'approve', c4: 'leave', c10: 'delete' }), [
      { id: 3, decision: 'approve' },
      { id: 10, decision: 'delete' },
    ])
    for (const bad of [{ c1: 'purge' }, { site: 'approve' }, { c0: 'approve' }, { 'c1 ': 'approve' }, { c1: 1 }, { c01: 'approve' }]) {
      assert.throws(() => readDecisions(bad), InvalidDecisionError, JSON.stringify(bad))
    }
  })
})

describe("Isso's moderation route", () => {
  it("is called as a visitor's request through StartOS's proxy would be, under the site's prefix", () => {
    assert.deepEqual(routeCall('', 5, 'approve', 'a.b-c_d', { host: 'comments.example.org' }), {
      path: '/id/5/activate/a.b-c_d',
      headers: { Host: 'comments.example.org', 'X-Forwarded-Proto': 'https' },
    })
    assert.equal(routeCall('/blog', 5, 'delete', 'k', { host: 'h:8443' }).path, '/blog/id/5/delete/k')
  })

  it('names the best https address as Host, its port included', () => {
    assert.deepEqual(publicAddress([{ url: 'http://a.local:80/' }, { url: 'https://comments.example.org/' }, { url: 'https://b.local:4443/' }]), { host: 'comments.example.org' })
    assert.deepEqual(publicAddress([{ url: 'https://adjective-noun.local:4443/' }]), { host: 'adjective-noun.local:4443' })
    assert.equal(publicAddress([{ url: 'http://x.onion/' }, { url: 'not a url' }]), null)
  })

  it("reads Isso's answers (views/comments.py moderate)", () => {
    assert.equal(routeOutcome('approve', 200, 'Comment has been activated'), 'done')
    assert.equal(routeOutcome('approve', 200, 'Already activated'), 'already')
    assert.equal(routeOutcome('delete', 200, 'Comment has been deleted'), 'done')
    assert.equal(routeOutcome('delete', 404, ''), 'gone')
    assert.equal(routeOutcome('approve', 403, ''), 'refused')
    assert.equal(routeOutcome('approve', 500, ''), 'failed')
  })
})
