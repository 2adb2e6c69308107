// What an action result must be to read well on StartOS 0.4's result screen (read in
// Start9Labs/start-os, web/projects/ui/src/app/routes/portal/modals/action-success/):
// the message is one <p>, where line breaks collapse into spaces; each value is a
// read-only one-line <input> (an <input> strips line breaks from its value, and Copy
// copies that value); a member's description is shown in full below it. So: a message in
// one paragraph, short values, and the explanation of a value in its description.
import assert from 'node:assert/strict'
import type { T } from '@start9labs/start-sdk'

/** A value longer than this is not "short": it is text to read, not a verdict or a name. */
export const SHORT_VALUE = 80

interface Shown {
  name: string
  description: string | null
  value: string
  copyable: boolean
}

function members(value: T.ActionResultValue | T.ActionResultMember | null): Shown[] {
  if (!value) return []
  if (value.type === 'group') return value.value.flatMap(members)
  const named = value as Partial<Shown>
  return [{ name: named.name ?? '', description: named.description ?? null, value: value.value, copyable: value.copyable }]
}

export function assertFitsTheScreen(value: unknown): void {
  const result = value as T.ActionResult | null | undefined
  assert.ok(result && result.version === '1', 'an action result')
  assert.ok(!/[\r\n]/.test(result.message ?? ''), `the message relies on line breaks: ${JSON.stringify(result.message)}`)
  // A single value without a group has no name and no description: it must be a value to copy.
  if (result.result?.type === 'single') assert.ok(result.result.copyable, 'a lone value that is not to copy')
  for (const m of members(result.result)) {
    // A value nobody copies is there to be read: a short verdict, explained below it.
    if (!m.copyable) {
      assert.ok(m.value.length <= SHORT_VALUE && !/[\r\n]/.test(m.value), `${m.name}: a long value to read: ${m.value}`)
      assert.ok(m.description?.trim(), `${m.name}: a value read without an explanation`)
    }
    if (m.description) assert.ok(!/[\r\n]/.test(m.description), `${m.name}: the description relies on line breaks`)
  }
}

/**
 * The text a copied value arrives as: an <input>'s value sanitisation strips every
 * CR and LF (HTML, "value sanitization algorithm" of type=text), with no space put back.
 */
export const asCopied = (value: string): string => value.replace(/[\r\n]/g, '')
