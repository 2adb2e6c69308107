// One place for the numbers the action states and the code enforces.

/** Exports kept in db/exports; older ones are removed after each new export. */
export const KEEP_EXPORTS = 5

/**
 * Up to this size the export is also shown in the action's result for copying. StartOS
 * shows a result in a dialog with a copy button; each comment costs ~550 bytes of markup
 * plus its text (scripts/bench-export.ts: 1,204 bytes per comment at ~500-character
 * texts), so 100 kB holds roughly 80 to 150 comments, a small blog's, and still copies in
 * one click. Larger exports are only in the file (and in every backup).
 */
export const SHOW_MAX_BYTES = 100_000

/** The exporter reads and writes 10,000 comments in well under a second; this is a hang. */
export const EXPORT_TIMEOUT_MS = 5 * 60 * 1000
