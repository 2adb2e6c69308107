// Every message group, merged. Add a feature's group here.
import { common } from './common'

export const allMessages = {
  ...common,
}
