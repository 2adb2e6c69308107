import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { applyWebsites, WebsitesInputError } from '../../startos/isso/websites'
import { seedConfig } from '../../startos/isso/config'
import { parseConfig } from '../../startos/isso/configparser'
import { tempVolume } from '../helpers/volume'
import { fakeEffects } from '../helpers/effects'
import { assertFitsTheScreen } from '../helpers/screenResult'
import { readWithPython } from '../helpers/python'

const fixture = (name: string) => readFile(join(__dirname, '../fixtures/actions', name), 'utf8')

describe('applyWebsites (pure)', () => {
  it('changes only the host lines of a hand-edited file', async () => {
    const text = await fixture('websites-hand-edited.cfg')
    const doc = parseConfig(text)
    const written = applyWebsites(doc, ['HTTPS://Bücher.example:443/', 'https://blog.example.com', 'https://bücher.example'])
    assert.deepEqual(written, ['https://xn--bcher-kva.example', 'https://blog.example.com'])
    const expected = text.replace(
      '    https://blog.example.com\n    http://localhost\n    https://www.example.org:8443\n',
      '    https://xn--bcher-kva.example\n    https://blog.example.com\n    http://localhost\n',
    )
    assert.notEqual(expected, text)
    assert.equal(doc.toString(), expected)
    const [py] = await readWithPython([doc.toString()])
    assert.ok(py.ok)
    assert.equal(py.sections.general.host, '\nhttps://xn--bcher-kva.example\nhttps://blog.example.com\nhttp://localhost')
    assert.equal(py.sections.general['max-age'], '1h30m')
    assert.equal(py.sections.admin.password, 'pa%ss word # not a comment')
    assert.equal(py.sections.rss.limit, '50')
  })

  it('keeps the placeholder last on a fresh seed and never shows it', () => {
    const doc = seedConfig('testsalt')
    applyWebsites(doc, ['https://blog.example.com'])
    assert.deepEqual(doc.getList('general', 'host'), ['https://blog.example.com', 'http://localhost'])
  })

  it('refuses an empty list and bad entries without touching the document', async () => {
    const text = await fixture('websites-hand-edited.cfg')
    const doc = parseConfig(text)
    assert.throws(() => applyWebsites(doc, []), (e: unknown) => e instanceof WebsitesInputError && e.problem.kind === 'none')
    assert.throws(() => applyWebsites(doc, ['https://ok.example', 'https://blog.example.com/posts']),
      (e: unknown) => e instanceof WebsitesInputError && e.problem.kind === 'path')
    assert.equal(doc.toString(), text)
  })
})

describe('set-websites through the SDK', () => {
  const { cfg, volume } = tempVolume('isso-websites-')
  const setWebsites = setWebsitesAction(volume)

  async function prepare(text: string) {
    await writeFile(cfg, text)
    const { effects } = fakeEffects()
    const form = await setWebsites.getInput({ effects, prefill: null })
    return { effects, form }
  }

  it('prefills without the placeholder, writes normalised origins python reads back', async () => {
    const { effects, form } = await prepare(await fixture('websites-hand-edited.cfg'))
    assert.deepEqual(form.value, { websites: ['https://blog.example.com', 'https://www.example.org:8443'] })
    const result = await setWebsites.run({ effects, input: { websites: ['https://WWW.example.org:8443/', 'https://example.org'] } })
    assertFitsTheScreen(result)
    // One value per website, each to copy: StartOS shows a value on one line.
    assert.ok(result?.version === '1' && result.result?.type === 'group')
    assert.deepEqual(
      result.result.value.map((m) => m.type === 'single' && [m.name, m.value, m.copyable]),
      [['Website 1', 'https://www.example.org:8443', true], ['Website 2', 'https://example.org', true]],
    )
    const [py] = await readWithPython([await readFile(cfg, 'utf8')])
    assert.ok(py.ok)
    assert.equal(py.sections.general.host, '\nhttps://www.example.org:8443\nhttps://example.org\nhttp://localhost')
    assert.equal(py.sections.general.notify, 'stdout, smtp')
  })

  it('bad input: throws naming the field and the fix, file byte-identical', async () => {
    const text = await fixture('websites-hand-edited.cfg')
    const cases: [string[], RegExp | { message: string }][] = [
      [['https://blog.example.com/posts'], { message: 'Websites: ‘https://blog.example.com/posts’ has a path. Enter only https://blog.example.com.' }],
      [['example.com'], /did you mean https:\/\/example\.com\?/i],
      [['http://example.com'], /must use https:\/\/.*Enter https:\/\/example\.com\./],
      [['https://*.example.com'], /Wildcards are not supported/],
      [[], /add at least one website/],
      [[''], /one entry is empty/],
      [["https://a$'b.example"], /‘https:\/\/a\$'b\.example’ is not a valid website address/],
    ]
    for (const [websites, message] of cases) {
      const { effects } = await prepare(text)
      await assert.rejects(setWebsites.run({ effects, input: { websites } }), message)
      assert.equal(await readFile(cfg, 'utf8'), text)
    }
  })

  it('malformed file: fails with the line number, nothing written', async () => {
    const text = await fixture('admin-malformed.cfg')
    await writeFile(cfg, text)
    const { effects } = fakeEffects()
    await assert.rejects(setWebsites.getInput({ effects, prefill: null }), /isso\.cfg line 9/)
    await assert.rejects(setWebsites.run({ effects, input: { websites: ['https://blog.example.com'] } }), /line 9/)
    assert.equal(await readFile(cfg, 'utf8'), text)
  })
})
