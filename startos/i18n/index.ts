import { setupI18n } from '@start9labs/start-sdk'
import { LOCALES, type Locale, type Translated } from './locales'
import { allMessages } from './messages'

type Key = keyof typeof allMessages

// setupI18n wants English → numeric id, and per locale id → text.
const entries = Object.entries(allMessages) as [Key, Translated][]
const defaultDict = Object.fromEntries(entries.map(([en], id) => [en, id])) as Record<Key, number>
const translations = Object.fromEntries(
  LOCALES.map((locale) => [locale, Object.fromEntries(entries.map(([, t], id) => [id, t[locale]]))]),
) as Record<Locale, Record<number, string>>

/** Translates an English message into the server's language (`LANG`). */
export const i18n = setupI18n(defaultDict, translations, 'en_US')
export type MessageKey = Key
