// store.json in the package's shape (startos/sites/store.ts), for tests that put one on
// a volume: the first site's record and each added site's, e-mail off unless given.
export const SMTP_OFF = { selection: 'disabled', value: {} }

export interface StoreSpec {
  first?: Record<string, unknown>
  /** Added sites in order: names alone, or each name with its record's fields. */
  extra?: readonly string[] | Record<string, Record<string, unknown>>
}

export function storeOf({ first = {}, extra = [] }: StoreSpec = {}) {
  const records = Array.isArray(extra) ? extra.map((name) => [name, {}] as const) : Object.entries(extra)
  return {
    firstSite: { smtp: SMTP_OFF, ...first },
    extraSites: records.map(([name, fields]) => ({ name, smtp: SMTP_OFF, ...fields })),
  }
}

/** As the package writes it (FileHelper.json and editStore: two spaces). */
export const storeText = (spec: StoreSpec = {}) => JSON.stringify(storeOf(spec), null, 2)
