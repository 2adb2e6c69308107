// The one fake of the StartOS `effects` object for unit tests (the end-to-end runtime
// double has its own, in test/e2e/runtime/): just the members our code calls, each
// recording its calls so tests can assert on them. start-sdk 2.0.9 exports no test
// double for effects; anything not listed here throws, so a test notices when code
// starts depending on a new effect. Its members are own properties, so code that
// spreads effects into a new object (setupInterfaces does) keeps them.
import type { T } from '@start9labs/start-sdk'

export type SmtpValue = T.SmtpValue

export interface FakeEffectsOptions {
  /** What `getSystemSmtp` answers (the server's SMTP settings), null when unset. */
  systemSmtp?: SmtpValue | null
  /** The data version StartOS reports (`getDataVersion`). */
  dataVersion?: string | null
  /** What `getHostInfo` answers, by host id (this package's hosts); absent ids give null. */
  hosts?: Record<string, T.Host>
  /** How `notification.create` answers (it records the call first); by default it succeeds. */
  createNotification?: (params: T.CreateNotificationParams) => Promise<null>
}

export interface FakeEffects {
  effects: T.Effects
  /** Every `action.createTask` call, in order. */
  createdTasks: T.CreateTaskParams[]
  /** Every `action.clearTasks` call, in order. */
  clearedTasks: ({ only: string[] } | { except: string[] })[]
  /** Every `setDataVersion` call, in order. */
  dataVersions: (string | null)[]
  /** Every `setHealth` call, in order (main reports why it refused to start). */
  healthReports: T.SetHealth[]
  /** Every `notification.create` call, in order. */
  notifications: T.CreateNotificationParams[]
  /** Every call of the interface effects (`bind`, `exportServiceInterface`, `clearBindings`, `clearServiceInterfaces`), in order. */
  interfaceCalls: { name: string; args: unknown }[]
  /** Changes what `getSystemSmtp` answers from now on. */
  setSystemSmtp(value: SmtpValue | null): void
  /** Leaves the context, as StartOS does when main stops: `isInContext` is false from now on. */
  leaveContext(): void
}

export function fakeEffects(options: FakeEffectsOptions = {}): FakeEffects {
  let systemSmtp = options.systemSmtp ?? null
  let dataVersion = options.dataVersion ?? null
  const createdTasks: FakeEffects['createdTasks'] = []
  const clearedTasks: FakeEffects['clearedTasks'] = []
  const dataVersions: FakeEffects['dataVersions'] = []
  const healthReports: FakeEffects['healthReports'] = []
  const notifications: FakeEffects['notifications'] = []
  const interfaceCalls: FakeEffects['interfaceCalls'] = []
  const recordInterface = (name: string) => async (args: unknown) => {
    interfaceCalls.push({ name, args })
    return null
  }

  const members: Record<string, unknown> = {
    eventId: 'test-event',
    isInContext: true,
    constRetry: undefined,
    onLeaveContext: () => {},
    clearCallbacks: async () => null,
    action: {
      export: async () => null,
      clear: async () => null,
      createTask: async (params: T.CreateTaskParams) => {
        createdTasks.push(params)
        return null
      },
      clearTasks: async (params: { only: string[] } | { except: string[] }) => {
        clearedTasks.push(params)
        return null
      },
    },
    getSystemSmtp: async () => systemSmtp,
    getHostInfo: async ({ hostId }: { hostId: string }) => options.hosts?.[hostId] ?? null,
    setHealth: async (params: T.SetHealth) => {
      healthReports.push(params)
      return null
    },
    notification: {
      create: async (params: T.CreateNotificationParams) => {
        notifications.push(params)
        return options.createNotification ? options.createNotification(params) : null
      },
    },
    ...Object.fromEntries(['bind', 'exportServiceInterface', 'clearBindings', 'clearServiceInterfaces'].map((name) => [name, recordInterface(name)])),
    getDataVersion: async () => dataVersion,
    setDataVersion: async ({ version }: { version: string | null }) => {
      dataVersions.push(version)
      dataVersion = version
      return null
    },
  }
  const effects = new Proxy(members, {
    get(target, name) {
      if (name === 'child') return () => effects
      if (name === 'then') return undefined // not a thenable
      if (name in target) return target[name as string]
      throw new Error(`fake effects: ${String(name)} is not faked (test/helpers/effects.ts)`)
    },
  }) as unknown as T.Effects

  return {
    effects,
    createdTasks,
    clearedTasks,
    dataVersions,
    healthReports,
    notifications,
    interfaceCalls,
    setSystemSmtp: (value) => {
      systemSmtp = value
    },
    leaveContext: () => {
      members.isInContext = false
    },
  }
}
