// Every message the code asks for exists in every language, and every message the
// languages carry is asked for somewhere. The English text is the key, so a sentence
// reworded in the code but not in startos/i18n/messages/ (or the other way round) would
// otherwise show English in every language, or leave a dead translation behind.
// TypeScript catches an unknown key only while the call is typed; this reads the source.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, it } from 'node:test'
import ts from 'typescript'
import { LOCALES } from '../startos/i18n/locales'
import { allMessages } from '../startos/i18n/messages'

const root = join(import.meta.dirname, '..')
const MESSAGES_DIR = join(root, 'startos', 'i18n', 'messages')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return path === MESSAGES_DIR ? [] : sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

interface Call {
  /** The key as written, or null when the first argument is not a plain string. */
  key: string | null
  where: string
}

/** Every call of `i18n(...)` in the package's code, with its first argument. */
function i18nCalls(): Call[] {
  const calls: Call[] = []
  for (const file of sourceFiles(join(root, 'startos'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'i18n') {
        const arg = node.arguments[0]
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
        const where = `${relative(root, file)}:${line}`
        calls.push({ key: arg && ts.isStringLiteralLike(arg) ? arg.text : null, where })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return calls
}

describe('message keys', () => {
  const calls = i18nCalls()
  const messages = allMessages as Record<string, Partial<Record<string, string>>>

  it('are found: the scan sees the calls', () => {
    // A scan that found nothing would pass the two tests below without checking anything.
    assert.ok(calls.length > 100, `only ${calls.length} i18n() calls found`)
  })

  it('are written as plain strings, so each can be checked', () => {
    const dynamic = calls.filter((c) => c.key === null).map((c) => c.where)
    assert.deepEqual(dynamic, [], 'i18n() called with a computed key')
  })

  it('used in the code exist in every language', () => {
    const missing = calls.flatMap(({ key, where }) => {
      if (key === null) return []
      const lacking = LOCALES.filter((locale) => !Object.hasOwn(messages, key) || !messages[key][locale]?.trim())
      return lacking.length ? [`${where}: ${key} (missing: ${lacking.join(', ')})`] : []
    })
    assert.deepEqual(missing, [])
  })

  it('in the languages are used somewhere in the code', () => {
    const used = new Set(calls.map((c) => c.key))
    const unused = Object.keys(messages).filter((key) => !used.has(key))
    assert.deepEqual(unused, [])
  })
})
