// Every way an import or an export can go wrong, as a code the action turns into a
// translated message. The pure code never builds user-facing text itself: it has no
// access to i18n (which needs the SDK), and codes are what tests assert on. Each action
// names its own codes (import/failure.ts, export/failure.ts).
export class Failure<P extends string> extends Error {
  constructor(
    readonly problem: P,
    /** A short technical detail (status code, SQLite's or the importer's message); never a whole file or page. */
    readonly detail: string = '',
  ) {
    super(detail ? `${problem}: ${detail}` : problem)
  }
}
