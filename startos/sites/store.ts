import { FileHelper, smtpShape, z, type SmtpSelection } from '@start9labs/start-sdk'
import { NOTIFY_CHOICES } from '../isso/notify'
import { siteNameProblem } from '../isso/sites/names'

// store.json: the package's own state, one record per site. Isso knows nothing of it:
// what Isso runs with is each site's config file. The first site's record is
// `firstSite`; each added site's is in `extraSites`, in the order they were added, with
// its name. The list is what makes a site exist: main serves the listed sites, and says
// "Blog blog is not served: config/blog.cfg is missing or empty" rather than silently
// serving one site fewer.
//
// Every value falls back on its own, so a hand-edited store.json stays usable: an
// unrecognised e-mail selection reads as off, a broken notification choice as the
// default, a broken `seen` is forgotten (the next poll remembers the newest comment
// again and announces nothing old), and an added site's record that is not an object,
// has no valid name or repeats one is left out (a listed site whose file is missing is
// named by main's health, which is the mistake that matters).

const SMTP_OFF: SmtpSelection = { selection: 'disabled', value: {} }

const seenShape = z.object({
  id: z.number().int().nonnegative(),
  created: z.number().nonnegative(),
})

const stateFields = {
  /** The e-mail form's selection ('system': [smtp] follows the server's SMTP settings). */
  smtp: smtpShape.catch(() => ({ ...SMTP_OFF })),
  /** The owner's choice of StartOS notifications; absent is 'auto', the default. */
  notifications: z.enum(NOTIFY_CHOICES).optional().catch(undefined),
  /** The newest comment already seen by the notifications' poll. */
  seen: seenShape.optional().catch(undefined),
}

const siteStateShape = z.looseObject(stateFields)
const extraSiteShape = z.looseObject({ name: z.string(), ...stateFields })

export type SiteState = z.infer<typeof siteStateShape>
export type ExtraSiteRecord = z.infer<typeof extraSiteShape>

function validExtraSites(stored: readonly unknown[]): ExtraSiteRecord[] {
  const records: ExtraSiteRecord[] = []
  for (const value of stored) {
    const parsed = extraSiteShape.safeParse(value)
    if (!parsed.success) continue
    if (siteNameProblem(parsed.data.name, records.map((r) => r.name)) === null) records.push(parsed.data)
  }
  return records
}

export const storeShape = z.looseObject({
  firstSite: siteStateShape.catch(() => siteStateShape.parse({})),
  extraSites: z.array(z.unknown()).catch([]).transform(validExtraSites),
})

export type Store = z.infer<typeof storeShape>

/** Where store.json is on the volume: the same place as in the community package. */
export const STORE_SUBPATH = 'start9/store.json'

/** store.json at `path`, read and merged through the SDK's JSON file helper. */
export const storeJsonAt = (path: string): FileHelper<Store> => FileHelper.json(path, storeShape)

/** The added sites, in the order they were added. */
export const listedSites = (store: Store | null): string[] => store?.extraSites.map((s) => s.name) ?? []

/** A site's record; null when store.json is missing or the site is not listed. */
export function siteState(store: Store | null, name: string | null): SiteState | null {
  if (!store) return null
  if (name === null) return store.firstSite
  return store.extraSites.find((s) => s.name === name) ?? null
}

/** The store with one site's record edited; a site not listed gets none (it would outlive the site). */
export function withSiteState(store: Store, name: string | null, edit: (state: SiteState) => SiteState): Store {
  if (name === null) return { ...store, firstSite: edit(store.firstSite) }
  return { ...store, extraSites: store.extraSites.map((s) => (s.name === name ? { ...edit(s), name } : s)) }
}

/**
 * The store with a new site listed. Its e-mail selection is the first site's, like the
 * [smtp] section its config is copied with (so a first site following the server's SMTP
 * has a new site that follows it too); nothing of its notifications is seen yet.
 */
export const withNewSite = (store: Store, name: string): Store => ({
  ...store,
  extraSites: [...store.extraSites.filter((s) => s.name !== name), { name, smtp: store.firstSite.smtp }],
})

/** The store without a site's record: its e-mail choice and notifications go with it. */
export const withoutSite = (store: Store, name: string): Store => ({
  ...store,
  extraSites: store.extraSites.filter((s) => s.name !== name),
})

/** Every listed site whose selection is 'system', with its custom From address. */
export function sitesFollowingSystemSmtp(store: Store | null): { site: string | null; customFrom: string | null }[] {
  if (!store) return []
  const all: [string | null, SiteState][] = [[null, store.firstSite], ...store.extraSites.map((s): [string, SiteState] => [s.name, s])]
  return all.flatMap(([site, { smtp }]) =>
    smtp.selection === 'system' ? [{ site, customFrom: (smtp.value as { customFrom?: string | null }).customFrom ?? null }] : [],
  )
}
