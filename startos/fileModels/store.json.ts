import { FileHelper, smtpShape, z } from '@start9labs/start-sdk'
import { sdk } from '../sdk'

// Same location and shape as the community package, so an in-place upgrade keeps the
// user's SMTP choice. Only the SMTP selection lives here; everything else is isso.cfg.
export const storeShape = z.looseObject({
  smtp: smtpShape.catch({ selection: 'disabled', value: {} }),
})

export type Store = z.infer<typeof storeShape>

export const storeJson = FileHelper.json(
  { base: sdk.volumes.main, subpath: 'start9/store.json' },
  storeShape,
)
