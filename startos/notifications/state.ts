import type { NotifyChoice, Seen } from '../isso/notify'
import { editSiteState, editStore, siteState, withSiteState, type Store, type Volume } from '../sites'

// A site's notifications in its store.json record: the owner's choice and the newest
// comment already seen. Every edit goes through editStore, so main remembering a
// comment and the Server action saving a choice never undo each other.

export interface SiteNotifications {
  choice?: NotifyChoice
  seen?: Seen
}

export function siteNotifications(store: Store | null, name: string | null): SiteNotifications {
  const state = siteState(store, name)
  return { choice: state?.notifications, seen: state?.seen }
}

/** Remembers (or, with undefined, forgets) the newest comment seen, for each site given. */
export async function rememberSeen(volume: Volume, changes: ReadonlyMap<string | null, Seen | undefined>): Promise<void> {
  if (changes.size === 0) return
  await editStore(volume, (store) => {
    let next = store
    for (const [name, seen] of changes) next = withSiteState(next, name, (site) => ({ ...site, seen }))
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
export const forgetSeenComments = (volume: Volume, name: string | null) => rememberSeen(volume, new Map([[name, undefined]]))

export async function saveNotifyChoice(volume: Volume, name: string | null, choice: NotifyChoice): Promise<void> {
  // 'auto' is the default: stored as no choice at all.
  await editSiteState(volume, name, (site) => ({ ...site, notifications: choice === 'auto' ? undefined : choice }))
}
