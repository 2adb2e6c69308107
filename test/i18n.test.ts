import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { LOCALES } from '../startos/i18n/locales'
import { allMessages } from '../startos/i18n/messages'

const placeholders = (text: string) => [...text.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('translations', () => {
  const entries = Object.entries(allMessages) as [string, Record<string, string>][]

  it('cover every message in every locale', () => {
    assert.ok(entries.length > 1)
    for (const [english, translated] of entries) {
      for (const locale of LOCALES) {
        assert.ok(translated[locale]?.trim(), `${locale} is missing for: ${english}`)
      }
    }
  })

  it('keep the parameters of the English text, each once', () => {
    for (const [english, translated] of entries) {
      const expected = placeholders(english)
      assert.equal(new Set(expected).size, expected.length, `a parameter repeats in: ${english}`)
      for (const locale of LOCALES) {
        assert.deepEqual(placeholders(translated[locale]), expected, `${locale} of: ${english}`)
      }
    }
  })
})

describe('i18n()', () => {
  // setupI18n reads LANG when the module loads, so each language runs in its own process,
  // with this one's loader flags (tsx, or none when npm test runs the compiled tree).
  const translateIn = (lang: string, key: string, params: Record<string, unknown>) =>
    execFileSync(
      process.execPath,
      [...process.execArgv, '-e', `
        const { i18n } = require('./startos/i18n')
        process.stdout.write(i18n(${JSON.stringify(key)}, ${JSON.stringify(params)}))`],
      { cwd: join(import.meta.dirname, '..'), env: { ...process.env, LANG: lang }, encoding: 'utf8' },
    )
  const withParam = Object.keys(allMessages).find((k) => placeholders(k).length > 0)

  it('answers in the server language and fills numeric parameters, even under LANG=C', () => {
    assert.ok(withParam, 'some message has a parameter')
    const params = Object.fromEntries(placeholders(withParam).map((p) => [p, 1234]))
    const german = (allMessages as Record<string, Record<string, string>>)[withParam].de_DE
    assert.equal(translateIn('de_DE.UTF-8', withParam, params), german.replace(/\$\{\w+\}/g, '1.234'))
    assert.equal(translateIn('C.UTF-8', withParam, params), withParam.replace(/\$\{\w+\}/g, '1,234'))
  })

  it('passes parameters literally: no String.replace patterns, no placeholder filled twice', () => {
    // Two parameters, each holding every replacement pattern and the other's placeholder.
    const key = '${field} cannot be written to isso.cfg: ${reason}'
    const params = {
      field: "a$&b$'c$`d$1e$$f${reason}g${x}",
      reason: "${field}$$h$&i$'j$`k$<n>$0",
    }
    // Filled by splitting the template, so the expectation uses no String.replace either.
    const filled = (template: string) =>
      template.split(/(\$\{\w+\})/).map((part) => (part === '${field}' ? params.field : part === '${reason}' ? params.reason : part)).join('')
    const german = (allMessages as Record<string, Record<string, string>>)[key].de_DE
    assert.equal(translateIn('en_US.UTF-8', key, params), `${params.field} cannot be written to isso.cfg: ${params.reason}`)
    assert.equal(translateIn('de_DE.UTF-8', key, params), filled(german))
    assert.notEqual(filled(german), filled(key), 'the German text differs from the English')
  })
})
