import { i18n } from '../i18n'
import { GROUPS } from './groups'
import { ISSO_PORT } from '../interfaces'
import { sdk } from '../sdk'
import { readForRun } from '../fileModels'
import { readSettings } from '../isso/config'
import { siteBase } from '../isso/embed'
import {
  checkWebsite as runCheck,
  WebsiteCheckInputError,
  type Finding,
  type OtherSite,
  type ServerAddress,
  type WebsiteCheckOptions,
} from '../isso/websiteCheck'
import { CHECK_TIMEOUT_MS } from '../isso/websiteCheck/limits'
import { describeFinding, POINT_NAMES, STATUS_NAMES } from './websiteCheckMessages'
import { chosenSite, perSiteForm } from './sites/siteForm'
import { extraSiteNames, siteLabel, type Volume } from '../sites'
import { siteNote } from './sites/siteNote'
import { commentsAddresses } from '../sites/addresses'

/** Where the action finds Isso and how it fetches pages: the package's (below), or a test's. */
export interface CheckWebsiteDeps {
  /** Where the running Isso answers the package: its own port, no StartOS proxy in between (an added site answers under its prefix). */
  issoBase: string
  /** The page-fetch rules (tests allow http: for pages they serve on loopback). */
  options: WebsiteCheckOptions
}

/** The server's addresses as API roots of a site: the address plus its prefix. */
const atPrefix = (addresses: readonly ServerAddress[], prefix: string): ServerAddress[] =>
  addresses.map(a => ({ ...a, url: siteBase(a.url, prefix) }))

/** Every site but `name`, with its API roots: none with one site. */
async function otherSites(volume: Volume, name: string | null, addresses: readonly ServerAddress[]): Promise<OtherSite[]> {
  const others = [null, ...(await extraSiteNames(volume))].filter(n => n !== name)
  return others.map(n => ({ label: siteLabel(n), addresses: atPrefix(addresses, volume.site(n).layout.prefix) }))
}

const SYMBOL = { passed: '✅', warning: '⚠️', failed: '❌' } as const

// StartOS shows each value on one line and the member's description in full below it:
// the verdict is the value, and what was found, with its fix, the description.
const entry = (f: Finding) => ({
  type: 'single' as const,
  name: POINT_NAMES[f.point](),
  description: describeFinding(f),
  value: `${SYMBOL[f.status]} ${STATUS_NAMES[f.status]()}`,
  copyable: false,
  qr: false,
  masked: false,
})

const checkSpec = sdk.InputSpec.of({
  url: sdk.Value.text({
    name: i18n('Page address'),
    description: i18n('The https:// address of one post of your website that should show comments, as your visitors open it.'),
    required: true,
    default: null,
    placeholder: 'https://blog.example.com/my-post/',
    inputmode: 'url',
    patterns: [{ regex: '^https://.+', description: i18n('Must start with https://') }],
  }),
})

/** The package's: Isso on its own port, pages fetched over https only. */
export const CHECK_WEBSITE_DEPS: Readonly<CheckWebsiteDeps> = Object.freeze({ issoBase: `http://localhost:${ISSO_PORT}`, options: {} })

export const checkWebsiteAction = (volume: Volume, { issoBase, options }: CheckWebsiteDeps = CHECK_WEBSITE_DEPS) => {
  // The page is the owner's to type for each check: nothing per site to fill in.
  const form = perSiteForm(volume, () => checkSpec)
  return sdk.Action.withInput(
    'check-website',
    {
      name: i18n('Check a Page'),
      description: i18n(
        'Checks one page of your website: that it loads Isso correctly, that Isso accepts it, and how to fix what does not work. Nothing is changed or sent.',
      ),
      warning: null,
      // It asks the running Isso which origins it answers.
      allowedStatuses: 'only-running',
      group: GROUPS.website,
      visibility: 'enabled',
    },
    form.inputSpec,
    form.prefill,
    async ({ effects, input: raw }) => {
      // The 15 s bound is the owner's whole wait: reading isso.cfg (which may wait for a
      // quiet file) and the addresses come out of it, not on top of it.
      const deadline = Date.now() + CHECK_TIMEOUT_MS
      const { site, fields: input } = await chosenSite(volume, raw)
      const doc = await readForRun(site.issoCfg)
      const websites = readSettings(doc).general.websites
      const prefix = site.layout.prefix
      const addresses = (await commentsAddresses(effects)).map(({ url, isPublic }) => ({ url, isPublic }))
      let findings: Finding[]
      try {
        findings = await runCheck(
          {
            pageUrl: input.url,
            websites,
            serverAddresses: atPrefix(addresses, prefix),
            otherSites: await otherSites(volume, site.layout.name, addresses),
            issoBase: `${issoBase}${prefix}`,
          },
          { timeoutMs: Math.max(0, deadline - Date.now()), ...options },
        )
      } catch (e) {
        if (e instanceof WebsiteCheckInputError) {
          throw new Error(i18n('The page address must be a full https:// address, such as https://blog.example.com/my-post/.'))
        }
        throw e
      }
      const count = (s: Finding['status']) => findings.filter(f => f.status === s).length
      const summary = i18n('${passed} passed, ${warnings} warnings, ${failed} failed.', {
        passed: count('passed'),
        warnings: count('warning'),
        failed: count('failed'),
      })
      const note = await siteNote(volume, site)
      return {
        version: '1' as const,
        title: i18n('Website check'),
        message: note === null ? summary : `${note} ${summary}`,
        result: { type: 'group' as const, value: findings.map(entry) },
      }
    },
  )
}
