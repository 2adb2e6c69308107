// Visitor text on its way into a notification: one plain, bounded line, and in the
// markdown details every punctuation character escaped (CommonMark: an escaped ASCII
// punctuation character is a literal), so visitor text can open no link, tag, emphasis,
// heading, list or quote.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { escapeMarkdown, plainText } from '../../startos/isso/notify'

const ASCII_PUNCT = /[!-/:-@[-`{-~]/

/** True when every ASCII punctuation character is escaped, and every backslash escapes one. */
function allLiteral(md: string): boolean {
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') {
      if (!ASCII_PUNCT.test(md[i + 1] ?? '')) return false
      i++
    } else if (ASCII_PUNCT.test(md[i])) return false
  }
  return true
}

describe('plainText', () => {
  it('makes one line: controls and line breaks become one space, runs of space collapse', () => {
    assert.equal(plainText('a\r\nb\tc\u0000d\u0085e\u2028f\u2029g  \n\n h', 100), 'a b c d e f g h')
    assert.equal(plainText('  \n# Heading\n- item\n> quote  ', 100), '# Heading - item > quote')
  })

  it('removes bidirectional overrides and marks, keeps other characters', () => {
    assert.equal(plainText('abc\u202Egnp.exe\u202C \u2066x\u2069 \u200Fé 😀', 100), 'abcgnp.exe x é 😀')
  })

  it('cuts at `max` code points with an ellipsis, never inside a surrogate pair', () => {
    assert.equal(plainText('abcdefghij', 10), 'abcdefghij')
    assert.equal(plainText('abcdefghijk', 10), 'abcdefghi…')
    const cut = plainText('😀'.repeat(20), 5)
    assert.equal(cut, '😀😀😀😀…')
    assert.equal(Array.from(cut).length, 5)
  })

  it('replaces half surrogate pairs, and treats null as empty', () => {
    assert.equal(plainText('a\uD800b\uDC00c', 10), 'a\uFFFDb\uFFFDc')
    assert.equal(plainText(null, 10), '')
  })

  it('for any input: one line, no control or bidi character, at most `max` code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (s, max) => {
        const line = plainText(s, max)
        assert.ok(Array.from(line).length <= max)
        assert.doesNotMatch(line, /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u)
        assert.doesNotMatch(line, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
      }),
    )
  })
})

describe('escapeMarkdown', () => {
  it('escapes links, images, HTML, emphasis, code, autolinks and entities', () => {
    const attack = '[click](https://evil.example/) ![x](y) <script>alert(1)</script> **b** `c` www.evil.example a@b.c &amp;'
    const md = escapeMarkdown(attack)
    assert.ok(allLiteral(md), md)
    assert.equal(md.replace(/\\(.)/g, '$1'), attack)
    assert.ok(!md.includes('https://') && !md.includes('www.evil.example'), 'an autolink would survive')
  })

  it('for any visitor text: nothing but literals, which read back as the plain line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const line = plainText(s, 200)
        const md = escapeMarkdown(line)
        assert.ok(allLiteral(md), md)
        assert.ok(!md.includes('\n'))
        assert.equal(md.replace(/\\([!-/:-@[-`{-~])/g, '$1'), line)
      }),
    )
  })
})
