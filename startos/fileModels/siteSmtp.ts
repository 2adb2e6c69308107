import type { SmtpSelection } from '@start9labs/start-sdk'
import { extraSites } from '../isso/sites/registry'
import type { Store } from './store.json'

// Each site's e-mail form selection in store.json. The first site's stays in `smtp`,
// where the community package keeps it (so an upgrade and a one-site store.json are
// unchanged); an extra site's is `sitesSmtp[name]`. The selection is what the form shows
// and whether [smtp] follows the server's settings ('system'); what Isso uses is the
// [smtp] section of the site's own config file.

/** A site's stored selection; undefined when none is stored (the form then shows its default, 'disabled'). */
export function storedSmtp(store: Store | null | undefined, name: string | null): SmtpSelection | undefined {
  if (!store) return undefined
  return name === null ? store.smtp : store.sitesSmtp?.[name]
}

/**
 * The store with `name`'s selection set. An extra site that is not listed (removed
 * meanwhile) gets no entry: it would outlive the site.
 */
export function withStoredSmtp(store: Store, name: string | null, smtp: SmtpSelection): Store {
  if (name === null) return { ...store, smtp }
  if (!extraSites(store.sites).includes(name)) return store
  return { ...store, sitesSmtp: { ...store.sitesSmtp, [name]: smtp } }
}

/** The store without `name`'s selection; `sitesSmtp` disappears with its last entry. */
export function withoutStoredSmtp(store: Store, name: string): Store {
  if (!store.sitesSmtp || !(name in store.sitesSmtp)) return store
  const { [name]: _removed, ...rest } = store.sitesSmtp
  return { ...store, sitesSmtp: Object.keys(rest).length > 0 ? rest : undefined }
}

/** Every listed site whose selection is 'system', with its custom From address. */
export function sitesFollowingSystemSmtp(store: Store | null | undefined): { site: string | null; customFrom: string | null }[] {
  const follow: { site: string | null; customFrom: string | null }[] = []
  for (const site of [null, ...extraSites(store?.sites)]) {
    const smtp = storedSmtp(store, site)
    if (smtp?.selection === 'system') {
      follow.push({ site, customFrom: (smtp.value as { customFrom?: string | null }).customFrom ?? null })
    }
  }
  return follow
}
