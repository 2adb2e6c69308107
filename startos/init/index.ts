import type { PackageActions } from '../actions'
import { restoreInit } from '../backups'
import { setInterfaces } from '../interfaces'
import { sdk } from '../sdk'
import type { Volume } from '../sites'
import type { versionGraphOn } from '../versions'
import { seedFiles } from './seedFiles'
import { watchAdminPassword } from './watchAdminPassword'
import { watchSystemSmtp } from './watchSystemSmtp'
import { watchWebsites } from './watchWebsites'

// Runs on install, update, restore and every container start, in this order:
// restoreInit first (it acts only on 'restore' and brings back isso.cfg with its
// password), then migrations, then seeding what is still missing, then interfaces and
// actions, and last the watchers, which read the files the steps before them
// settled. Nothing here rewrites isso.cfg to enforce keys: main derives what Isso reads.
export function initOn(volume: Volume, actions: PackageActions, versionGraph: ReturnType<typeof versionGraphOn>) {
  return {
    init: sdk.setupInit(
      restoreInit,
      versionGraph,
      seedFiles(volume),
      setInterfaces(volume),
      actions,
      watchAdminPassword(volume, actions.get('set-admin-password')),
      watchWebsites(volume, actions.get('set-websites')),
      watchSystemSmtp(volume),
    ),
    uninit: sdk.setupUninit(versionGraph),
  }
}
