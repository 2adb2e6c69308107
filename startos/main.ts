import type { T } from '@start9labs/start-sdk'
import { checkIssoInfo } from './health/checkIssoInfo'
import { describeStartupProblem } from './health/describeProblem'
import { startupProblem } from './health/startupProblem'
import { i18n } from './i18n'
import { issoCfgText } from './init/issoCfgText'
import { ISSO_PORT } from './interfaces'
import { issoMounts } from './mounts'
import { sdk } from './sdk'

const DAEMON_ID = 'primary'

export const main = sdk.setupMain(async ({ effects }) => {
  // Isso reads isso.cfg only when it starts, so any change (an action, a hand edit)
  // must restart it: `.const` in main does exactly that.
  const text = await issoCfgText().read().const(effects)
  const problem = startupProblem(text)
  if (problem) await refuseToStart(effects, describeStartupProblem(problem))

  const isso = sdk.SubContainer.of(effects, { imageId: 'isso' }, issoMounts, 'isso')
  return sdk.Daemons.of(effects).addDaemon(DAEMON_ID, {
    subcontainer: isso,
    // gunicorn -b 0.0.0.0:8080 -w 4 --preload isso.run, as the image defines it.
    exec: { command: sdk.useEntrypoint() },
    ready: {
      display: i18n('Isso Server'),
      fn: () => checkIssoInfo(`http://localhost:${ISSO_PORT}/info`, 5000),
      // Before binding, Isso sends HEAD / to every website (5 s timeout each).
      gracePeriod: 30_000,
    },
    requires: [],
  })
})

// Throwing from main fails the start and the message lands in the service log. The
// health entry is set by hand as well, so the dashboard shows why (best effort: the
// OS may not keep health for a main that never built its daemons).
async function refuseToStart(effects: T.Effects, message: string): Promise<never> {
  console.error(message)
  try {
    await effects.setHealth({ id: DAEMON_ID, name: i18n('Isso Server'), result: 'failure', message })
  } catch (error) {
    console.error('could not report the problem as health:', error)
  }
  throw new Error(message)
}
