import { editStore, type Store } from '../fileModels'
import type { NotifyChoice, Seen } from '../isso/notify'
import type { SiteNotifications } from '../fileModels/notificationsShape'

// Reading and editing store.json `notifications`. Every edit goes through editStore
// (serialised with every other write of store.json in this process, re-read inside), so
// main remembering a comment and the Server action saving a choice never undo each other.

/** The key of a site; the first site's is "/" (the path it is served at; no site name has a slash). */
export const siteKey = (name: string | null): string => name ?? '/'

export function siteNotifications(store: Store | null, name: string | null): SiteNotifications {
  const all = store?.notifications
  const key = siteKey(name)
  return all && Object.hasOwn(all, key) ? all[key] : {}
}

function withSite(store: Store, name: string | null, edit: (site: SiteNotifications) => SiteNotifications): Store {
  const key = siteKey(name)
  const all = { ...store.notifications }
  const site = edit({ ...(Object.hasOwn(all, key) ? all[key] : {}) })
  // Nothing left to keep: no key, so a store.json never polled stays as it was.
  if (Object.values(site).every((v) => v === undefined)) delete all[key]
  else all[key] = site
  return { ...store, notifications: Object.keys(all).length > 0 ? all : undefined }
}

/** Remembers (or, with undefined, forgets) the newest comment seen, for each site given. */
export async function rememberSeen(changes: ReadonlyMap<string | null, Seen | undefined>): Promise<void> {
  if (changes.size === 0) return
  await editStore((store) => {
    let next = store
    for (const [name, seen] of changes) next = withSite(next, name, (site) => ({ ...site, seen }))
    return next
  })
}

/**
 * After comments arrive by import or a database move: forget what was seen, so main's
 * next poll takes the database as it is now for "already seen" and announces none of
 * the imported comments. Imports run only while the service is stopped, so no poll can
 * see them before this. (Imported comments cannot be told apart in the database: the
 * importer gives them new ids, and their dates are the original ones, possibly recent.)
 * The price: a visitor comment posted in the last minute before the owner stopped the
 * service is not announced either; it still shows in the admin panel and, waiting, on
 * the dashboard's waiting-comments check.
 */
export const forgetSeenComments = (name: string | null) => rememberSeen(new Map([[name, undefined]]))

export async function saveNotifyChoice(name: string | null, choice: NotifyChoice): Promise<void> {
  // 'auto' is the default: stored as no choice at all.
  await editStore((store) => withSite(store, name, (site) => ({ ...site, choice: choice === 'auto' ? undefined : choice })))
}

/** store.json without a removed site's entry (the key goes when the last entry does). */
export function withoutSiteNotifications<S extends Store>(store: S, name: string): S {
  if (!store.notifications || !(siteKey(name) in store.notifications)) return store
  const rest = Object.fromEntries(Object.entries(store.notifications).filter(([key]) => key !== siteKey(name)))
  return { ...store, notifications: Object.keys(rest).length > 0 ? rest : undefined }
}
