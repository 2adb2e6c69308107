// What one poll does for one site: the remembered high-water mark, the owner's choice
// and what the database answered decide what is announced and what is remembered.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  isNotifyChoice,
  LIST_LIMIT,
  notifyScope,
  sameSeen,
  siteOutcome,
  siteQuery,
  type NewComment,
} from '../../startos/isso/notify'
import type { SiteAnswer } from '../../startos/isso/poll'

const comment = (id: number, waiting = false): NewComment => ({
  id,
  created: 1_700_000_000 + id,
  waiting,
  author: 'A',
  text: 't',
  uri: '/p/',
  title: null,
})

const answer = (top: { id: number; created: number }, items: NewComment[] = [], exists = true): SiteAnswer => ({
  exists,
  top,
  total: items.length,
  waiting: items.filter((c) => c.waiting).length,
  items,
})

describe('notifyScope: the owner’s choice and moderation', () => {
  for (const [choice, moderation, scope] of [
    [undefined, true, 'waiting'],
    [undefined, false, 'all'],
    ['auto', true, 'waiting'],
    ['auto', false, 'all'],
    ['all', true, 'all'],
    ['all', false, 'all'],
    ['waiting', true, 'waiting'],
    ['waiting', false, 'waiting'],
    ['off', true, null],
    ['off', false, null],
  ] as const) {
    it(`${choice ?? '(none saved)'}, moderation ${moderation ? 'on' : 'off'} → ${scope ?? 'no query'}`, () => {
      assert.equal(notifyScope(choice, moderation), scope)
    })
  }

  it('knows the choices the form offers and nothing else', () => {
    for (const c of ['auto', 'all', 'waiting', 'off']) assert.ok(isNotifyChoice(c))
    for (const c of ['', 'All', 'none', null, undefined, 1]) assert.equal(isNotifyChoice(c), false)
  })
})

describe('siteQuery', () => {
  it('asks from what was seen, in the scope, listing at most LIST_LIMIT', () => {
    assert.deepEqual(siteQuery('waiting', { id: 4, created: 9.5 }), {
      after: { id: 4, created: 9.5 },
      scope: 'waiting',
      limit: LIST_LIMIT,
    })
  })
  it('asks only for the high-water mark when nothing was seen, and nothing when off', () => {
    assert.equal(siteQuery('all', undefined)?.after, null)
    assert.equal(siteQuery(null, { id: 1, created: 1 }), null)
  })
})

describe('siteOutcome', () => {
  const seen = { id: 5, created: 1_700_000_005 }

  it('nothing remembered (install, update, restore, after an import): remembers the newest, announces nothing', () => {
    assert.deepEqual(siteOutcome(undefined, answer({ id: 40, created: 1_700_000_040 })), {
      announce: null,
      seen: { id: 40, created: 1_700_000_040 },
    })
  })

  it('an empty database is remembered as it stands: id 0, so its first comment is new', () => {
    assert.deepEqual(siteOutcome(undefined, answer({ id: 0, created: 1_700_000_000 })).seen, { id: 0, created: 1_700_000_000 })
  })

  it('new comments: one announcement with all of them, then the newest is remembered', () => {
    const items = [comment(6), comment(7, true)]
    const out = siteOutcome(seen, answer({ id: 7, created: 1_700_000_007 }, items))
    assert.deepEqual(out.announce, { total: 2, waiting: 1, items })
    assert.deepEqual(out.seen, { id: 7, created: 1_700_000_007 })
  })

  it('nothing new in scope: no announcement, the mark still moves (published comments under "waiting only")', () => {
    assert.deepEqual(siteOutcome(seen, answer({ id: 9, created: 1_700_000_009 })), {
      announce: null,
      seen: { id: 9, created: 1_700_000_009 },
    })
  })

  it('the newest comment deleted: the mark moves back, so the next one (same id) is new', () => {
    assert.deepEqual(siteOutcome(seen, answer({ id: 4, created: 1_700_000_004 })).seen, { id: 4, created: 1_700_000_004 })
  })

  it('no database: keeps what was remembered; off: forgets it', () => {
    assert.deepEqual(siteOutcome(seen, answer({ id: 0, created: 0 }, [], false)), { announce: null, seen })
    assert.deepEqual(siteOutcome(undefined, answer({ id: 0, created: 0 }, [], false)), { announce: null, seen: undefined })
    assert.deepEqual(siteOutcome(seen, null), { announce: null, seen: undefined })
  })

  it('sameSeen compares by value', () => {
    assert.ok(sameSeen(undefined, undefined))
    assert.ok(sameSeen({ id: 1, created: 2 }, { id: 1, created: 2 }))
    assert.ok(!sameSeen({ id: 1, created: 2 }, { id: 1, created: 3 }))
    assert.ok(!sameSeen(undefined, { id: 0, created: 0 }))
  })
})
