import { isObject } from '../isso/isObject'
import { storeShape, type Store } from '../sites/store'

// store.json from 0.14.0:6's shape to one record per site, and back. 0.14.0:6 kept a
// site's state in three places: the e-mail selection in `smtp` (the first site's, where
// the community package keeps it) or `sitesSmtp[name]`, the notifications in
// `notifications['/' or name]` ({ choice, seen }), and the added sites in `sites`.

const entry = (map: unknown, key: string): unknown => (isObject(map) && Object.hasOwn(map, key) ? map[key] : undefined)

/**
 * 0.14.0:6's store.json (or the community package's, which is its `smtp` alone) as one
 * record per site. Values the new shape cannot use fall back as they did when read
 * before (storeShape); keys it does not know are kept. A store already converted is
 * returned as it is read, so running this twice changes nothing.
 */
export function storeFromV6(stored: unknown): Store {
  const old = isObject(stored) ? stored : {}
  if (Object.hasOwn(old, 'firstSite')) return storeShape.parse(old)
  const { smtp, sites, sitesSmtp, notifications, ...rest } = old
  const state = (smtpSelection: unknown, key: string) => {
    const notes = entry(notifications, key)
    return { smtp: smtpSelection, notifications: entry(notes, 'choice'), seen: entry(notes, 'seen') }
  }
  const names = Array.isArray(sites) ? sites.filter((n): n is string => typeof n === 'string') : []
  return storeShape.parse({
    ...rest,
    firstSite: state(smtp, '/'),
    extraSites: names.map((name) => ({ name, ...state(entry(sitesSmtp, name), name) })),
  })
}

/** One record per site back in 0.14.0:6's shape (keys 0.14.0:6 leaves out when empty stay out). */
export function storeToV6(store: Store): Record<string, unknown> {
  const { firstSite, extraSites, ...rest } = store
  const all = [{ key: '/', ...firstSite }, ...extraSites.map((s) => ({ key: s.name, ...s }))]
  const notifications = Object.fromEntries(
    all.flatMap(({ key, notifications: choice, seen }) => (choice || seen ? [[key, { choice, seen }]] : [])),
  )
  return {
    ...rest,
    smtp: firstSite.smtp,
    ...(extraSites.length > 0
      ? { sites: extraSites.map((s) => s.name), sitesSmtp: Object.fromEntries(extraSites.map((s) => [s.name, s.smtp])) }
      : {}),
    ...(Object.keys(notifications).length > 0 ? { notifications } : {}),
  }
}
