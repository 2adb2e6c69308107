import type { T } from '@start9labs/start-sdk'
import { WEBSITES_TASK_ID, type setWebsitesAction } from '../actions/setWebsites'
import { i18n } from '../i18n'
import { websitesTask } from '../isso/websites'
import { sdk } from '../sdk'
import type { Volume } from '../sites'

/** The action the task runs (its id is what StartOS keeps). */
type SetWebsites = ReturnType<typeof setWebsitesAction>

export async function syncWebsitesTask(effects: T.Effects, action: SetWebsites, text: string | null): Promise<void> {
  const task = websitesTask(text)
  if (task.action === 'create') {
    // important, not critical: Isso runs without a website (the hidden placeholder keeps
    // it starting), it just serves no page; the owner may well set the rest up first.
    await sdk.action.createOwnTask(effects, action, 'important', {
      reason: i18n('No website may show comments yet: add the address of your blog, such as https://blog.example.com.'),
      replayId: WEBSITES_TASK_ID,
    })
  } else if (task.action === 'clear') {
    await sdk.action.clearTask(effects, WEBSITES_TASK_ID)
  }
}

// Follows the first site's isso.cfg like the password task (`.const` re-runs this on
// every change), so a hand edit that empties the list raises the task again. An extra
// site cannot be added without a website (Add Site asks for one), and a task per extra
// site would outlive a site dropped from store.json by hand.
export const watchWebsites = (volume: Volume, action: SetWebsites) =>
  sdk.setupOnInit(async (effects) => {
    const { issoCfg } = volume.site(null)
    await issoCfg.text.read().const(effects)
    await syncWebsitesTask(effects, action, await issoCfg.settledText())
  })
