// What every package write produces, read by upstream Isso 0.14.0 itself: `config.load`
// and the getters Isso calls (test/helpers/issoStart.py), then `make_app`. Each action's
// pure edit runs on a realistic file with awkward accepted inputs (%, #, ;, non-ASCII,
// long values, several websites, limits at their bounds); the file Isso runs with is the
// owner's file with the enforced keys (issoSettingsText), as main writes it.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { applyAdminPassword } from '../../startos/isso/adminPassword'
import { issoSettingsText, seedConfig } from '../../startos/isso/config'
import { parseConfig, type ConfigDocument } from '../../startos/isso/configparser'
import { applyServerSettings, type ServerInput } from '../../startos/isso/server'
import { newSiteConfig } from '../../startos/isso/sites/newSite'
import { applySmtp, resolveCustomSmtp } from '../../startos/isso/smtp'
import { applyWebsites } from '../../startos/isso/websites'
import { addSaltIfMissing } from '../../startos/versions/communityUpgrade'
import { issoStarts, type IssoStart } from '../helpers/issoStart'
import { skipWithoutIsso } from '../helpers/isso'

const fixture = (dir: string, name: string) => readFileSync(join(__dirname, '..', 'fixtures', dir, name), 'utf8')
const edited = (text: string, ...edits: ((doc: ConfigDocument) => void)[]) => {
  const doc = parseConfig(text).clone()
  for (const edit of edits) edit(doc)
  return doc
}

const LONG_PASSWORD = 'p%ss#;wörd ' + 'x'.repeat(200) + ' ü'
const smtp = resolveCustomSmtp({
  provider: {
    selection: 'other',
    value: {
      host: 'smtp.example.com',
      from: 'Blög Ñame <blog@example.com>',
      username: 'ü-user@example.com',
      password: LONG_PASSWORD,
      security: { selection: 'starttls', value: { port: '587' } },
    },
  },
})
const server: ServerInput = {
  comments: { editWindow: { amount: 90, unit: 'minutes' }, gravatar: true, latestEnabled: true, replyNotifications: true },
  moderation: { enabled: true, approveIfEmailPreviouslyApproved: true, purgeAfter: { amount: 52, unit: 'weeks' } },
  guard: { enabled: true, ratelimit: 100, directReply: 1000, replyToSelf: true, requireAuthor: true, requireEmail: true },
}
const WEBSITES = ['HTTPS://Bücher.example:443/', 'https://blog.example.com:8443', 'http://abcdefghijklmnop.onion', 'https://www.blog.example.com']
const PASSWORD = 'Xk3vQ9mR2tLp8sWz4nYb7cDe'

// name → [the file Isso runs with, what Isso must read from it]
const cases: [string, string, Record<string, unknown>][] = [
  ['a fresh install (init)', issoSettingsText(seedConfig('FreshSalt0123456789abcde')), {
    'general.dbpath': '/db/comments.db',
    'admin.enabled': true,
    'general.host': ['http://localhost'],
    'hash.salt': 'FreshSalt0123456789abcde',
  }],
  ['Websites, several and awkward', issoSettingsText(edited(fixture('actions', 'websites-hand-edited.cfg'), (d) => applyWebsites(d, WEBSITES))), {
    'general.host': ['https://xn--bcher-kva.example', 'https://blog.example.com:8443', 'http://abcdefghijklmnop.onion', 'https://www.blog.example.com', 'http://localhost'],
    'admin.password': 'pa%ss word # not a comment',
  }],
  ['Email Notifications, custom, then Server at its bounds', issoSettingsText(
    edited(seedConfig('s').toString(), (d) => applySmtp(d, smtp, 'owner@example.com'), (d) => applyServerSettings(d, server)),
  ), {
    'smtp.host': 'smtp.example.com',
    'smtp.port': 587,
    'smtp.security': 'starttls',
    'smtp.username': 'ü-user@example.com',
    'smtp.password': LONG_PASSWORD,
    'smtp.to': 'owner@example.com',
    // The display name goes RFC 2047-encoded (headers are ASCII); mail clients show it as typed.
    'smtp.from': `=?utf-8?b?${Buffer.from('Blög Ñame').toString('base64')}?= <blog@example.com>`,
    'general.notify': ['smtp'],
    'general.max-age': 5400,
    'general.gravatar': true,
    'general.latest-enabled': true,
    'general.reply-notifications': true,
    'moderation.enabled': true,
    'moderation.approve-if-email-previously-approved': true,
    'moderation.purge-after': 52 * 7 * 86400,
    'guard.ratelimit': 100,
    'guard.direct-reply': 1000,
    'guard.reply-to-self': true,
    'guard.require-author': true,
    'guard.require-email': true,
  }],
  ['Set Admin Password', issoSettingsText(edited(fixture('actions', 'server-hand-edited.cfg'), (d) => applyAdminPassword(d, PASSWORD))), {
    'admin.password': PASSWORD,
    'admin.enabled': true,
    'general.dbpath': '/db/comments.db',
  }],
  ['the community upgrade (a salt added)', issoSettingsText(edited(fixture('runtime', 'community-0.14.0-4.cfg'), (d) => void addSaltIfMissing(d, 'UpgradeSalt0123456789abc'))), {
    'hash.salt': 'UpgradeSalt0123456789abc',
    'general.dbpath': '/db/comments.db',
  }],
  ['Add Site (from a first site with a public endpoint)', issoSettingsText(
    newSiteConfig(edited(seedConfig('first').toString(), (d) => d.set('server', 'public-endpoint', 'https://comments.example.com')), {
      name: 'photos',
      websites: ['https://photos.example.net'],
      password: PASSWORD,
      salt: 'PhotosSalt0123456789abcd',
    }),
    { dbpath: '/db/photos/comments.db' },
  ), {
    'general.dbpath': '/db/photos/comments.db',
    'general.host': ['https://photos.example.net', 'http://localhost'],
    'admin.password': PASSWORD,
    'hash.salt': 'PhotosSalt0123456789abcd',
    'server.public-endpoint': 'https://comments.example.com/photos',
  }],
]

describe('what the package writes, read by upstream Isso 0.14.0', { skip: skipWithoutIsso() }, () => {
  let results: IssoStart[]
  before(async () => {
    results = await issoStarts(cases.map(([, text]) => text))
  })
  cases.forEach(([name, , expected], i) => {
    it(`${name}: Isso starts and reads what was chosen`, () => {
      const result = results[i]
      assert.ok(result.ok, `Isso did not start: ${result.ok ? '' : result.error}`)
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(result.values[key], value, key)
    })
  })
})
