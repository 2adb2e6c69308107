import { utils } from '@start9labs/start-sdk'
import { i18n } from '../i18n'
import {
  ADMIN_PASSWORD_CHARSET,
  ADMIN_PASSWORD_LENGTH,
  applyAdminPassword,
} from '../isso/adminPassword'
import { manifest } from '../manifest'
import { sdk } from '../sdk'
import { saveIssoCfg } from './issoCfgAccess'

const ID = 'set-admin-password'

// The SDK's default replay id, spelled out so creating and clearing name the same task
// (and so does the community package, which used the same action id).
export const PASSWORD_TASK_ID = `${manifest.id}:${ID}`

// Also the critical task raised while the password is missing, empty or Isso's published
// default. Re-running it rotates the password.
export const setAdminPassword = sdk.Action.withoutInput(
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
    group: null,
    visibility: 'enabled',
  }),
  async ({ effects }) => {
    const password = utils.getDefaultString({ charset: ADMIN_PASSWORD_CHARSET, len: ADMIN_PASSWORD_LENGTH })
    await saveIssoCfg(doc => applyAdminPassword(doc, password))
    // The SDK's run() does nothing about tasks (start-core ActionImpl.run only validates
    // and calls us), and the init watcher clears it only when it next sees the file. Clear
    // it here too, so the service can start right away.
    await sdk.action.clearTask(effects, PASSWORD_TASK_ID)
    return {
      version: '1' as const,
      title: i18n('Admin password set'),
      message: i18n(
        "Copy this password into your password manager now. To moderate comments, open this service's Admin panel interface and enter the password; there is no user name. Running this action again replaces it.",
      ),
      result: { type: 'single' as const, value: password, copyable: true, masked: true, qr: false },
    }
  },
)
