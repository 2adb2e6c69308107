import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { promisify } from 'node:util'
import { LOCALES } from '../startos/i18n/locales'
import { allMessages } from '../startos/i18n/messages'

const execFileAsync = promisify(execFile)

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

  // StartOS shows a result's message in one <p> and a description as one block, where
  // line breaks collapse: no text may rely on them.
  it('are one paragraph each, in every language', () => {
    for (const [english, translated] of entries) {
      assert.doesNotMatch(english, /[\r\n]/, english)
      for (const locale of LOCALES) assert.doesNotMatch(translated[locale], /[\r\n]/, `${locale} of: ${english}`)
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
  const withParam = Object.keys(allMessages).find((k) => placeholders(k).length > 0)
  const numeric = Object.fromEntries(placeholders(withParam ?? '').map((p) => [p, 1234]))
  // Two parameters, each holding every replacement pattern and the other's placeholder.
  const literalKey = '${field} cannot be written to isso.cfg: ${reason}'
  const literal = {
    field: "a$&b$'c$`d$1e$$f${reason}g${x}",
    reason: "${field}$$h$&i$'j$`k$<n>$0",
  }
  type Call = [lang: string, key: string, params: Record<string, unknown>]
  const calls: Call[] = [
    ['en_US.UTF-8', literalKey, literal],
    ['de_DE.UTF-8', literalKey, literal],
  ]
  if (withParam) calls.push(['de_DE.UTF-8', withParam, numeric], ['C.UTF-8', withParam, numeric])

  // setupI18n reads LANG when the module loads, so each language runs in its own process,
  // with this one's loader flags (tsx, or none when npm test runs the compiled tree). Each
  // loads the SDK (≈0.4 s of CPU): one process per language answers all of the tests'
  // calls in that language, and the processes run at once.
  const translated = new Map<string, string>()
  const id = (lang: string, key: string, params: Record<string, unknown>) => JSON.stringify([lang, key, params])
  before(async () => {
    await Promise.all(
      [...new Set(calls.map(([lang]) => lang))].map(async (lang) => {
        const mine = calls.filter(([l]) => l === lang).map(([, key, params]) => [key, params] as const)
        const { stdout } = await execFileAsync(
          process.execPath,
          [...process.execArgv, '-e', `
            const { i18n } = require('./startos/i18n')
            const calls = ${JSON.stringify(mine)}
            process.stdout.write(JSON.stringify(calls.map(([key, params]) => i18n(key, params))))`],
          { cwd: join(import.meta.dirname, '..'), env: { ...process.env, LANG: lang }, encoding: 'utf8' },
        )
        const texts = JSON.parse(stdout) as string[]
        assert.equal(texts.length, mine.length)
        mine.forEach(([key, params], i) => translated.set(id(lang, key, params), texts[i]))
      }),
    )
  })
  const translateIn = (lang: string, key: string, params: Record<string, unknown>) => {
    const text = translated.get(id(lang, key, params))
    assert.ok(text !== undefined, `no ${lang} translation of ${key} was asked for`)
    return text
  }

  it('answers in the server language and fills numeric parameters, even under LANG=C', () => {
    assert.ok(withParam, 'some message has a parameter')
    const params = numeric
    const german = (allMessages as Record<string, Record<string, string>>)[withParam].de_DE
    assert.equal(translateIn('de_DE.UTF-8', withParam, params), german.replace(/\$\{\w+\}/g, '1.234'))
    assert.equal(translateIn('C.UTF-8', withParam, params), withParam.replace(/\$\{\w+\}/g, '1,234'))
  })

  it('passes parameters literally: no String.replace patterns, no placeholder filled twice', () => {
    const key = literalKey
    const params = literal
    // Filled by splitting the template, so the expectation uses no String.replace either.
    const filled = (template: string) =>
      template.split(/(\$\{\w+\})/).map((part) => (part === '${field}' ? params.field : part === '${reason}' ? params.reason : part)).join('')
    const german = (allMessages as Record<string, Record<string, string>>)[key].de_DE
    assert.equal(translateIn('en_US.UTF-8', key, params), `${params.field} cannot be written to isso.cfg: ${params.reason}`)
    assert.equal(translateIn('de_DE.UTF-8', key, params), filled(german))
    assert.notEqual(filled(german), filled(key), 'the German text differs from the English')
  })
})
