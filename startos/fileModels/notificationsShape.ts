import { z } from '@start9labs/start-sdk'
import { NOTIFY_CHOICES } from '../isso/notify'

// store.json `notifications`: per site (the first site under "/", which no site name can
// be), the owner's choice of StartOS notifications and the newest comment already seen.
// Kept here, not in isso.cfg: Isso knows nothing of them. Every level falls back on its
// own, so a hand-edited or older store.json stays valid: a broken `seen` is forgotten
// (the next poll remembers the newest comment again and announces nothing old), a broken
// `choice` is the default. Absent until main's first poll, so a store.json written
// before this feature parses unchanged.
const seenShape = z.object({
  id: z.number().int().nonnegative(),
  created: z.number().nonnegative(),
})

export const siteNotificationsShape = z.looseObject({
  choice: z.enum(NOTIFY_CHOICES).optional().catch(undefined),
  seen: seenShape.optional().catch(undefined),
})

export const notificationsShape = z.record(z.string(), siteNotificationsShape.catch({})).optional().catch(undefined)

export type SiteNotifications = z.infer<typeof siteNotificationsShape>
