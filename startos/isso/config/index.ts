// The typed view of isso.cfg: Isso's value rules, the keys we manage, the keys we
// enforce, and the first file a fresh install gets. Pure: no SDK import.
export type { SettingProblem } from './errors'
export {
  parseBoolean,
  formatBoolean,
  parseDuration,
  parsePythonInt,
  formatDuration,
  formatInteger,
  findEnvExpansion,
  splitLines,
  splitCommas,
} from './values'
export {
  DB_PATH,
  PUBLISHED_DEFAULT_ADMIN_PASSWORD,
  managedKeys,
  startupKeys,
  type KeyType,
  type KeySpec,
  type ManagedKeys,
} from './keys'
export { HOST_PLACEHOLDER, LEGACY_HOST_PLACEHOLDER, isHostPlaceholder } from './hostPlaceholder'
export { ownList, ownValue } from './own'
export { readSettings, issoDefaults, settingProblems, type IssoSettings } from './settings'
export { setBoolean, setDuration, setInteger, setText, setters } from './setters'
export { applyEnforcedKeys } from './enforce'
export { issoSettingsText } from './issoSettings'
export { seedConfig } from './seed'
export { fixingAction, type FixingAction } from './fixingAction'
export { issoOriginStarts } from './pythonUrl'
