// Every message group, merged. Add a feature's group here.
import { adminPassword } from './adminPassword'
import { common } from './common'
import { embed } from './embed'
import { exportMessages } from './export'
import { importMessages } from './import'
import { runtime } from './runtime'
import { server } from './server'
import { sites } from './sites'
import { smtp } from './smtp'
import { websites } from './websites'

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
}
