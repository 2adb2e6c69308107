// Several sites in a temp volume (store.json's records and one config/<name>.cfg each), and
// what a per-site form offers, read from the spec StartOS receives.
import type { IST, T } from '@start9labs/start-sdk'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { storeOf, type StoreSpec } from '../helpers/store'

export interface SitesVolume {
  cfg(name: string | null): string
  /**
   * Writes config/isso.cfg, each extra site's config/<name>.cfg and store.json listing
   * them (`store`: fields of the records, by site; e-mail off where not given).
   */
  write(options: { first: string; extra: Record<string, string>; store?: { first?: Record<string, unknown>; extra?: Record<string, Record<string, unknown>> } }): Promise<void>
  writeStore(store: StoreSpec): Promise<void>
  readCfg(name: string | null): Promise<string>
  readStore(): Promise<Record<string, unknown>>
  /** Bytes, inode and mtime: equal snapshots mean the file was not written. */
  snapshot(name: string | null): Promise<{ text: string; ino: number; mtimeMs: number }>
}

export function sitesVolume(dir: string): SitesVolume {
  const cfg = (name: string | null) => join(dir, 'config', `${name ?? 'isso'}.cfg`)
  const storePath = join(dir, 'start9', 'store.json')
  return {
    cfg,
    write: async ({ first, extra, store = {} }) => {
      await rm(join(dir, 'config'), { recursive: true, force: true })
      await mkdir(join(dir, 'config'), { recursive: true })
      await mkdir(join(dir, 'start9'), { recursive: true })
      await writeFile(cfg(null), first)
      for (const [name, text] of Object.entries(extra)) await writeFile(cfg(name), text)
      const records = Object.fromEntries(Object.keys(extra).map((name) => [name, store.extra?.[name] ?? {}]))
      await writeFile(storePath, JSON.stringify(storeOf({ first: store.first, extra: records }), null, 2))
    },
    writeStore: (store) => writeFile(storePath, JSON.stringify(storeOf(store), null, 2)),
    readCfg: (name) => readFile(cfg(name), 'utf8'),
    readStore: async () => JSON.parse(await readFile(storePath, 'utf8')),
    snapshot: async (name) => {
      const s = await stat(cfg(name))
      return { text: await readFile(cfg(name), 'utf8'), ino: s.ino, mtimeMs: s.mtimeMs }
    },
  }
}

/** The value a built spec's fields hold before anyone types (unions: the default variant's). */
export function defaultsOf(spec: IST.InputSpec): Record<string, unknown> {
  return Object.fromEntries(Object.entries(spec).map(([key, field]) => [key, defaultOf(field)]))
}

function defaultOf(field: IST.ValueSpec): unknown {
  switch (field.type) {
    case 'object':
      return defaultsOf(field.spec)
    case 'union':
      return field.default === null ? null : { selection: field.default, value: defaultsOf(field.variants[field.default].spec) }
    case 'hidden':
    case 'file':
      return undefined
    default:
      return field.default
  }
}

/** A per-site form: its one field `site` (a union), as key → label and the variant's defaults. */
export function siteVariants(form: T.ActionInput): { default: string | null; variants: Record<string, { name: string; values: Record<string, unknown> }> } {
  const spec = form.spec as IST.InputSpec
  const keys = Object.keys(spec)
  const site = spec.site
  if (keys.length !== 1 || site?.type !== 'union') throw new Error(`not a per-site form: ${keys.join(', ')}`)
  return {
    default: site.default,
    variants: Object.fromEntries(
      Object.entries(site.variants).map(([key, v]) => [key, { name: v.name, values: defaultsOf(v.spec) }]),
    ),
  }
}
