/**
 * What this package's import (upstream's Disqus importer, isso/migrate.py) does not bring
 * back from an export, each verified in test/export/roundTrip.test.ts. Everything else
 * returns as it was: threads, comments, reply parents, names, e-mails, IP addresses
 * (anonymised), times to the second, text, deleted placeholders. The file itself holds
 * the first five in its isso: elements; the rest are limits of the format or the importer.
 */
export const ROUND_TRIP_LOSSES = [
  /** website: Disqus has no field for it; comes back as none */
  'website',
  /** the edit time (modified): comes back as none */
  'edit-time',
  /** likes and dislikes: come back as 0 */
  'votes',
  /** the reply-notification subscription: comes back as none */
  'reply-notification',
  /** pending comments: written as deleted, so dropped, or an empty placeholder when replied to */
  'pending',
  /** times: createdAt has whole seconds */
  'fractions-of-seconds',
  /** an empty name comes back as no name (an empty element reads as none) */
  'blank-name',
  /** thread titles lose surrounding spaces; a missing title comes back empty */
  'title-spaces',
  /** threads without comments: the importer creates threads only for comments */
  'empty-threads',
  /** a page path's ?query, #fragment or ;params: the importer keeps only a link's path */
  'page-path-query',
  /** control characters XML 1.0 cannot hold are left out of the file */
  'unfit-characters',
] as const

export type RoundTripLoss = (typeof ROUND_TRIP_LOSSES)[number]
