// Every message group, merged. Add a feature's group here.
import { common } from './common'
import { runtime } from './runtime'

export const allMessages = {
  ...common,
  ...runtime,
}
