import type { ISB } from '@start9labs/start-sdk'
import { files, type SiteFiles } from '../../fileModels'
import { existingSite, extraSiteNames, siteLabel } from '../../sites'
import { i18n } from '../../i18n'
import { sdk } from '../../sdk'
import { withDefaults } from './formDefaults'

const { InputSpec, Value, Variants } = sdk

// Every settings action works on one site. With one site (most owners) its form is
// exactly what it always was. With several, the form is one field, "Site", a choice whose
// variants each hold the action's own fields filled with that site's current values; the
// first site is the default. (A plain select beside the fields could not work: the form is
// filled once when it opens, so switching the select would leave another site's values in
// the fields, and saving would write them to the wrong site.)

/** The first site's key in a site choice (union or select). Never a site name: those have no `_`. */
export const FIRST_SITE_KEY = '_first'
const FIRST = FIRST_SITE_KEY

type Values = Record<string, unknown>
const isValues = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v)


/**
 * The `inputSpec` and prefill of a per-site action. `current` reads a site's values in
 * the form's shape (null: nothing to show, e.g. its file is missing).
 */
// Any form: only its build() is wrapped.
export function perSiteForm<S extends ISB.InputSpec<any, any>>(spec: S, current: (site: SiteFiles) => Promise<Values | null>) {
  return {
    inputSpec: async (): Promise<S> => {
      const names = await extraSiteNames()
      if (names.length === 0) return spec
      const variants: Record<string, { name: string; spec: S }> = {}
      for (const name of [null, ...names]) {
        variants[name ?? FIRST] = { name: siteLabel(name), spec: withDefaults(spec, await current(files.site(name))) }
      }
      const site = Value.union({
        name: i18n('Blog'),
        description: i18n('Which of your blogs to change. Each keeps its own websites, settings and comments.'),
        default: FIRST,
        variants: Variants.of(variants),
      })
      // The run receives { site: { selection, value } }; chosenSite() unwraps it.
      return InputSpec.of({ site }) as unknown as S
    },
    prefill: async (): Promise<Values | null> =>
      // With several sites every variant carries its own values as defaults.
      (await extraSiteNames()).length === 0 ? current(files.site(null)) : null,
  }
}

/** The site a per-site action's input is for, and that site's fields. */
export async function chosenSite<F>(input: F): Promise<{ site: SiteFiles; fields: F }> {
  const raw: unknown = input
  if (isValues(raw) && Object.keys(raw).length === 1 && isValues(raw.site) && typeof raw.site.selection === 'string') {
    const selection = raw.site.selection
    return { site: await existingSite(selection === FIRST ? null : selection), fields: (raw.site.value ?? {}) as F }
  }
  return { site: files.site(null), fields: input }
}
