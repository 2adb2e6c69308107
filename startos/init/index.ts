import { actions } from '../actions'
import { restoreInit } from '../backups'
import { setInterfaces } from '../interfaces'
import { sdk } from '../sdk'
import { versionGraph } from '../versions'

// Runs on install, update, restore and every container start, in this order.
// restoreInit must come first: it only acts when the kind is 'restore'.
export const init = sdk.setupInit(restoreInit, versionGraph, setInterfaces, actions)
export const uninit = sdk.setupUninit(versionGraph)
