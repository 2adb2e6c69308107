// The admin password: how strong a new one is, when the one in isso.cfg is unusable or
// public, and what that means for the critical task.
export { ADMIN_PASSWORD_CHARSET, ADMIN_PASSWORD_LENGTH, applyAdminPassword } from './apply'
export { adminPasswordProblem, type AdminPasswordProblem } from './problem'
export { passwordTask, type PasswordTask } from './task'
