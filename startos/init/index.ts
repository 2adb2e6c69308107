import { actions } from '../actions'
import { restoreInit } from '../backups'
import { setInterfaces } from '../interfaces'
import { sdk } from '../sdk'
import { versionGraph } from '../versions'
import { seedFiles } from './seedFiles'
import { watchAdminPassword } from './watchAdminPassword'
import { watchSystemSmtp } from './watchSystemSmtp'
import { watchWebsites } from './watchWebsites'

// Runs on install, update, restore and every container start, in this order:
// restoreInit first (it acts only on 'restore' and brings back isso.cfg with its
// password), then migrations, then seeding what is still missing, then interfaces and
// actions, and last the watchers, which read the files the steps before them
// settled. Nothing here rewrites isso.cfg to enforce keys: main derives what Isso reads.
export const init = sdk.setupInit(
  restoreInit,
  versionGraph,
  seedFiles,
  setInterfaces,
  actions,
  watchAdminPassword,
  watchWebsites,
  watchSystemSmtp,
)
export const uninit = sdk.setupUninit(versionGraph)
