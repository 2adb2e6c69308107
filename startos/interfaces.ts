import { i18n } from './i18n'
import { sdk } from './sdk'

// Ids other code depends on: the embed-code action reads the addresses of `comments`.
export const COMMENTS_INTERFACE_ID = 'comments'
export const ADMIN_INTERFACE_ID = 'admin'
export const ISSO_PORT = 8080

// One listener (gunicorn on 8080), two doors: the root is what websites embed and call
// (not a page to browse, hence `api`); /admin/ is the moderation panel people open.
export const setInterfaces = sdk.setupInterfaces(async ({ effects }) => {
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
  return [await origin.export([comments, admin])]
})
