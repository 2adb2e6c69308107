// One place for the numbers the form states and the code enforces.

/** The largest export we accept, counted after decompression. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / 1024 / 1024

/** How long a download may take, headers and body together. */
export const DOWNLOAD_TIMEOUT_MS = 5 * 60 * 1000

/** How long upstream's importer may run; a 100 MB Disqus export takes a few minutes. */
export const IMPORTER_TIMEOUT_MS = 30 * 60 * 1000

/** Redirects we follow (signed export links often bounce once or twice). */
export const MAX_REDIRECTS = 5

/** Timestamped copies of comments.db we keep beside it. */
export const KEEP_BACKUPS = 3

/** A scratch directory this old cannot belong to a running import (see scratch.ts). */
export const STALE_SCRATCH_MS = 2 * IMPORTER_TIMEOUT_MS
