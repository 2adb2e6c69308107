import type { ConfigDocument } from '../configparser'
import type { ManagedKeys } from './keys'

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
export type IssoSettings = {
  general: Omit<SectionValues<'general'>, 'host'> & { websites: string[] }
  admin: Omit<SectionValues<'admin'>, 'password'> & { password: string | null }
  moderation: SectionValues<'moderation'>
  guard: SectionValues<'guard'>
  smtp: SectionValues<'smtp'>
}

// Throws IssoSettingError for the first value Isso would refuse.
export function readSettings(doc: ConfigDocument): IssoSettings {
  throw new Error('todo')
}
