import { FileHelper } from '@start9labs/start-sdk'
import { files } from '../fileModels'

// isso.cfg as plain text, for the readers that must survive a malformed file: main (to
// refuse with the line number) and the password-task watcher. files.issoCfg parses on
// read, and a `.const()` whose first read throws registers no watch, so a later fix
// by hand would go unnoticed. Built per call: tests re-point files.issoCfg.
export function issoCfgText() {
  return FileHelper.string(files.issoCfg.path)
}
