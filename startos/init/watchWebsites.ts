import type { T } from '@start9labs/start-sdk'
import { setWebsites, WEBSITES_TASK_ID } from '../actions/setWebsites'
import { files } from '../fileModels'
import { i18n } from '../i18n'
import { websitesTask } from '../isso/websites'
import { sdk } from '../sdk'

export async function syncWebsitesTask(effects: T.Effects, text: string | null): Promise<void> {
  const task = websitesTask(text)
  if (task.action === 'create') {
    // important, not critical: Isso runs without a website (the hidden placeholder keeps
    // it starting), it just serves no page; the owner may well set the rest up first.
    await sdk.action.createOwnTask(effects, setWebsites, 'important', {
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
export const watchWebsites = sdk.setupOnInit(async (effects) => {
  await files.issoCfg.text.read().const(effects)
  await syncWebsitesTask(effects, await files.issoCfg.settledText())
})
