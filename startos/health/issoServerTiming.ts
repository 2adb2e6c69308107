/** How main times Isso Server's health check; the package's values are ISSO_SERVER_TIMING. */
export interface IssoServerTiming {
  /** After a start, how long a failing check still shows as starting, with one blog launched. */
  graceMs: number
  /** Added to the grace period for each further blog launched. */
  graceMsPerExtraBlog: number
  /** How often the check runs while a left-out blog keeps it a failure. */
  leftOutRecheckMs: number
}

export const ISSO_SERVER_TIMING: IssoServerTiming = Object.freeze({
  // Before it serves, Isso sends HEAD / to each of a site's websites until one answers,
  // waiting up to 5 s for each (isso/__init__.py make_app: http.curl("HEAD", host, "/", 5)).
  graceMs: 30_000,
  graceMsPerExtraBlog: 10_000,
  // A left-out blog keeps the result a failure until main restarts: no need to ask
  // every second, as the SDK's default does after a failure.
  leftOutRecheckMs: 10_000,
})

/** The SDK's gracePeriod for `blogs` launched blogs. */
export const gracePeriodMs = (timing: IssoServerTiming, blogs: number): number =>
  timing.graceMs + timing.graceMsPerExtraBlog * (blogs - 1)
