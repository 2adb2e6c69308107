// The double's `effects`: what StartOS hands to init, actions and main. One Recorder
// per test keeps what the package told the OS (health, tasks, interfaces); each
// context (an init, an action run, one run of main) has its own lifetime: leaving it
// sets isInContext false and fires its onLeaveContext hooks, which is how the runtime
// stops main's daemons. Members the package does not use throw, so a test notices
// when the package starts depending on a new effect.
import type { T } from '@start9labs/start-sdk'
import { hostInfo } from './hostInfo'
import { serverNetwork, type ServerNetwork } from './network'
import { createFs, destroyFs } from './rootfs'

export interface Recorder {
  /** Every setHealth, in order (the daemon's checks and main's refusals). */
  health: T.SetHealth[]
  createdTasks: T.CreateTaskParams[]
  clearedTasks: ({ only: string[] } | { except: string[] })[]
  exportedActions: string[]
  binds: T.BindParams[]
  interfaces: T.ExportServiceInterfaceParams[]
  /** Subcontainers created, by image id, in order. */
  subcontainers: string[]
  systemSmtp: T.SmtpValue | null
  dataVersion: string | null
  /** Every notification.create, in order (what the owner would see in StartOS). */
  notifications: T.CreateNotificationParams[]
  /** The server's addresses getHostInfo reports; a test may change them (no public domain…). */
  network: ServerNetwork
}

export const newRecorder = (): Recorder => ({
  health: [],
  createdTasks: [],
  clearedTasks: [],
  exportedActions: [],
  binds: [],
  interfaces: [],
  subcontainers: [],
  systemSmtp: null,
  dataVersion: null,
  notifications: [],
  network: serverNetwork(),
})

export interface Context {
  effects: T.Effects
  /** Leaves the context: isInContext turns false, the onLeaveContext hooks run. */
  leave(): void
}

/**
 * A context for `name`. `constRetry`, when given, is what the OS does when a
 * `.const()` value read in this context changes (for main: restart it).
 */
export function newContext(rec: Recorder, name: string, constRetry?: () => void): Context {
  let inContext = true
  const onLeave: (() => void)[] = []
  const ok = async () => null

  const make = (eventId: string, retry: (() => void) | undefined): T.Effects => {
    const members: Record<string, unknown> = {
      eventId,
      constRetry: retry,
      get isInContext() {
        return inContext
      },
      child: (child: string) => make(`${eventId}/${child}`, undefined),
      onLeaveContext: (fn: () => void) => {
        if (inContext) onLeave.push(fn)
        else fn()
      },
      clearCallbacks: ok,
      setInitProgress: ok,
      getDataVersion: async () => rec.dataVersion,
      setDataVersion: async ({ version }: { version: string | null }) => {
        rec.dataVersion = version
        return null
      },
      setHealth: async (health: T.SetHealth) => {
        rec.health.push(health)
        return null
      },
      getSystemSmtp: async () => rec.systemSmtp,
      notification: {
        create: async (notification: T.CreateNotificationParams) => {
          rec.notifications.push(notification)
          return null
        },
      },
      action: {
        export: async ({ id }: { id: string }) => {
          rec.exportedActions.push(id)
          return null
        },
        clear: ok,
        createTask: async (task: T.CreateTaskParams) => {
          rec.createdTasks.push(task)
          return null
        },
        clearTasks: async (which: { only: string[] } | { except: string[] }) => {
          rec.clearedTasks.push(which)
          return null
        },
      },
      bind: async (params: T.BindParams) => {
        rec.binds.push(params)
        return null
      },
      clearBindings: ok,
      exportServiceInterface: async (params: T.ExportServiceInterfaceParams) => {
        rec.interfaces.push(params)
        return null
      },
      clearServiceInterfaces: ok,
      // The host as StartOS derives it from the package's binds and interfaces (null
      // before the first bind). Callbacks are never fired: the network does not change
      // on its own during a test.
      getHostInfo: async ({ hostId }: T.GetHostInfoParams) => hostInfo(hostId, rec, rec.network),
      subcontainer: {
        createFs: async ({ imageId }: { imageId: string }) => {
          rec.subcontainers.push(imageId)
          return createFs()
        },
        destroyFs: async ({ guid }: { guid: string }) => {
          destroyFs(guid)
          return null
        },
      },
    }
    return new Proxy(members, {
      get(target, key) {
        if (key === 'then') return undefined // not a thenable
        if (typeof key === 'string' && key in target) return Reflect.get(target, key)
        throw new Error(`runtime double: effects.${String(key)} is not faked (test/e2e/runtime/effects.ts)`)
      },
    }) as unknown as T.Effects
  }

  return {
    effects: make(name, constRetry),
    leave: () => {
      if (!inContext) return
      inContext = false
      for (const fn of onLeave.splice(0)) fn()
    },
  }
}
