// The languages Isso 0.14.0's client has texts for (embed.min.js; test/websiteCheck
// reads the list back out of upstream's file). The client tries `data-isso-lang`, then
// each of the visitor's browser languages, then English, and takes the first it has
// (js/app/config.js builds that list, js/app/i18n.js picks from it).
export const ISSO_LANGUAGES = [
  'bg', 'ca', 'cs', 'da', 'de', 'en', 'el', 'eo', 'es', 'fa', 'fi', 'fr', 'gl', 'hr', 'hu', 'id', 'it', 'ja',
  'ko', 'nl', 'oc', 'pl', 'pt', 'pt-BR', 'pt-PT', 'ru', 'sk', 'sv', 'tr', 'uk', 'vi', 'zh', 'zh-CN', 'zh-TW',
] as const

/** The primary language subtag, lower case: `de` of `de-AT` or `de_AT`. */
export const primaryLanguage = (tag: string) => tag.trim().split(/[-_]/, 1)[0].toLowerCase()

// The client picks its texts by the primary subtag (its switch on e.split("-", 1)[0]).
export const issoSpeaks = (tag: string) => (ISSO_LANGUAGES as readonly string[]).includes(primaryLanguage(tag))
