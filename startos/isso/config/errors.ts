import type { KeyType } from './keys'

// A value in isso.cfg that Isso 0.14.0 would refuse (and crash on at startup, or on every
// request for the few keys read later): which key, on which line, what it says (null: no
// value), and its type, from which describeProblem says in words what Isso accepts. Only
// keys that need a particular form can fail, or a key without value, so no secret is ever
// quoted.
export type SettingProblem = {
  section: string
  key: string
  value: string | null
  type: KeyType
  /** 1-based line of the key in the file that was read */
  line: number
}
