import type { T } from '@start9labs/start-sdk'
import { files } from '../fileModels'
import { applySmtp, resolveSystemSmtp, SmtpFieldError } from '../isso/smtp'
import { sdk } from '../sdk'

// Writes the server's SMTP settings into [smtp] while store.json says 'system'.
// `system` null (the server's SMTP was removed) turns mail off rather than leaving
// Isso to log in to a server that is no longer configured; `[smtp] to` is kept either
// way, so mail resumes with the same recipient once the server has SMTP again.
export async function applySystemSmtp(system: T.SmtpValue | null, customFrom: string | null): Promise<boolean> {
  const resolved = () => (system ? resolveSystemSmtp(system, customFrom) : null)
  try {
    // A missing, empty, malformed or busy isso.cfg is left as it is (editIfPresent logs
    // why); the next change of the selection or of the server's SMTP tries again.
    return (await files.issoCfg.editIfPresent((doc) => applySmtp(doc, resolved()))) === 'changed'
  } catch (error) {
    // A value Isso could not use: keep the file as it is.
    if (error instanceof SmtpFieldError) {
      console.error(`server SMTP not applied to isso.cfg: ${error.message}`)
      return false
    }
    throw error
  }
}

// Both reads are `.const`, so this re-runs when the user changes the selection and
// when the server's SMTP settings change; Isso restarts only if [smtp] really changed.
export const watchSystemSmtp = sdk.setupOnInit(async (effects) => {
  const smtp = await files.storeJson.read((store) => store.smtp).const(effects)
  if (smtp?.selection !== 'system') return
  const system = await sdk.getSystemSmtp(effects).const()
  const customFrom = (smtp.value as { customFrom?: string | null }).customFrom ?? null
  if (await applySystemSmtp(system, customFrom)) console.info('isso.cfg [smtp] follows the server SMTP settings')
})
