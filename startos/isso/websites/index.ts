// The websites allowed to show comments ([general] host): origins as browsers send them.
export { applyWebsites, WebsitesInputError, type WebsitesProblem } from './apply'
export { websites, writeWebsites } from './hostList'
export { websitesTask, type WebsitesTask } from './task'
export { EXAMPLE_ORIGIN, isPreviewOrigin, normalizeOrigin, normalizeOrigins, type OriginProblem, type OriginResult, type OriginsResult } from './origins'
