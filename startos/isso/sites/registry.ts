import { siteNameProblem } from './names'

/**
 * The extra sites as stored (store.json `sites`), cleaned: only valid names, each once,
 * in the order they were added. A name that is not valid can only come from a hand edit
 * of store.json; it is skipped with the rest kept (main still refuses when a listed
 * site's file is missing, which is the mistake that matters).
 */
export function extraSites(stored: readonly string[] | null | undefined): string[] {
  const names: string[] = []
  for (const name of stored ?? []) {
    if (siteNameProblem(name, names) === null) names.push(name)
  }
  return names
}

/** The stored list after adding or removing one site; undefined when none is left. */
export const withSite = (stored: readonly string[] | undefined, name: string): string[] => [
  ...extraSites(stored),
  name,
]
export function withoutSite(stored: readonly string[] | undefined, name: string): string[] | undefined {
  const rest = extraSites(stored).filter((n) => n !== name)
  return rest.length > 0 ? rest : undefined
}
