import type { T } from '@start9labs/start-sdk'
import { files } from './fileModels'
import { checkIssoInfo } from './health/checkIssoInfo'
import { describeStartupProblem } from './health/describeProblem'
import { startupProblem } from './health/startupProblem'
import { i18n } from './i18n'
import { ISSO_PORT } from './interfaces'
import { issoSettingsText } from './isso/config'
import { parseConfig } from './isso/configparser'
import { ISSO_SETTINGS_PATH, issoMounts } from './mounts'
import { sdk } from './sdk'

const DAEMON_ID = 'primary'

export const main = sdk.setupMain(async ({ effects }) => {
  // Isso reads its settings only when it starts, so any change of isso.cfg (an action, a
  // hand edit) must restart it: `.const` in main does exactly that. The decision is
  // taken on the settled text, so a file still being written is not judged half-way.
  await files.issoCfg.text.read().const(effects)
  const text = await files.issoCfg.settledText()
  const problem = startupProblem(text)
  if (problem || text === null) return refuseToStart(effects, describeStartupProblem(problem ?? { kind: 'missing' }))

  const isso = sdk.SubContainer.of(effects, { imageId: 'isso' }, issoMounts, 'isso')
  // The enforced keys win for Isso without ever writing the owner's file.
  await isso.writeFile(ISSO_SETTINGS_PATH, issoSettingsText(parseConfig(text)), { mode: 0o600 })
  return sdk.Daemons.of(effects).addDaemon(DAEMON_ID, {
    subcontainer: isso,
    // gunicorn -b 0.0.0.0:8080 -w 4 --preload isso.run, as the image defines it; only
    // ISSO_SETTINGS (the image's says /config/isso.cfg) points elsewhere.
    exec: { command: sdk.useEntrypoint(), env: { ISSO_SETTINGS: ISSO_SETTINGS_PATH } },
    ready: {
      display: i18n('Isso Server'),
      fn: () => checkIssoInfo(`http://localhost:${ISSO_PORT}/info`, 5000),
      // Before binding, Isso sends HEAD / to its websites until one answers (5 s each).
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
