// The locales every user-facing string is translated into. English (en_US) is the key
// itself, as setupI18n expects.
export const LOCALES = ['de_DE', 'es_ES', 'fr_FR', 'pl_PL'] as const
export type Locale = (typeof LOCALES)[number]

/** One message: its English text is the key; these are its translations. */
export type Translated = Record<Locale, string>

/**
 * Declares a group of messages. Each feature keeps its own group (one file in
 * `messages/`), so translations sit next to the English they translate and
 * `i18n/index.ts` only merges them. The type makes a missing locale a compile error.
 */
export const messages = <const M extends Record<string, Translated>>(m: M): M => m
