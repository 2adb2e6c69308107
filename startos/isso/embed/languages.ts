// The languages Isso 0.14.0's client ships, for `data-isso-lang`. Without the attribute
// the client follows the visitor's browser languages, then English.
//
// Checked against the served bundle by test/embed/realIsso.test.ts: every code here is a
// key of embed.min.js's message catalogue and has a plural rule there. The catalogue also
// has `pt` and `zh`, aliases of `pt-BR` and `zh-CN`, which are left out so no language
// appears twice. Names are each language's own, so they need no translation.
export const CLIENT_LANGUAGES: Readonly<Record<string, string>> = {
  bg: 'Български',
  ca: 'Català',
  cs: 'Čeština',
  da: 'Dansk',
  de: 'Deutsch',
  el: 'Ελληνικά',
  en: 'English',
  eo: 'Esperanto',
  es: 'Español',
  fa: 'فارسی',
  fi: 'Suomi',
  fr: 'Français',
  gl: 'Galego',
  hr: 'Hrvatski',
  hu: 'Magyar',
  id: 'Bahasa Indonesia',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  nl: 'Nederlands',
  oc: 'Occitan',
  pl: 'Polski',
  'pt-BR': 'Português (Brasil)',
  'pt-PT': 'Português (Portugal)',
  ru: 'Русский',
  sk: 'Slovenčina',
  sv: 'Svenska',
  tr: 'Türkçe',
  uk: 'Українська',
  vi: 'Tiếng Việt',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
}

export const isClientLanguage = (code: string): boolean => Object.hasOwn(CLIENT_LANGUAGES, code)
