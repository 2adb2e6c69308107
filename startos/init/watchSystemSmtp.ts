import type { T } from '@start9labs/start-sdk'
import { applySmtp, resolveSystemSmtp, SmtpFieldError } from '../isso/smtp'
import { sdk } from '../sdk'
import { sitesFollowingSystemSmtp, type Volume } from '../sites'

// Writes the server's SMTP settings into a site's [smtp] while its selection in
// store.json is 'system' (`site` null: the first site). `system` null (the server's SMTP
// was removed) turns mail off rather than leaving Isso to log in to a server that is no
// longer configured; `[smtp] to` is kept either way, so mail resumes with the same
// recipient once the server has SMTP again.
export async function applySystemSmtp(
  volume: Volume,
  system: T.SmtpValue | null,
  customFrom: string | null,
  site: string | null = null,
): Promise<boolean> {
  const resolved = () => (system ? resolveSystemSmtp(system, customFrom) : null)
  const file = volume.site(site).issoCfg
  try {
    // A missing, empty, malformed or busy file is left as it is (editIfPresent logs
    // why); the next change of the selection or of the server's SMTP tries again.
    return (await file.editIfPresent((doc) => applySmtp(doc, resolved()))) === 'changed'
  } catch (error) {
    // A value Isso could not use: keep the file as it is.
    if (error instanceof SmtpFieldError) {
      console.error(`server SMTP not applied to ${file.label}: ${error.message}`)
      return false
    }
    throw error
  }
}

// Both reads are `.const`, so this re-runs when a site's selection changes, when a site
// is added or removed, and when the server's SMTP settings change; Isso restarts only if
// some [smtp] really changed. Each site is applied on its own: one site's unusable file
// does not keep the others from following the server.
export const watchSystemSmtp = (volume: Volume) =>
  sdk.setupOnInit(async (effects) => {
    const following = await volume.store.read(sitesFollowingSystemSmtp).const(effects)
    if (!following || following.length === 0) return
    const system = await sdk.getSystemSmtp(effects).const()
    for (const { site, customFrom } of following) {
      if (await applySystemSmtp(volume, system, customFrom, site)) {
        console.info(`${volume.site(site).issoCfg.label} [smtp] follows the server SMTP settings`)
      }
    }
  })
