// Every message group, merged. Add a feature's group here.
import { common } from './common'
import { importMessages } from './import'
import { runtime } from './runtime'

export const allMessages = {
  ...common,
  ...importMessages,
  ...runtime,
}
