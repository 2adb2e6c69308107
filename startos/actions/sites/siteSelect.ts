import type { SiteFiles } from '../../fileModels'
import { existingSite, extraSiteNames, siteLabel, type Volume } from '../../sites'
import { i18n } from '../../i18n'
import { sdk } from '../../sdk'
import { FIRST_SITE_KEY } from './siteForm'

const { InputSpec, Value } = sdk

// For actions that have no fields of their own (Set Admin Password, Send a Test E-mail):
// with one site the form is empty, as it always was in effect; with several it is one
// select of the sites, the first site by default. A select is enough here, unlike the
// settings forms (siteForm.ts): there are no values of a site to show.

const withSiteSelect = (description: string, names: readonly string[]) =>
  InputSpec.of({
    site: Value.select({
      name: i18n('Blog'),
      description,
      default: FIRST_SITE_KEY,
      values: Object.fromEntries([null, ...names].map((name) => [name ?? FIRST_SITE_KEY, siteLabel(name)])),
    }),
  })
const noFields = InputSpec.of({})

export type SiteSelectInput = { site?: string }

/** The form: nothing with one site, the site select with several. */
export function siteSelectSpec(volume: Volume, description: () => string) {
  return async () => {
    const names = await extraSiteNames(volume)
    return names.length === 0 ? noFields : withSiteSelect(description(), names)
  }
}

/** The site the input names (the first when there is no select); a removed site is refused. */
export async function selectedSite(volume: Volume, input: SiteSelectInput): Promise<SiteFiles> {
  const key = input.site ?? FIRST_SITE_KEY
  return existingSite(volume, key === FIRST_SITE_KEY ? null : key)
}
