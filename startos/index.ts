// The ABI the StartOS container runtime require()s from javascript/index.js, and the one
// place the package is put together: every part works on the files of volume `main` as
// StartOS mounts it (sites/volume.ts), handed to it here. Tests build the same parts on
// throw-away volumes of their own.
import { buildManifest } from '@start9labs/start-sdk'
import { actionsOn } from './actions'
import { POLL_TIMING, pollSchedule } from './health/commentsPoll'
import { ISSO_SERVER_TIMING } from './health/issoServerTiming'
import { initOn } from './init'
import { mainWith } from './main'
import { manifest as sdkManifest } from './manifest'
import { mainVolume } from './sites'
import { versionGraphOn } from './versions'

const versionGraph = versionGraphOn(mainVolume)

export const actions = actionsOn(mainVolume)
export { createBackup } from './backups'
export const { init, uninit } = initOn(mainVolume, actions, versionGraph)
export const main = mainWith({ volume: mainVolume, pollSchedule: pollSchedule(POLL_TIMING), issoServerTiming: ISSO_SERVER_TIMING })
export const manifest = buildManifest(versionGraph, sdkManifest)
