import type { ISB, T } from '@start9labs/start-sdk'
import type { SiteFiles } from '../../fileModels'
import { i18n } from '../../i18n'
import { sdk } from '../../sdk'
import { existingSite, extraSiteNames, siteLabel, type Volume } from '../../sites'

const { InputSpec, Value, Variants } = sdk

// Every settings action works on one site. With one site (most owners) its form is
// exactly what it always was. With several, the form is one field, "Blog", a choice whose
// variants each hold the action's own fields with that site's current values as their
// defaults; the first site is the default. StartOS prefills only the variant selected
// when the form opens, so each variant is built from the action's spec factory with its
// site's values. (A plain select beside the fields could not work: the form is filled
// once when it opens, so switching the select would leave another site's values in the
// fields, and saving would write them to the wrong site.)

/** The first site's key in a site choice (union or select). Never a site name: those have no `_`. */
export const FIRST_SITE_KEY = '_first'

/** A per-site action's own fields: any but `site`, which names the site's choice. */
export type SiteFields = Record<string, unknown> & { site?: never }

/** What a per-site form sends: its fields (one site), or the chosen site's key and its fields. */
export type PerSiteInput<F extends SiteFields> = F | { site: { selection: string; value: F } }

/** The "Blog" union of a per-site form: one variant per site, the first site first, as `variant` builds it. */
export async function siteChoice<F extends SiteFields>(
  extraSites: readonly string[],
  description: string,
  variant: (name: string | null) => Promise<{ name: string; spec: ISB.InputSpec<F, any> }>,
) {
  const variants: Record<string, { name: string; spec: ISB.InputSpec<F, any> }> = {}
  for (const name of [null, ...extraSites]) variants[name ?? FIRST_SITE_KEY] = await variant(name)
  return InputSpec.of({
    site: Value.union({ name: i18n('Blog'), description, default: FIRST_SITE_KEY, variants: Variants.of(variants) }),
  })
}

/**
 * The `inputSpec` and prefill of a per-site action. `spec` builds the action's fields
 * with a site's values as their defaults (none given: the defaults of a new site);
 * `current` reads a site's values (null: nothing to show, e.g. its file is missing).
 */
export function perSiteForm<F extends SiteFields, V extends T.DeepPartial<F>>(
  volume: Volume,
  spec: (values?: V) => ISB.InputSpec<F, any>,
  current: (site: SiteFiles) => Promise<V | null> = async () => null,
) {
  const valuesOf = async (name: string | null) => (await current(volume.site(name))) ?? undefined
  return {
    inputSpec: async () => {
      const names = await extraSiteNames(volume)
      if (names.length === 0) return spec()
      return siteChoice(names, i18n('Which of your blogs to change. Each keeps its own websites, settings and comments.'), async (name) => ({
        name: siteLabel(name),
        spec: spec(await valuesOf(name)),
      }))
    },
    // With several sites every variant carries its own values as defaults.
    prefill: async (): Promise<V | null> => ((await extraSiteNames(volume)).length === 0 ? current(volume.site(null)) : null),
  }
}

/** The site a per-site action's input is for (refused if it was removed since), and that site's fields. */
export async function chosenSite<F extends SiteFields>(volume: Volume, input: PerSiteInput<F>): Promise<{ site: SiteFiles; fields: F }> {
  if (input.site === undefined) return { site: volume.site(null), fields: input }
  const { selection, value } = input.site
  return { site: await existingSite(volume, selection === FIRST_SITE_KEY ? null : selection), fields: value }
}
