// A value in isso.cfg that Isso 0.14.0 would refuse (and crash on at startup). The
// message is for a person: which key, what it says, what Isso accepts instead. Only
// booleans, numbers and valueless keys can fail, so no secret is ever quoted.
export class IssoSettingError extends Error {
  constructor(
    readonly section: string,
    readonly key: string,
    readonly value: string | null,
    readonly accepted: string,
  ) {
    super(
      value === null
        ? `[${section}] ${key} has no value; Isso needs ${accepted}`
        : `[${section}] ${key} = ${JSON.stringify(value)} is not accepted by Isso; use ${accepted}`,
    )
    this.name = 'IssoSettingError'
  }
}
