// How StartOS 0.4's UI lays out a package's actions, as a pure function over the
// metadata the package exports, so tests can see the screen an owner sees.
// Read in Start9Labs/start-os, web/projects/ui/src/app/routes/portal/routes/services/
// routes/actions.component.ts:
// - hidden actions are not listed;
// - an action without a group joins "Other", or "General" when no action has a group;
// - actions are sorted by group, then by id (String.prototype.localeCompare), and
//   collected into an object keyed by group name;
// - the template walks that object with Angular's `keyvalue` pipe, whose default
//   comparator orders string keys with `<` (UTF-16 code units): that, not the sort
//   before it, decides the order of the groups. So "Other" is placed like any other
//   name, and the order can differ from one language to the next.
import type { T } from '@start9labs/start-sdk'

export interface ShownGroup {
  name: string
  ids: string[]
}

export function actionsAsShown(metadata: Record<string, T.ActionMetadata>): ShownGroup[] {
  const all = Object.values(metadata)
  const ungrouped = all.some((m) => !!m.group) ? 'Other' : 'General'
  const listed = Object.entries(metadata)
    .filter(([, m]) => m.visibility !== 'hidden')
    .map(([id, m]) => ({ id, group: m.group || ungrouped }))
    .sort((a, b) => a.group.localeCompare(b.group) || a.id.localeCompare(b.id))
  const groups = new Map<string, string[]>()
  for (const { id, group } of listed) groups.set(group, [...(groups.get(group) ?? []), id])
  // Angular's defaultComparator in keyvalue_pipe.ts: `a < b ? -1 : 1` for two strings.
  return [...groups.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a < b ? -1 : 1))
    .map(([name, ids]) => ({ name, ids }))
}
