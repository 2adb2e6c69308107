// Why a package write of isso.cfg did not happen. In every case the file is left exactly
// as it was; actions turn these into messages (./forActions.ts), init steps log them.

/** isso.cfg is not there (before the first start, or deleted by hand). */
export class IssoCfgMissingError extends Error {
  constructor(path: string) {
    super(`${path} does not exist yet; start the service once to create it`)
    this.name = 'IssoCfgMissingError'
  }
}

/**
 * isso.cfg holds no text. That is what a person's editor or upload leaves between
 * truncating the file and writing the new text, so it is never "repaired" by a write.
 */
export class IssoCfgEmptyError extends Error {
  constructor(path: string) {
    super(`${path} is empty; it is left as it is (it may be being written)`)
    this.name = 'IssoCfgEmptyError'
  }
}

/**
 * Someone else wrote isso.cfg recently or while we were saving: we will not replace text
 * that a person may still be writing. `reason` says which of the two.
 */
export class IssoCfgBusyError extends Error {
  constructor(
    path: string,
    readonly reason: 'still-being-written' | 'changed-while-saving',
  ) {
    super(
      reason === 'still-being-written'
        ? `${path} keeps changing (someone is writing it); nothing was saved`
        : `${path} changed while we were saving; nothing was saved`,
    )
    this.name = 'IssoCfgBusyError'
  }
}
