// A blog whose file Isso cannot start with is left out of the launch: what Isso Server's
// health then says, and how each refusal reads (which blog, which line, which action
// fixes it before editing by hand).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { describeStartupProblem } from '../../startos/health/describeProblem'
import { withLeftOut } from '../../startos/health/leftOut'
import { startupProblem } from '../../startos/health/startupProblem'
import { allMessages } from '../../startos/i18n/messages'

const BLOG = `[general]
dbpath = /db/photos/comments.db
host =
    https://photos.example.net
max-age = 15m
[admin]
enabled = true
password = Blue-Heron-Tuesday-7731
[smtp]
timeout = 10
`
const refusal = (text: string, site: string | null, several?: boolean) => describeStartupProblem(startupProblem(text)!, site, several)

describe('Isso Server while blogs are left out', () => {
  const up = { result: 'success' as const, message: 'Isso is answering requests' }
  const photos = refusal(BLOG.replace('max-age = 15m', 'max-age = soon'), 'photos')

  it('is a failure naming the left-out blog first, then how the others answer', () => {
    assert.deepEqual(withLeftOut(up, [photos]), { result: 'failure', message: `${photos} Other blogs: Isso is answering requests` })
  })

  it('stays what the others say while they start or fail, still naming the left-out blog', () => {
    const starting = { result: 'starting' as const, message: 'Isso is starting and not accepting connections yet' }
    assert.deepEqual(withLeftOut(starting, [photos]), { result: 'starting', message: `${photos} Other blogs: ${starting.message}` })
    const failing = { result: 'failure' as const, message: 'Isso did not answer within 5 seconds' }
    assert.equal(withLeftOut(failing, [photos]).result, 'failure')
  })

  it('is the answer itself when nothing is left out', () => {
    assert.deepEqual(withLeftOut(up, []), up)
  })
})

describe('why a blog is not served', () => {
  it('names an extra blog, its file and line, and the Server action before editing by hand', () => {
    const said = refusal(BLOG.replace('max-age = 15m', 'max-age = soon'), 'photos')
    assert.match(said, /^Blog photos is not served: in config\/photos\.cfg, line 5, \[general\] max-age = soon is not accepted by Isso; use a duration /)
    assert.match(said, /Saving the Server action's form for this blog writes a valid value over it; you can also correct the line by hand\.$/)
  })

  it('names Email Notifications or Websites for their keys, and no action for a key none writes', () => {
    assert.match(refusal(`${BLOG}port = many\n`, 'photos'), /\[smtp\] port = many .*Saving the Email Notifications action's form for this blog writes a valid value over it, or removes it with e-mail off/)
    assert.match(refusal(`${BLOG}to\n`, 'photos'), /\[smtp\] to has no value; .*Email Notifications action's form for this blog with e-mail on/)
    assert.match(refusal(BLOG.replace('https://photos.example.net', 'https://photos.example.net:99999'), 'photos'), /line 3, \[general\] host = https:\/\/photos\.example\.net:99999 is not accepted by Isso; .*Correct or remove the entry with the Websites action for this blog/)
    assert.match(refusal(BLOG.replace('timeout = 10', 'timeout = 0'), 'photos'), /line 10, \[smtp\] timeout = 0 .*No action writes this key: correct the line by hand or restore a backup\.$/)
  })

  it('says only the first blog is not served when there are others, and that Isso will not start when it is alone', () => {
    const text = BLOG.replace('max-age = 15m', 'max-age = soon')
    assert.match(refusal(text, null, true), /^The first blog \(at \/\) is not served: in config\/isso\.cfg, line 5/)
    assert.match(refusal(text, null, false), /^Isso will not start: in config\/isso\.cfg, line 5/)
    assert.match(refusal(text, null), /^Isso will not start: /)
  })

  it('a file that cannot be read: its line, and why no action helps', () => {
    const said = refusal(`${BLOG}[admin]\nenabled = true\n`, 'photos')
    assert.match(said, /^Blog photos is not served: config\/photos\.cfg cannot be read \(.*line 11.*\)\. No action changes a file it cannot read: fix the file by hand/)
  })

  it('a missing file: an extra blog’s is not created again, so it says how to restore or remove the blog', () => {
    assert.match(describeStartupProblem({ kind: 'missing' }, 'photos'), /^Blog photos is not served: config\/photos\.cfg is missing or empty\. .*"Remove Blog"/)
    assert.match(describeStartupProblem({ kind: 'missing' }, null, true), /^The first blog \(at \/\) is not served: config\/isso\.cfg is missing or empty\. If it was deleted, StartOS creates a new one/)
  })
})

describe('the fix sentences, in every language', () => {
  const messages = allMessages as Record<string, Record<string, string>>
  const HAND: Record<string, string> = { en: 'by hand', de_DE: 'von Hand', es_ES: 'a mano', fr_FR: 'à la main', pl_PL: 'ręcznie' }
  const inAll = (english: string) => ({ en: english, ...messages[english] })
  const FIXES: [string, string][] = [
    ["Saving the Server action's form for this blog writes a valid value over it; you can also correct the line by hand.", 'Server'],
    ["Saving the Email Notifications action's form for this blog writes a valid value over it, or removes it with e-mail off; you can also correct the line by hand.", 'Email Notifications'],
    ["Saving the Email Notifications action's form for this blog with e-mail on writes a valid value over it; you can also correct the line by hand.", 'Email Notifications'],
    ['Correct or remove the entry with the Websites action for this blog; you can also correct the line by hand.', 'Websites'],
  ]

  it('name the action, as the actions list shows it, before editing by hand', () => {
    for (const [english, action] of FIXES) {
      const names = inAll(action)
      for (const [locale, text] of Object.entries(inAll(english))) {
        const at = text.indexOf(names[locale as keyof typeof names])
        assert.ok(at >= 0, `${locale}: the action's name is missing in: ${text}`)
        assert.ok(at < text.indexOf(HAND[locale]), `${locale}: the hand edit comes first in: ${text}`)
      }
    }
  })
})
