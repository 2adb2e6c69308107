import { files, readForForm, readForRun, saveForAction } from '../fileModels'
import type { ConfigDocument } from '../isso/configparser'

// The first site's isso.cfg as the actions use it (the rules live in fileModels/issoCfg).
export const readIssoCfgForForm = () => readForForm(files.issoCfg)
export const readIssoCfg = () => readForRun(files.issoCfg)
export const saveIssoCfg = (edit: (doc: ConfigDocument) => void) => saveForAction(files.issoCfg, edit)
