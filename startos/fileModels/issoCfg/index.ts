// Everything about reading and writing an Isso config file in the owner's hands.
export { IssoCfgFile, type EditOutcome } from './file'
export { IssoCfgBusyError, IssoCfgEmptyError, IssoCfgMissingError } from './errors'
export { readForForm, readForRun, saveForAction } from './forActions'
export { DEFAULT_QUIET, type Quiet } from './settled'
