import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { ConfigValueError, parseConfig, type ConfigDocument } from '../../startos/isso/configparser'
import { readWithPython } from '../helpers/python'
import { fixture, lineDiff } from './support'

/** Every edited document is also read by python3 (one batch, at the end). */
const written: ConfigDocument[] = []
after(async () => {
  const python = await readWithPython(written.map((d) => d.toString()))
  python.forEach((py, i) => {
    assert.ok(py.ok, !py.ok ? `${py.error}\n${written[i].toString()}` : '')
    assert.deepEqual(py.reading, written[i].reading())
  })
})

function edit(name: string, change: (doc: ConfigDocument) => void) {
  const text = fixture(name)
  const doc = parseConfig(text)
  change(doc)
  written.push(doc)
  return { doc, diff: lineDiff(text, doc.toString()) }
}

describe('set() rewrites only the key\'s own lines', () => {
  it('replaces one single-line value, keeping spacing', () => {
    const { doc, diff } = edit('startos-community.cfg', (d) => d.set('admin', 'password', 'n3w$ecret'))
    assert.deepEqual(diff.removed, ['password = 7Hn2xLq9VwPz4RtY8KmB3sDf\n'])
    assert.deepEqual(diff.added, ['password = n3w$ecret\n'])
    assert.equal(doc.get('admin', 'password'), 'n3w$ecret')
  })
  it('keeps `key:value` and `key=value` styles and the key\'s spelling', () => {
    assert.deepEqual(edit('hand-edited-extra-sections.cfg', (d) => d.set('general', 'MAX-AGE', '2h')).diff,
      { at: 9, removed: ['max-age: 1h30m\n'], added: ['max-age: 2h\n'] })
    assert.deepEqual(edit('hand-edited-extra-sections.cfg', (d) => d.set('general', 'dbpath', '/db/x.db')).diff,
      { at: 2, removed: ['dbpath=/db/comments.db\n'], added: ['dbpath=/db/x.db\n'] })
    assert.match(edit('hand-edited-extra-sections.cfg', (d) => d.setList('general', 'HOST', [])).doc.toString(),
      /\nHost =\nmax-age: 1h30m\n/)
  })
  it('drops continuation lines and comments between them when a list becomes one value', () => {
    const { doc, diff } = edit('hand-edited-extra-sections.cfg', (d) => d.set('general', 'host', 'https://only.example'))
    assert.deepEqual(diff.removed, ['Host =\n', '\thttps://blog.example.org\n', '\t# the staging site, remove after launch\n',
      '\thttps://staging.example.org\n', '\n', '\thttp://localhost\n'])
    assert.deepEqual(diff.added, ['Host = https://only.example\n'])
    assert.equal(doc.get('general', 'host'), 'https://only.example')
  })
  it('gives a key without value a value, and back', () => {
    const { doc, diff } = edit('startos-community.cfg', (d) => {
      d.set('smtp', 'to', null)
    })
    assert.deepEqual(diff, { at: 35, removed: ['to =\n'], added: ['to\n'] })
    doc.set('smtp', 'to', 'me@example.org')
    assert.deepEqual(lineDiff(fixture('startos-community.cfg'), doc.toString()).added, ['to = me@example.org\n'])
  })
  it('writes an empty value as `key =`', () => {
    const { diff } = edit('startos-community.cfg', (d) => d.set('admin', 'password', ''))
    assert.deepEqual(diff.added, ['password =\n'])
  })
})

describe('new keys and sections', () => {
  it('a new key goes after the section\'s last key, before the blank line that ends it', () => {
    const { diff } = edit('startos-community.cfg', (d) => d.set('admin', 'Extra', 'x'))
    assert.deepEqual(diff, { at: 17, removed: [], added: ['Extra = x\n'] })
  })
  it('a new key copies the indentation of the section\'s keys', () => {
    const { doc, diff } = edit('hand-edited-extra-sections.cfg', (d) => d.set('server', 'reload', 'off'))
    assert.deepEqual(diff.added, ['  reload = off\n'])
    assert.equal(doc.get('server', 'reload'), 'off')
  })
  it('a new key lands before the trailing comment of the last section', () => {
    const { diff } = edit('hand-edited-extra-sections.cfg', (d) => d.set('rss', 'title', 'Blog'))
    assert.deepEqual(diff.added, ['title = Blog\n'])
    assert.equal(diff.removed.length, 0)
    assert.equal(diff.at, 38)
  })
  it('a missing section is appended after a blank line, in the file\'s newline style', () => {
    const { diff } = edit('crlf.cfg', (d) => d.setList('server', 'trusted-proxies', ['10.0.0.1', '10.0.0.2']))
    assert.deepEqual(diff.added, ['\r\n', '[server]\r\n', 'trusted-proxies =\r\n', '    10.0.0.1\r\n', '    10.0.0.2\r\n'])
  })
  it('a file without final newline keeps not having one', () => {
    const { doc } = edit('no-final-newline.cfg', (d) => d.set('admin', 'password', 'x'))
    assert.ok(doc.toString().endsWith('enabled = true\npassword = x'))
    const sec = parseConfig(fixture('no-final-newline.cfg'))
    sec.addSection('hash')
    written.push(sec)
    assert.ok(sec.toString().endsWith('enabled = true\n\n[hash]'))
  })
  it('lone CR files get lone CR lines', () => {
    const { doc } = edit('lone-cr.cfg', (d) => d.set('admin', 'password', 'x'))
    assert.ok(doc.toString().endsWith('enabled = true\rpassword = x\r'))
  })
  it('addSection on an existing section changes nothing', () => {
    const doc = parseConfig(fixture('startos-community.cfg'))
    doc.addSection('smtp')
    assert.equal(doc.toString(), fixture('startos-community.cfg'))
  })
})

describe('setList()', () => {
  it('keeps the items, their comments and indentation that survive; drops blank lines', () => {
    const { doc, diff } = edit('hand-edited-extra-sections.cfg', (d) =>
      d.setList('general', 'host', ['https://staging.example.org', 'https://new.example', 'http://localhost']))
    assert.deepEqual(diff.removed, ['\thttps://blog.example.org\n', '\t# the staging site, remove after launch\n',
      '\thttps://staging.example.org\n', '\n'])
    assert.deepEqual(diff.added, ['\t# the staging site, remove after launch\n', '\thttps://staging.example.org\n',
      '\thttps://new.example\n'])
    assert.deepEqual(doc.getList('general', 'host'), ['https://staging.example.org', 'https://new.example', 'http://localhost'])
  })
  it('turns a single value into a list, 4 spaces deeper than the key', () => {
    const { doc, diff } = edit('no-final-newline.cfg', (d) => d.setList('general', 'host', ['a', 'b']))
    assert.deepEqual(diff.added, ['host =\n', '    a\n', '    b\n'])
    assert.equal(doc.get('general', 'host'), '\na\nb')
  })
  it('writes the community format: `host =` then 4-space items', () => {
    const { diff } = edit('startos-community.cfg', (d) => d.setList('general', 'host', ['https://x.example', 'localhost']))
    assert.deepEqual(diff.removed, ['    https://blog.example.com\n', '    https://www.example.com\n'])
    assert.deepEqual(diff.added, ['    https://x.example\n'])
  })
  it('an empty list is `key =`', () => {
    const { doc } = edit('startos-community.cfg', (d) => d.setList('general', 'host', []))
    assert.equal(doc.get('general', 'host'), '')
  })
})

describe('delete()', () => {
  it('removes the key with its continuation lines, nothing else', () => {
    const { diff } = edit('hand-edited-extra-sections.cfg', (d) => assert.equal(d.delete('server', 'trusted-proxies'), true))
    assert.deepEqual(diff.removed, ['  trusted-proxies =\n', '      10.0.3.1\n', '      10.0.3.2\n'])
    assert.deepEqual(diff.added, [])
  })
  it('returns false for absent keys and DEFAULT fallbacks', () => {
    const doc = parseConfig('[DEFAULT]\nx = 1\n[a]\n')
    assert.equal(doc.delete('a', 'x'), false)
    assert.equal(doc.delete('b', 'x'), false)
    assert.equal(doc.toString(), '[DEFAULT]\nx = 1\n[a]\n')
  })
})

describe('refused edits throw ConfigValueError and leave the document untouched', () => {
  const refusals: Array<[string, (d: ConfigDocument) => void]> = [
    ['line break in a value', (d) => d.set('admin', 'password', 'a\nb')],
    ['CR in a value', (d) => d.set('admin', 'password', 'a\rb')],
    ['NUL in a value', (d) => d.set('admin', 'password', 'a\0b')],
    ['leading space', (d) => d.set('admin', 'password', ' a')],
    ['trailing \\x85 (Python whitespace)', (d) => d.set('admin', 'password', 'a\x85')],
    ['lone surrogate', (d) => d.set('admin', 'password', 'a\ud800')],
    ['empty list item', (d) => d.setList('general', 'host', ['a', ''])],
    ['list item starting with #', (d) => d.setList('general', 'host', ['#a'])],
    ['list item starting with ;', (d) => d.setList('general', 'host', [';a'])],
    ['key with =', (d) => d.set('admin', 'a=b', 'x')],
    ['key with :', (d) => d.set('admin', 'a:b', 'x')],
    ['key starting with [', (d) => d.set('admin', '[a', 'x]')],
    ['key starting with #', (d) => d.set('admin', '#a', 'x')],
    ['empty key', (d) => d.set('admin', '', 'x')],
    ['section with ]', (d) => d.set('a]b', 'k', 'x')],
    ['section with newline', (d) => d.addSection('a\nb')],
    ['section starting with space', (d) => d.addSection(' a')],
  ]
  for (const [name, change] of refusals) {
    it(name, () => {
      const text = fixture('startos-community.cfg')
      const doc = parseConfig(text)
      assert.throws(() => change(doc), ConfigValueError)
      assert.equal(doc.toString(), text)
    })
  }
  it('messages name section, key and reason, never the value', () => {
    const doc = parseConfig(fixture('startos-community.cfg'))
    assert.throws(() => doc.set('admin', 'password', 'topsecret\n'), (e: unknown) => {
      assert.ok(e instanceof ConfigValueError)
      assert.equal(e.section, 'admin')
      assert.equal(e.key, 'password')
      assert.match(e.message, /'password' in section \[admin\].*line break/)
      assert.doesNotMatch(e.message, /topsecret/)
      return true
    })
  })
})
