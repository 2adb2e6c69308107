// Names of the extra sites. A site named `blog` is served at /blog/ on Isso's port, so its
// name becomes the first segment of every URL of that site, and its settings file is
// config/blog.cfg beside the first site's isso.cfg.

/**
 * First path segments Isso itself serves at the root (isso 0.14.0: the API routes of
 * views/comments.py and views/__init__.py, and the static folders make_app exports). A
 * site mounted there would hide the first site's route.
 */
export const ISSO_ROUTE_SEGMENTS = [
  'admin',
  'config',
  'count',
  'css',
  'demo',
  'feed',
  'id',
  'img',
  'info',
  'js',
  'latest',
  'login',
  'new',
  'preview',
] as const

/**
 * Also reserved: `isso` would name config/isso.cfg, the first site's file, and `exports`
 * db/exports/, where the first site's exports go.
 */
const RESERVED = new Set<string>([...ISSO_ROUTE_SEGMENTS, 'isso', 'exports'])

export const MAX_SITE_NAME = 32
const SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export type SiteNameProblem =
  | { kind: 'empty' }
  | { kind: 'too-long'; max: number }
  | { kind: 'characters' }
  | { kind: 'reserved'; name: string }
  | { kind: 'exists'; name: string }

/** Why `name` cannot name a new site (given the sites that exist), or null. */
export function siteNameProblem(name: string, existing: readonly string[]): SiteNameProblem | null {
  if (name === '') return { kind: 'empty' }
  if (name.length > MAX_SITE_NAME) return { kind: 'too-long', max: MAX_SITE_NAME }
  if (!SHAPE.test(name)) return { kind: 'characters' }
  if (RESERVED.has(name)) return { kind: 'reserved', name }
  if (existing.includes(name)) return { kind: 'exists', name }
  return null
}

/** For the form: the same rule as SHAPE and MAX_SITE_NAME, as the UI's pattern. */
export const SITE_NAME_PATTERN = `^(?=.{1,${MAX_SITE_NAME}}$)[a-z0-9]+(-[a-z0-9]+)*$`
