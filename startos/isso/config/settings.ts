import { parseConfig, type ConfigDocument } from '../configparser'
import type { SettingProblem } from './errors'
import { applyEnforcedKeys } from './enforce'
import { managedKeys, startupKeys, type KeySpec, type KeyType, type ManagedKeys } from './keys'
import {
  parseBoolean,
  parseDuration,
  parseHashAlgorithm,
  parseMistunePlugins,
  parseRenderer,
  parseTimeout,
  splitCommas,
  splitLines,
} from './values'
import { ownValue } from './own'
import { idnaEncodable, issoOriginStarts } from './pythonUrl'
import { isHostPlaceholder } from './hostPlaceholder'

type Camel<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<Camel<T>>}`
  : S

type ValueOf<T> = T extends 'bool'
  ? boolean
  : T extends 'duration' | 'int' | 'timeout'
    ? number
    : T extends 'list' | 'origins' | 'commaList' | 'mistunePlugins'
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

// The value as Isso uses it, or null when Isso would raise on it.
function parse(type: KeyType, text: string): unknown {
  switch (type) {
    case 'bool':
      return parseBoolean(text)
    case 'duration':
    case 'int':
      return parseDuration(text)
    case 'timeout':
      return parseTimeout(text)
    case 'list':
      return splitLines(text)
    case 'origins': {
      const origins = splitLines(text)
      return origins.every(issoOriginStarts) ? origins : null
    }
    case 'commaList':
      return splitCommas(text)
    case 'string':
      return text
    case 'hostname':
      return idnaEncodable(text) ? text : null
    case 'renderer':
      return parseRenderer(text)
    case 'hashAlgorithm':
      return parseHashAlgorithm(text)
    case 'mistunePlugins':
      return parseMistunePlugins(text)
  }
}

function camel(key: string): string {
  return key.replace(/-(.)/g, (_, c: string) => c.toUpperCase())
}

type Table = Record<string, Record<string, KeySpec>>

function* specs(...tables: Table[]): Generator<[string, string, KeySpec]> {
  for (const table of tables) {
    for (const [section, keys] of Object.entries(table)) {
      for (const [key, spec] of Object.entries(keys)) yield [section, key, spec]
    }
  }
}

// Every value Isso would refuse, judged on the file Isso runs with: the owner's file with
// the keys StartOS enforces applied (so a bare `host` or `[admin] enabled = maybe` is no
// problem: StartOS rewrites them). Lines are the owner's. The admin password is checked
// by adminPasswordProblem; Isso reads it only at login.
export function settingProblems(doc: ConfigDocument): SettingProblem[] {
  const running = doc.clone()
  applyEnforcedKeys(running)
  const problems: SettingProblem[] = []
  for (const [section, key, spec] of specs(managedKeys, startupKeys)) {
    if (section === 'admin' && key === 'password') continue
    // Absent: Isso's packaged default applies, and those all work.
    const text = ownValue(running, section, key)
    if (text === undefined) continue
    // A key without a value reaches Isso as None, which every getter crashes on.
    if (text === null || parse(spec.type, text) === null) {
      const line = doc.keyLine(section, key) ?? running.keyLine(section, key) ?? 0
      problems.push({ section, key, value: text, type: spec.type, line })
    }
  }
  return problems.sort((a, b) => a.line - b.line)
}

// The one reader of isso.cfg's settings: own keys only (a user's [DEFAULT] never reaches
// a key Isso's defaults file sets), each value as Isso reads it, Isso's default for a
// key the file does not set. A value Isso would refuse reads as Isso's default, so a form
// opens on a broken file and saving it repairs the keys it owns; settingProblems says
// what is wrong, and main does not launch that site.
export function readSettings(doc: ConfigDocument): IssoSettings {
  const out: Record<string, Record<string, unknown>> = {}
  for (const [section, key, spec] of specs(managedKeys)) {
    const values = (out[section] ??= {})
    if (section === 'admin' && key === 'password') continue
    const text = ownValue(doc, section, key)
    const value = typeof text === 'string' ? parse(spec.type, text) : null
    values[camel(key)] = value ?? parse(spec.type, spec.default)
  }
  const general = out.general
  general.websites = (general.host as string[]).filter(origin => !isHostPlaceholder(origin))
  delete general.host
  // Read only at login, never at startup; adminPasswordProblem says what is wrong with it.
  const password = ownValue(doc, 'admin', 'password')
  out.admin.password = password === undefined ? null : (password ?? '')
  return out as unknown as IssoSettings
}

// Isso's own defaults (its packaged isso.cfg) for the keys above: a file that sets nothing.
export function issoDefaults(): IssoSettings {
  return readSettings(parseConfig(''))
}
