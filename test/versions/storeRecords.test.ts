// 0.14.0:7's migration of store.json: from 0.14.0:6's three places per site (`smtp` or
// `sitesSmtp[name]`, `notifications['/' or name]`, `sites`) to one record per site, and
// back for a downgrade to 0.14.0:6.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { storeFromV6, storeToV6 } from '../../startos/versions/storeRecords'
import { SMTP_OFF } from '../helpers/store'

/** What is written to store.json (keys whose value fell back to undefined are left out). */
const written = (store: unknown) => JSON.parse(JSON.stringify(store))

const sys = (customFrom: string | null = null) => ({ selection: 'system', value: { customFrom } })
const custom = {
  selection: 'custom',
  value: {
    provider: {
      selection: 'other',
      value: { host: 'smtp.example.com', from: 'Isso <isso@example.com>', username: 'isso', password: 'smtp-s3cret', security: { selection: 'starttls', value: { port: '587' } } },
    },
  },
}

describe('storeFromV6', () => {
  it("one site (the community package's store.json: its `smtp` alone)", () => {
    assert.deepEqual(written(storeFromV6({ smtp: custom })), { firstSite: { smtp: custom }, extraSites: [] })
  })

  it('one site with notifications; unknown keys are kept', () => {
    const v6 = { smtp: sys('Blog <b@example.org>'), notifications: { '/': { choice: 'waiting', seen: { id: 7, created: 1.5 } } }, later: { kept: true } }
    assert.deepEqual(written(storeFromV6(v6)), {
      firstSite: { smtp: sys('Blog <b@example.org>'), notifications: 'waiting', seen: { id: 7, created: 1.5 } },
      extraSites: [],
      later: { kept: true },
    })
  })

  it('several sites: each gets its own selection, choice and last seen, in the order added', () => {
    const v6 = {
      smtp: custom,
      sites: ['shop', 'blog', 'photos'],
      sitesSmtp: { blog: sys(), shop: custom },
      notifications: { '/': { seen: { id: 3, created: 10 } }, blog: { choice: 'off', seen: { id: 1, created: 5 } }, photos: { choice: 'all' } },
    }
    assert.deepEqual(written(storeFromV6(v6)), {
      firstSite: { smtp: custom, seen: { id: 3, created: 10 } },
      extraSites: [
        { name: 'shop', smtp: custom },
        { name: 'blog', smtp: sys(), notifications: 'off', seen: { id: 1, created: 5 } },
        // No selection stored (0.14.0:6's form then showed its default): off.
        { name: 'photos', smtp: SMTP_OFF, notifications: 'all' },
      ],
    })
  })

  it('hand-broken values fall back one by one, as 0.14.0:6 read them; entries of unlisted sites go', () => {
    const v6 = {
      smtp: { selection: 'carrier-pigeon' },
      sites: ['blog', 'blog', 'Bad Name', 7, 'constructor', 'shop'],
      sitesSmtp: { blog: 'nonsense', gone: sys() },
      notifications: { '/': 'nonsense', blog: { choice: 'loud', seen: { id: -1, created: 2 } }, gone: { choice: 'off' } },
    }
    assert.deepEqual(written(storeFromV6(v6)), {
      firstSite: { smtp: SMTP_OFF },
      extraSites: [
        { name: 'blog', smtp: SMTP_OFF },
        // A name that is also an Object.prototype key finds no inherited entry.
        { name: 'constructor', smtp: SMTP_OFF },
        { name: 'shop', smtp: SMTP_OFF },
      ],
    })
    for (const broken of [null, 'text', [1, 2], { sites: 'blog', sitesSmtp: [], notifications: 3 }]) {
      assert.deepEqual(written(storeFromV6(broken)), { firstSite: { smtp: SMTP_OFF }, extraSites: [] }, JSON.stringify(broken))
    }
  })

  it('is idempotent: a converted store comes back as it is', () => {
    const once = storeFromV6({ smtp: custom, sites: ['blog'], sitesSmtp: { blog: sys() }, notifications: { blog: { choice: 'off' } } })
    const twice = storeFromV6(JSON.parse(JSON.stringify(once)))
    assert.deepEqual(written(twice), written(once))
    assert.equal(JSON.stringify(twice), JSON.stringify(once))
  })
})

describe('storeToV6 (the downgrade)', () => {
  it('gives back what 0.14.0:6 wrote, for one site and for several', () => {
    for (const v6 of [
      { smtp: custom },
      { smtp: custom, later: 1, notifications: { '/': { choice: 'waiting' } } },
      {
        smtp: sys(),
        sites: ['blog', 'shop'],
        sitesSmtp: { blog: custom, shop: SMTP_OFF },
        notifications: { '/': { seen: { id: 3, created: 10 } }, shop: { choice: 'off', seen: { id: 1, created: 5 } } },
      },
    ]) {
      assert.deepEqual(JSON.parse(JSON.stringify(storeToV6(storeFromV6(v6)))), v6)
    }
  })
})
