import { sdk } from './sdk'

// Everything lives on volume `main`: db/comments.db, config/isso.cfg (with the admin
// password and hand edits) and start9/store.json. Restoring it restores all of it.
export const { createBackup, restoreInit } = sdk.setupBackups(async () => sdk.Backups.ofVolumes('main'))
