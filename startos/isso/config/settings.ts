import type { ConfigDocument } from '../configparser'
import { IssoSettingError } from './errors'
import { managedKeys, type KeySpec, type KeyType, type ManagedKeys } from './keys'
import { parseBoolean, parseDuration, splitCommas, splitLines } from './values'
import { ownValue } from './own'
import { isHostPlaceholder } from './websites'

type Camel<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<Camel<T>>}`
  : S

type ValueOf<T> = T extends 'bool'
  ? boolean
  : T extends 'duration' | 'int'
    ? number
    : T extends 'list' | 'commaList'
      ? string[]
      : string

type SectionValues<S extends keyof ManagedKeys> = {
  -readonly [K in keyof ManagedKeys[S] & string as Camel<K>]: ValueOf<
    (ManagedKeys[S][K] & { type: unknown })['type']
  >
}

// Effective values as Isso sees them (file value, else Isso's default), with two
// deliberate differences: `host` becomes `websites` without placeholders, and the admin
// password is null when the key is absent (Isso would then accept the published default).
// Text is as written: `$NAME` is not expanded, `[smtp] from` gets no display name added.
export type IssoSettings = {
  general: Omit<SectionValues<'general'>, 'host'> & { websites: string[] }
  admin: Omit<SectionValues<'admin'>, 'password'> & { password: string | null }
  moderation: SectionValues<'moderation'>
  guard: SectionValues<'guard'>
  smtp: SectionValues<'smtp'>
}

// Plain words for the error message, per type.
const ACCEPTED: Record<KeyType, string> = {
  bool: 'true or false (yes/no, on/off and 1/0 also work)',
  duration:
    'a duration such as 15m, 1h30m, 30d or 2w (units w, d, h, m, s in that order, no years) or a number of seconds',
  int: 'a whole number',
  string: 'some text',
  list: 'one entry per line',
  commaList: 'a comma-separated list',
}

function parse(type: KeyType, text: string): unknown {
  switch (type) {
    case 'bool':
      return parseBoolean(text)
    case 'duration':
    case 'int':
      return parseDuration(text)
    case 'list':
      return splitLines(text)
    case 'commaList':
      return splitCommas(text)
    case 'string':
      return text
  }
}

function camel(key: string): string {
  return key.replace(/-(.)/g, (_, c: string) => c.toUpperCase())
}

// Throws IssoSettingError for the first value Isso would refuse (and die on).
export function readSettings(doc: ConfigDocument): IssoSettings {
  const out: Record<string, Record<string, unknown>> = {}
  const table: Record<string, Record<string, KeySpec>> = managedKeys
  for (const [section, keys] of Object.entries(table)) {
    const values: Record<string, unknown> = (out[section] = {})
    for (const [key, spec] of Object.entries(keys)) {
      const text = ownValue(doc, section, key)
      if (section === 'admin' && key === 'password') continue
      // A key without a value reaches Isso as None, which every getter crashes on.
      if (text === null) throw new IssoSettingError(section, key, null, ACCEPTED[spec.type])
      const value = parse(spec.type, text ?? spec.default)
      if (value === null) throw new IssoSettingError(section, key, text!, ACCEPTED[spec.type])
      values[camel(key)] = value
    }
  }
  const general = out.general
  general.websites = (general.host as string[]).filter(origin => !isHostPlaceholder(origin))
  delete general.host
  // Read only at login, never at startup; adminPasswordProblem says what is wrong with it.
  const password = ownValue(doc, 'admin', 'password')
  out.admin.password = password === undefined ? null : (password ?? '')
  return out as unknown as IssoSettings
}
