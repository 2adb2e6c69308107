import { sdk } from '../sdk'
import type { Volume } from '../sites'
import { addSiteAction } from './addSite'
import { checkWebsiteAction } from './checkWebsite'
import { configureServerAction } from './configureServer'
import { configureSmtpAction } from './configureSmtp'
import { embedCodeAction } from './embedCode'
import { exportCommentsAction } from './exportComments'
import { importCommentsAction } from './importComments'
import { removeSiteAction } from './removeSite'
import { reviewCommentsAction } from './reviewComments'
import { sendTestEmailAction } from './sendTestEmail'
import { setAdminPasswordAction } from './setAdminPassword'
import { setWebsitesAction } from './setWebsites'

// Every action the package offers, each working on the files of `volume` and otherwise
// with the package's own dependencies. Registering them (init runs the registry) also
// exports their metadata to StartOS on each init and clears ids that no longer exist.
export const actionsOn = (volume: Volume) =>
  sdk.Actions.of()
    .addAction(reviewCommentsAction(volume))
    .addAction(setWebsitesAction(volume))
    .addAction(configureServerAction(volume))
    .addAction(setAdminPasswordAction(volume))
    .addAction(configureSmtpAction(volume))
    .addAction(embedCodeAction(volume))
    .addAction(importCommentsAction(volume))
    .addAction(exportCommentsAction(volume))
    .addAction(checkWebsiteAction(volume))
    .addAction(sendTestEmailAction(volume))
    .addAction(addSiteAction(volume))
    .addAction(removeSiteAction(volume))

export type PackageActions = ReturnType<typeof actionsOn>
