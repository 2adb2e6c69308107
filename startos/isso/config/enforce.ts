import type { ConfigDocument } from '../configparser'

// The keys StartOS owns (DESIGN.md "Ownership"), re-applied on every write and start.
// Returns whether anything changed; touches nothing else.
export function applyEnforcedKeys(doc: ConfigDocument): boolean {
  throw new Error('todo')
}
