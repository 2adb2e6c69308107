import { FileHelper, smtpShape, z } from '@start9labs/start-sdk'
import { notificationsShape } from './notificationsShape'
import { sdk } from '../sdk'

// Same location and shape as the community package, so an in-place upgrade keeps the
// user's SMTP choice. The package's own state lives here: the e-mail form's selection,
// and which extra sites exist (their settings are in their own config files). Keeping
// the list here, not in a folder listing, lets main say "site blog: config/blog.cfg is
// missing" instead of silently serving one site fewer.
export const storeShape = z.looseObject({
  smtp: smtpShape.catch({ selection: 'disabled', value: {} }),
  // Absent while there is one site, so a one-site store.json stays byte for byte as it was.
  sites: z.array(z.string()).optional().catch(undefined),
  // The e-mail form's selection of each extra site, by name (the first site's is `smtp`,
  // where the community package keeps it). Absent while no extra site exists, for the
  // same reason as `sites`.
  sitesSmtp: z.record(z.string(), smtpShape).optional().catch(undefined),
  // Owner notifications of new comments, per site (notificationsShape.ts).
  notifications: notificationsShape,
})

export type Store = z.infer<typeof storeShape>

export const storeJson = FileHelper.json(
  { base: sdk.volumes.main, subpath: 'start9/store.json' },
  storeShape,
)
