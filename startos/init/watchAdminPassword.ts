import type { T } from '@start9labs/start-sdk'
import { PASSWORD_TASK_ID, type setAdminPasswordAction } from '../actions/setAdminPassword'
import { passwordTaskReason } from '../health/describeProblem'
import { sdk } from '../sdk'
import { passwordTask } from '../isso/adminPassword'
import type { Volume } from '../sites'

/** The action the task runs (its id is what StartOS keeps). */
type SetAdminPassword = ReturnType<typeof setAdminPasswordAction>

export async function syncPasswordTask(effects: T.Effects, action: SetAdminPassword, text: string | null): Promise<void> {
  const task = passwordTask(text)
  if (task.action === 'create') {
    // critical: the OS keeps Isso stopped until the user runs the action.
    await sdk.action.createOwnTask(effects, action, 'critical', {
      reason: passwordTaskReason(task.problem),
      replayId: PASSWORD_TASK_ID,
    })
  } else if (task.action === 'clear') {
    await sdk.action.clearTask(effects, PASSWORD_TASK_ID)
  } else {
    console.warn(`admin password task left as it is: isso.cfg is ${task.why === 'malformed' ? 'malformed' : 'missing'}`)
  }
}

// `.const` re-runs this handler whenever isso.cfg changes, so a hand edit that removes
// the password raises the task again, and setting one clears it. A restored backup
// carries its password in isso.cfg, so a restore raises nothing. The task follows the
// settled text: a file being rewritten in place is briefly empty or half-written, and a
// critical task raised for that moment would stop the service for nothing.
//
// Only the first site has a task. An extra site is born with a generated password (Add
// Site), so only a hand edit can leave it without one, and then main leaves that site
// out (the others run), naming it and saying to run Set Admin Password. A task per extra site would
// have to be cleared when the site goes; a site dropped from store.json by hand would
// leave its critical task behind, and an orphaned critical task keeps the service from
// ever starting.
export const watchAdminPassword = (volume: Volume, action: SetAdminPassword) =>
  sdk.setupOnInit(async (effects) => {
    const { issoCfg } = volume.site(null)
    await issoCfg.text.read().const(effects)
    await syncPasswordTask(effects, action, await issoCfg.settledText())
  })
