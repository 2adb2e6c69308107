// The website check's bounds: the whole check, every request included, ends
// within 15 s; it follows at most 5 redirects and reads at most 2 MB of the page.
export const CHECK_TIMEOUT_MS = 15_000
export const MAX_REDIRECTS = 5
export const MAX_PAGE_BYTES = 2 * 1024 * 1024
// Isso's own page fetch for a new thread's title (utils/http.py curl): 3 s per request,
// up to 3 tries that follow only 301s, keeping the host.
export const ISSO_FETCH_TIMEOUT_MS = 3_000
export const ISSO_FETCH_TRIES = 3
export const USER_AGENT = 'Isso-for-StartOS website check'
