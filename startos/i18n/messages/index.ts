// Every message group, merged. Add a feature's group here.
import { adminPassword } from './adminPassword'
import { common } from './common'
import { embed } from './embed'
import { exportMessages } from './export'
import { importMessages } from './import'
import { moderation } from './moderation'
import { notify } from './notify'
import { runtime } from './runtime'
import { replyNotifications } from './replyNotifications'
import { server } from './server'
import { sites } from './sites'
import { smtp } from './smtp'
import { testMail } from './testMail'
import { waiting } from './waiting'
import { websites } from './websites'
import { websiteCheck } from './websiteCheck'

export const allMessages = {
  ...common,
  ...importMessages,
  ...runtime,
  ...websites,
  ...server,
  ...adminPassword,
  ...smtp,
  ...embed,
  ...sites,
  ...exportMessages,
  ...replyNotifications,
  ...websiteCheck,
  ...testMail,
  ...waiting,
  ...notify,
  ...moderation,
}
