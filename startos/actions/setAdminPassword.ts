import { utils } from '@start9labs/start-sdk'
import { existsSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { i18n } from '../i18n'
import { GROUPS } from './groups'
import {
  ADMIN_PASSWORD_CHARSET,
  ADMIN_PASSWORD_LENGTH,
  adminPasswordProblem,
  applyAdminPassword,
  passwordTask,
} from '../isso/adminPassword'
import { mailIsOn } from '../isso/server'
import { saveForAction, type SiteFiles } from '../fileModels'
import { withStartWarning } from './startWarning'
import { manifest } from '../manifest'
import { sdk } from '../sdk'
import type { Volume } from '../sites'
import { selectedSite, siteSelectSpec } from './sites/siteSelect'

const ID = 'set-admin-password'

// The SDK's default replay id, spelled out so creating and clearing name the same task
// (and so does the community package, which used the same action id).
export const PASSWORD_TASK_ID = `${manifest.id}:${ID}`

// Also the critical task raised while the first site's password is missing, empty or
// Isso's published default. Re-running it rotates the password. With several sites it
// asks which site's (the first by default, which is also what the task is about).
export const setAdminPasswordAction = (volume: Volume) => sdk.Action.withInput(
  ID,
  // Computed again whenever the first site's isso.cfg changes (`.const` in a metadata
  // function re-exports it): before the first password there is nothing to end, and the
  // warning promises nothing of the kind.
  async ({ effects }) => ({
    name: i18n('Set Admin Password'),
    description: i18n(
      'Creates a new random password for the admin panel, where you approve, edit and delete comments.',
    ),
    warning: passwordTask(await volume.site(null).issoCfg.text.read().const(effects)).action === 'create'
      ? i18n('Keep the new admin password shown afterwards.')
      : i18n(
          'Once Isso restarts with the new password (right away when it is running), these stop working (with several blogs, for the chosen blog only): the current admin password, every open admin session, and the links in the e-mails Isso has already sent (approve and delete links in moderation e-mails, unsubscribe links in reply notifications). Keep the new password shown afterwards.',
        ),
    allowedStatuses: 'any',
    group: GROUPS.server,
    visibility: 'enabled',
  }),
  siteSelectSpec(volume, () => i18n("Which blog's admin password to replace. Each blog has its own admin panel and password.")),
  async () => null,
  async ({ effects, input }) => {
    const site = await selectedSite(volume, input)
    const password = utils.getDefaultString({ charset: ADMIN_PASSWORD_CHARSET, len: ADMIN_PASSWORD_LENGTH })
    const request = await requestNewSessionKey(site)
    let replaced = false
    const saved = await saveForAction(site.issoCfg, doc => {
      replaced = adminPasswordProblem(doc) === null
      applyAdminPassword(doc, password)
    }).catch(async (error: unknown) => {
      if (request) await rm(request, { force: true })
      throw error
    })
    // What a replaced password ends happens at Isso's next start (isso_database.py in
    // the assets: a new session key); the first password ends nothing.
    const ended = replaced ? `\n\n${whatEnded(mailIsOn(saved))}` : ''
    const name = site.layout.name
    if (name !== null) {
      const result = extraSiteResult(name, password)
      return withStartWarning(volume, { ...result, message: result.message + ended }, saved, name)
    }
    // The SDK's run() does nothing about tasks (start-core ActionImpl.run only validates
    // and calls us), and the init watcher clears it only when it next sees the file. Clear
    // it here too, so the service can start right away. The task is the first site's:
    // another site's new password must not clear it.
    await sdk.action.clearTask(effects, PASSWORD_TASK_ID)
    return withStartWarning(volume, {
      version: '1' as const,
      title: i18n('Admin password set'),
      message:
        i18n(
          "Copy this password into your password manager now. To moderate comments, open this service's Admin panel interface and enter the password; there is no user name. Running this action again replaces it.",
        ) + ended,
      result: { type: 'single' as const, value: password, copyable: true, masked: true, qr: false },
    }, saved, null)
  },
)

// Isso's next start replaces the site's session key when its password is not the one the
// key was made for (assets/isso_database.py keeps a record in the database). This request
// beside the database makes sure of it where that record is missing (a database from an
// older package that Isso has not started with yet). Written before the password, so a
// start between the two cannot see the new password without it; nothing is written while
// there is no database, since nothing was signed yet.
async function requestNewSessionKey(site: SiteFiles): Promise<string | null> {
  const db = join(site.dbDir, basename(site.layout.dbPath))
  if (!existsSync(db)) return null
  const request = `${db}${NEW_SESSION_KEY_REQUEST_SUFFIX}`
  await writeFile(request, 'Set Admin Password ran: Isso replaces its session key at its next start.\n')
  return request
}

/** isso_database.py REQUEST_SUFFIX. */
export const NEW_SESSION_KEY_REQUEST_SUFFIX = '.new-admin-password'

// Isso signs admin sessions and the links in its e-mails with a session key in the
// site's database, not with the password; the package replaces that key when Isso starts
// with a password it was not made for, so all of these end together.
function whatEnded(mailOn: boolean): string {
  const ended = i18n(
    'From Isso\'s next start (right away when it is running), the old password, every open admin session, and the approve, delete and unsubscribe links in the e-mails sent before no longer work.',
  )
  return mailOn ? `${ended} ${i18n('E-mails sent from then on carry new links.')}` : ended
}

// An extra site's panel is at /<name>/admin/ on the comments address (the Admin panel
// interface opens the first site's).
const extraSiteResult = (name: string, password: string) => ({
  version: '1' as const,
  title: i18n('Admin password of blog ${site} set', { site: name }),
  message: i18n(
    'Copy this password into your password manager now. To moderate the comments of blog ${site}, open ${admin} on the comments address and enter the password; there is no user name. Running this action again replaces it.',
    { site: name, admin: `/${name}/admin/` },
  ),
  result: { type: 'single' as const, value: password, copyable: true, masked: true, qr: false },
})
