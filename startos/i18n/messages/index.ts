// Every message group, merged. Add a feature's group here.
import { adminPassword } from './adminPassword'
import { common } from './common'
import { embed } from './embed'
import { importMessages } from './import'
import { runtime } from './runtime'
import { replyNotifications } from './replyNotifications'
import { server } from './server'
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
  ...replyNotifications,
  ...websiteCheck,
  ...testMail,
  ...waiting,
}
