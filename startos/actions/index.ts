import { sdk } from '../sdk'
import { addSite } from './addSite'
import { checkWebsite } from './checkWebsite'
import { configureServer } from './configureServer'
import { configureSmtp } from './configureSmtp'
import { embedCode } from './embedCode'
import { exportComments } from './exportComments'
import { importComments } from './importComments'
import { removeSite } from './removeSite'
import { reviewComments } from './reviewComments'
import { sendTestEmail } from './sendTestEmail'
import { setAdminPassword } from './setAdminPassword'
import { setWebsites } from './setWebsites'

// Every action the package offers. Registering them here also exports their metadata to
// StartOS on each init and clears ids that no longer exist.
export const actions = sdk.Actions.of()
  .addAction(reviewComments)
  .addAction(setWebsites)
  .addAction(configureServer)
  .addAction(setAdminPassword)
  .addAction(configureSmtp)
  .addAction(embedCode)
  .addAction(importComments)
  .addAction(exportComments)
  .addAction(checkWebsite)
  .addAction(sendTestEmail)
  .addAction(addSite)
  .addAction(removeSite)
