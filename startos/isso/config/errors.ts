import type { KeyType } from './keys'

// A value in isso.cfg that Isso 0.14.0 would refuse (and crash on at startup, or on every
// request for the few keys read later). The message is for a person: which key, on which
// line, what it says, what Isso accepts instead. Only keys that need a particular form
// can fail, or a key without value, so no secret is ever quoted.
export class IssoSettingError extends Error {
  constructor(
    readonly section: string,
    readonly key: string,
    readonly value: string | null,
    readonly accepted: string,
    readonly type: KeyType,
    /** 1-based line of the key in the file that was read */
    readonly line: number,
  ) {
    super(
      value === null
        ? `[${section}] ${key} has no value (line ${line}); Isso needs ${accepted}`
        : `[${section}] ${key} = ${JSON.stringify(value)} (line ${line}) is not accepted by Isso; use ${accepted}`,
    )
    this.name = 'IssoSettingError'
  }
}
