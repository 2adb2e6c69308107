import { setupI18n } from '@start9labs/start-sdk'
import { LOCALES, type Locale, type Translated } from './locales'
import { allMessages } from './messages'

type Key = keyof typeof allMessages
type Params = Record<string, string | number | Date>

// setupI18n wants English → numeric id, and per locale id → text.
const entries = Object.entries(allMessages) as [Key, Translated][]
const defaultDict = Object.fromEntries(entries.map(([en], id) => [en, id])) as Record<Key, number>
const translations = Object.fromEntries(
  LOCALES.map((locale) => [locale, Object.fromEntries(entries.map(([, t], id) => [id, t[locale]]))]),
) as Record<Locale, Record<number, string>>

const translate = setupI18n(defaultDict, translations, 'en_US')

// setupI18n formats number and date parameters with Intl in the locale named by LANG.
// With LANG=C or C.UTF-8 (common in containers) Intl throws "Incorrect locale
// information provided", so an action would fail just for showing a number. Format
// them here in a locale Intl accepts, falling back to en-US.
function intlLocale(): string {
  const wanted = (process.env.LANG ?? '').replace(/\..*$/, '').replace('_', '-')
  try {
    return Intl.NumberFormat.supportedLocalesOf([wanted])[0] ?? 'en-US'
  } catch {
    return 'en-US'
  }
}

function formatParams(params: Params): Record<string, string> {
  const locale = intlLocale()
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'number'
        ? new Intl.NumberFormat(locale).format(value)
        : value instanceof Date
          ? new Intl.DateTimeFormat(locale).format(value)
          : value,
    ]),
  )
}

// setupI18n fills `${name}` with String.replace, which reads `$&`, `$'`, `$1`, `$$` in a
// parameter as patterns, and fills one parameter after another, so a value holding
// `${other}` would be filled again. Parameters carry user text (website entries, isso.cfg
// contents, error messages), so we take only the translated text from setupI18n and fill
// it here, in one pass, each value exactly as given.
const PLACEHOLDER = /\$\{(\w+)\}/g

/** Translates an English message into the server's language (`LANG`). */
export function i18n(key: Key, params?: Params): string {
  const text = translate(key)
  if (!params) return text
  const values = formatParams(params)
  return text.replace(PLACEHOLDER, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? values[name] : placeholder,
  )
}
