/**
 * Hand-picked grammar cases, each with what CPython's configparser gives (checked
 * against python3 in grammar.test.ts, so a wrong expectation fails too).
 */
import type { ConfigReading, ConfigSyntaxErrorKind } from '../../startos/isso/configparser'

type Sections = Array<[string, Array<[string, string | null]>]>
export interface GrammarCase {
  name: string
  text: string
  reading?: ConfigReading
  error?: { kind: ConfigSyntaxErrorKind; line: number }
}

const ok = (sections: Sections, defaults: Array<[string, string | null]> = []): ConfigReading => ({ sections, defaults })

export const grammarCases: GrammarCase[] = [
  { name: 'inline # and ; and % are part of the value', text: '[admin]\npassword = p#ss;w%rd ;x #y\n',
    reading: ok([['admin', [['password', 'p#ss;w%rd ;x #y']]]]) },
  { name: '`host =` with indented origins', text: '[general]\nhost =\n    https://a.example\n    http://b.example\n',
    reading: ok([['general', [['host', '\nhttps://a.example\nhttp://b.example']]]]) },
  { name: 'comments between list items are skipped, even unindented', text: '[general]\nhost =\n  a\n  # c1\n; c2\n  b\nx = 1\n',
    reading: ok([['general', [['host', '\na\nb'], ['x', '1']]]]) },
  { name: 'blank lines inside a list stay, trailing ones go', text: '[general]\nhost = a\n\n   \n  b\n\n\n[s]\n',
    reading: ok([['general', [['host', 'a\n\n\nb']]], ['s', []]]) },
  { name: 'keys are case-insensitive: Host then host is a duplicate', text: '[general]\nHost = a\nhost = b\n',
    error: { kind: 'duplicate-key', line: 3 } },
  { name: 'sections are case-sensitive: [Hash] and [hash] both exist', text: '[Hash]\nSalt = A\n[hash]\nsalt = b\n',
    reading: ok([['Hash', [['salt', 'A']]], ['hash', [['salt', 'b']]]]) },
  { name: 'tabs indent continuation lines and separate values', text: '[a]\nk\t=\tv\t1\n\tw\n',
    reading: ok([['a', [['k', 'v\t1\nw']]]]) },
  { name: 'CRLF line ends', text: '[a]\r\nk = v\r\n  w\r\n', reading: ok([['a', [['k', 'v\nw']]]]) },
  { name: 'lone CR ends a line (universal newlines)', text: '[a]\rk = v\r  w\rz = 1', reading: ok([['a', [['k', 'v\nw'], ['z', '1']]]]) },
  { name: '\\x0b, \\x85 and U+2028 do not end a line', text: '[a]\nk = v\x0bw\x85x\u2028y\n',
    reading: ok([['a', [['k', 'v\x0bw\x85x\u2028y']]]]) },
  { name: '`key:value` and the first delimiter wins', text: '[a]\nk:v=w\nl = m:n\n', reading: ok([['a', [['k', 'v=w'], ['l', 'm:n']]]]) },
  { name: '`key` without value is null, `key =` is empty', text: '[a]\nk\nl =\nm :\n', reading: ok([['a', [['k', null], ['l', ''], ['m', '']]]]) },
  { name: 'spaces inside key names survive, trailing ones do not', text: '[a]\nmy key   =  v  \n', reading: ok([['a', [['my key', 'v']]]]) },
  { name: 'DEFAULT is not a section and may repeat', text: '[DEFAULT]\nx = 1\n[a]\nk = v\n[DEFAULT]\ny = 2\n',
    reading: ok([['a', [['k', 'v']]]], [['x', '1'], ['y', '2']]) },
  { name: 'indented key right after a section header is a key', text: '[a]\n    k = v\n    l = w\n',
    reading: ok([['a', [['k', 'v'], ['l', 'w']]]]) },
  { name: 'deeper indented key after a key is a continuation', text: '[a]\n  k = v\n    l = w\n  m = x\n',
    reading: ok([['a', [['k', 'v\nl = w'], ['m', 'x']]]]) },
  { name: 'an indented section header inside a value is value text', text: '[a]\nk = v\n  [b]\n', reading: ok([['a', [['k', 'v\n[b]']]]]) },
  { name: 'section header takes up to the last ]', text: '[a]b] trailing\nk = v\n', reading: ok([['a]b', [['k', 'v']]]]) },
  { name: 'U+FEFF is not whitespace to Python', text: '[a]\nk = \ufeffv\ufeff\n', reading: ok([['a', [['k', '\ufeffv\ufeff']]]]) },
  { name: '\\x1c and \\x85 are whitespace to Python', text: '[a]\nk =\x1c v \x85\n', reading: ok([['a', [['k', 'v']]]]) },
  { name: 'Python lower-cases keys like str.lower (final sigma)', text: '[a]\nΚΛΕΙΣ = 1\n', reading: ok([['a', [['κλεις', '1']]]]) },
  { name: 'empty file', text: '', reading: ok([]) },
  { name: 'comments only', text: '# a\n\n; b', reading: ok([]) },
  { name: 'duplicate section', text: '[a]\n[b]\n\n[a]\n', error: { kind: 'duplicate-section', line: 4 } },
  { name: 'duplicate key in a section', text: '[general]\nhost = a\n\nhost = b\n', error: { kind: 'duplicate-key', line: 4 } },
  { name: 'key before any section', text: '# c\n\nhost = a\n[general]\n', error: { kind: 'missing-section-header', line: 3 } },
  { name: 'continuation after a valueless key', text: '[a]\nk\n\n  v\n', error: { kind: 'continuation-after-valueless-key', line: 4 } },
  { name: '`= value` has no key name', text: '[a]\nk = 1\n= v\n', error: { kind: 'parsing', line: 3 } },
  { name: 'a later fatal error wins over an earlier `= value`', text: '[a]\n= v\n[a]\n', error: { kind: 'duplicate-section', line: 3 } },
  { name: 'two `= value` lines are a duplicate empty key', text: '[a]\n: v\n= w\n', error: { kind: 'duplicate-key', line: 3 } },
  { name: 'UTF-8 byte-order mark', text: '\ufeff[general]\nhost = a\n', error: { kind: 'byte-order-mark', line: 1 } },
]
