import { i18n } from '../i18n'
import type { IssoInfoResult } from './checkIssoInfo'

/**
 * Isso Server's answer while some blogs are left out of the launch (their files are ones
 * Isso cannot start with; `leftOut` says why, one message each) and the others are
 * served (`served`: how those answer). A left-out blog serves no comments until its file
 * is fixed, which only the owner can do, so that is a failure even while the others
 * answer; it comes first, with the line to fix. While the others are still starting,
 * that is what the check says (the SDK shows a failure as starting within the grace
 * period anyway).
 */
export function withLeftOut(served: IssoInfoResult, leftOut: readonly string[]): IssoInfoResult {
  if (leftOut.length === 0) return served
  const message = `${leftOut.join(' ')} ${i18n('Other blogs: ${state}', { state: served.message })}`
  return { result: served.result === 'success' ? 'failure' : served.result, message }
}
