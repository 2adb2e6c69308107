// Isso exits when [general] host is empty, so a localhost origin nobody browses from
// keeps the list non-empty while the user has no website yet. Hidden from users.
export const HOST_PLACEHOLDER = 'http://localhost'
// The community package (same id, upgrades in place) wrote a bare `localhost`.
export const LEGACY_HOST_PLACEHOLDER = 'localhost'

export function isHostPlaceholder(origin: string): boolean {
  return origin === HOST_PLACEHOLDER || origin === LEGACY_HOST_PLACEHOLDER
}
