import { i18n } from './i18n'
import { sdk } from './sdk'
import { watchExtraSiteNames, type Volume } from './sites'

// Ids other code depends on: the embed-code action reads the addresses of `comments`.
export const COMMENTS_INTERFACE_ID = 'comments'
export const ADMIN_INTERFACE_ID = 'admin'
export const ISSO_PORT = 8080

export const siteAdminInterfaceId = (site: string) => `${ADMIN_INTERFACE_ID}-${site}`

// One listener (gunicorn on 8080), two doors: the root is what websites embed and call
// (not a page to browse, hence `api`); /admin/ is the moderation panel people open. Each
// extra site gets a door of its own to its panel (/blog/admin/), so the owner finds every
// panel in StartOS, named after its site; its comments address is the same as the first
// site's plus /blog/, which the embed code writes out.
export const setInterfaces = (volume: Volume) => sdk.setupInterfaces(async ({ effects }) => {
  const sites = await watchExtraSiteNames(volume, effects)
  const origin = await sdk.MultiHost.of(effects, 'main').bindPort(ISSO_PORT, { protocol: 'http' })
  const comments = sdk.createInterface(effects, {
    id: COMMENTS_INTERFACE_ID,
    name: i18n('Comments endpoint'),
    description: i18n(
      'The address your website embeds: it serves /js/embed.min.js and the comments API. Use it in the embed code, not in a browser.',
    ),
    type: 'api',
    masked: false,
    schemeOverride: null,
    username: null,
    path: '/',
    query: {},
  })
  const admin = sdk.createInterface(effects, {
    id: ADMIN_INTERFACE_ID,
    name: i18n('Admin panel'),
    description: i18n(
      'Open this in your browser to review, approve and delete comments. Log in with the admin password (there is no username).',
    ),
    type: 'ui',
    masked: false,
    schemeOverride: null,
    username: null,
    path: '/admin/',
    query: {},
  })
  const siteAdmins = sites.map((site) =>
    sdk.createInterface(effects, {
      id: siteAdminInterfaceId(site),
      name: i18n('Admin panel: ${site}', { site }),
      description: i18n('The admin panel of blog ${site}, with its own admin password.', { site }),
      type: 'ui',
      masked: false,
      schemeOverride: null,
      username: null,
      path: `/${site}/admin/`,
      query: {},
    }),
  )
  return [await origin.export([comments, admin, ...siteAdmins])]
})
