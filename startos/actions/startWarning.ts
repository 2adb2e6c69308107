import type { T } from '@start9labs/start-sdk'
import { describeStartupProblem } from '../health/describeProblem'
import { startupProblem } from '../health/startupProblem'
import type { ConfigDocument } from '../isso/configparser'
import { extraSiteNames, type Volume } from '../sites'

/**
 * An action saves only its own keys, so a line of the owner's that Isso refuses (a value
 * of the wrong kind, left by a hand edit) is still there afterwards, and the blog is
 * still not served (nor anything, when it is the only one). Then the result says so,
 * naming the line, instead of a plain success. A password problem is left to the
 * critical task, which already asks for the password.
 */
export async function withStartWarning<R extends T.ActionResult>(
  volume: Volume,
  result: R,
  saved: ConfigDocument,
  site: string | null,
): Promise<R> {
  const problem = startupProblem(saved.toString())
  if (!problem || problem.kind === 'password') return result
  // Other blogs are served without this one; the first blog alone stops everything.
  const several = site !== null || (await extraSiteNames(volume)).length > 0
  // One paragraph: StartOS shows the message in a single <p>, where line breaks collapse.
  return { ...result, message: `${result.message} ${describeStartupProblem(problem, site, several)}` }
}
