import { utils } from '@start9labs/start-sdk'
import { i18n } from '../i18n'
import { GROUPS } from './groups'
import {
  ADMIN_PASSWORD_CHARSET,
  ADMIN_PASSWORD_LENGTH,
  applyAdminPassword,
} from '../isso/adminPassword'
import { saveForAction } from '../fileModels'
import { withStartWarning } from './startWarning'
import { manifest } from '../manifest'
import { sdk } from '../sdk'
import { selectedSite, siteSelectSpec } from './sites/siteSelect'

const ID = 'set-admin-password'

// The SDK's default replay id, spelled out so creating and clearing name the same task
// (and so does the community package, which used the same action id).
export const PASSWORD_TASK_ID = `${manifest.id}:${ID}`

// Also the critical task raised while the first site's password is missing, empty or
// Isso's published default. Re-running it rotates the password. With several sites it
// asks which site's (the first by default, which is also what the task is about).
export const setAdminPassword = sdk.Action.withInput(
  ID,
  async () => ({
    name: i18n('Set Admin Password'),
    description: i18n(
      'Creates a new random password for the admin panel, where you approve, edit and delete comments.',
    ),
    warning: i18n(
      'The current admin password stops working as soon as this runs. Keep the new one shown afterwards.',
    ),
    allowedStatuses: 'any',
    group: GROUPS.server,
    visibility: 'enabled',
  }),
  siteSelectSpec(() => i18n("Which blog's admin password to replace. Each blog has its own admin panel and password.")),
  async () => null,
  async ({ effects, input }) => {
    const site = await selectedSite(input)
    const password = utils.getDefaultString({ charset: ADMIN_PASSWORD_CHARSET, len: ADMIN_PASSWORD_LENGTH })
    const saved = await saveForAction(site.issoCfg, doc => applyAdminPassword(doc, password))
    const name = site.layout.name
    if (name !== null) return withStartWarning(extraSiteResult(name, password), saved, name)
    // The SDK's run() does nothing about tasks (start-core ActionImpl.run only validates
    // and calls us), and the init watcher clears it only when it next sees the file. Clear
    // it here too, so the service can start right away. The task is the first site's:
    // another site's new password must not clear it.
    await sdk.action.clearTask(effects, PASSWORD_TASK_ID)
    return withStartWarning({
      version: '1' as const,
      title: i18n('Admin password set'),
      message: i18n(
        "Copy this password into your password manager now. To moderate comments, open this service's Admin panel interface and enter the password; there is no user name. Running this action again replaces it.",
      ),
      result: { type: 'single' as const, value: password, copyable: true, masked: true, qr: false },
    }, saved, null)
  },
)

// An extra site's panel is at /<name>/admin/ on the comments address (the Admin panel
// interface opens the first site's).
const extraSiteResult = (name: string, password: string) => ({
  version: '1' as const,
  title: i18n('Admin password of site ${site} set', { site: name }),
  message: i18n(
    'Copy this password into your password manager now. To moderate the comments of site ${site}, open ${admin} on the comments address and enter the password; there is no user name. Running this action again replaces it.',
    { site: name, admin: `/${name}/admin/` },
  ),
  result: { type: 'single' as const, value: password, copyable: true, masked: true, qr: false },
})
