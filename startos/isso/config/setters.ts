import { ConfigValueError, type ConfigDocument } from '../configparser'
import { ownValue } from './own'
import {
  findEnvExpansion,
  formatBoolean,
  formatDuration,
  formatInteger,
  parseBoolean,
  parseDuration,
} from './values'

function write(doc: ConfigDocument, section: string, key: string, value: string): void {
  if (!doc.hasSection(section)) doc.addSection(section)
  doc.set(section, key, value)
}

// The typed setters leave a value alone when it already means the same thing to Isso
// (`yes` for true, `1h` for 3600), so an action's diff shows only real changes.

export function setBoolean(doc: ConfigDocument, section: string, key: string, value: boolean): void {
  const text = ownValue(doc, section, key)
  if (typeof text === 'string' && parseBoolean(text) === value) return
  write(doc, section, key, formatBoolean(value))
}

export function setDuration(doc: ConfigDocument, section: string, key: string, seconds: number): void {
  const formatted = formatDuration(seconds)
  const text = ownValue(doc, section, key)
  if (typeof text === 'string' && parseDuration(text) === seconds) return
  write(doc, section, key, formatted)
}

export function setInteger(doc: ConfigDocument, section: string, key: string, value: number): void {
  const formatted = formatInteger(value)
  const text = ownValue(doc, section, key)
  if (typeof text === 'string' && parseDuration(text) === value) return
  write(doc, section, key, formatted)
}

// Refuses `$NAME` / `${...}`: Isso 0.14.0 runs os.path.expandvars on every value, so the
// text could silently become something else inside the container.
export function setText(doc: ConfigDocument, section: string, key: string, value: string): void {
  // The message does not quote the match: the value may be a password.
  if (findEnvExpansion(value) !== null) {
    throw new ConfigValueError(
      section,
      key,
      'Isso would replace "$" followed by a letter, digit, "_" or "{" with an environment ' +
        'variable; choose a value without that',
    )
  }
  write(doc, section, key, value)
}

export const setters = { setBoolean, setDuration, setInteger, setText }
