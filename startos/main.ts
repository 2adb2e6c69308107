import type { T } from '@start9labs/start-sdk'
import { mkdir } from 'node:fs/promises'
import type { SiteFiles } from './fileModels'
import type { IssoInfoResult } from './health/checkIssoInfo'
import { checkSites } from './health/checkSites'
import { withLeftOut } from './health/leftOut'
import type { WaitingSite } from './health/checkWaiting'
import { commentsPollCheck, type PollSchedule } from './health/commentsPoll'
import { gracePeriodMs, type IssoServerTiming } from './health/issoServerTiming'
import { withNoWebsiteNote } from './health/noWebsiteNote'
import { describeStartupProblem } from './health/describeProblem'
import { startupProblem } from './health/startupProblem'
import { i18n } from './i18n'
import { ISSO_PORT } from './interfaces'
import { issoSettingsText } from './isso/config'
import { parseConfig, type ConfigDocument } from './isso/configparser'
import { websites } from './isso/websites'
import { ASSETS_MOUNTPOINT, EXTRA_SITES_SETTINGS_DIR, FIRST_SITE_SETTINGS } from './container/image'
import { issoDaemonMounts } from './container/mounts'
import { runnerIn } from './container/runner'
import { sdk } from './sdk'
import { watchExtraSiteNames, type Volume } from './sites'

const DAEMON_ID = 'primary'
const SERVED_ID = 'served'

// The image's gunicorn, with its own entrypoint and flags (-b 0.0.0.0:8080 -w 4 --preload
// --worker-tmp-dir /dev/shm), runs our WSGI entry instead of its CMD isso.run: the
// master prepares each site's database (schema, session key) and starts no thread of
// Isso's; each worker builds its apps before its first request (the post_worker_init
// hook in isso_gunicorn.py); the first site at /, each other one at /<name>/. Under
// isso.run the master builds Isso, whose purge thread can be inside SQLite when the
// workers are forked, and a worker forked then hangs at its first database access
// (assets/isso_sites.py says more).
const ISSO_COMMAND = [
  '--config',
  `${ASSETS_MOUNTPOINT}/isso_gunicorn.py`,
  '--pythonpath',
  ASSETS_MOUNTPOINT,
  'isso_sites:application',
]

export interface MainDeps {
  /** The files it serves: volume `main` (index.ts), or a test's. */
  volume: Volume
  /** When the comments poll runs (tests poll on demand, or sooner). */
  pollSchedule: PollSchedule
  /** Isso Server's grace period and re-checks (tests wait less for a failure). */
  issoServerTiming: IssoServerTiming
}

/** main on `deps`: the package's is built in index.ts. */
export const mainWith = (deps: MainDeps) => sdk.setupMain(async ({ effects }) => {
  // Isso reads its settings only when it starts, so any change of a site's config (an
  // action, a hand edit) or of the list of sites must restart it: `.const` in main does
  // exactly that.
  const names = await watchExtraSiteNames(deps.volume, effects)
  const several = names.length > 0

  // A blog whose file Isso cannot start with is left out, named in Isso Server's health
  // with its line; the others are launched. Its fix (by hand or by an action) changes the
  // file, and `.const` restarts main with it back in.
  const launched: { site: SiteFiles; doc: ConfigDocument }[] = []
  const leftOut: string[] = []
  for (const site of [null, ...names].map((name) => deps.volume.site(name))) {
    const text = await settledSiteText(effects, site)
    const problem = startupProblem(text)
    if (problem || text === null) {
      leftOut.push(describeStartupProblem(problem ?? { kind: 'missing' }, site.layout.name, several))
      continue
    }
    launched.push({ site, doc: parseConfig(text) })
  }
  if (launched.length === 0) return waitForAFix(effects, leftOut.join(' '))
  for (const message of leftOut) console.error(message)
  // Isso creates comments.db but not the folder it is in.
  for (const { site } of launched) await mkdir(site.dbDir, { recursive: true })

  const layouts = launched.map(({ site }) => site.layout)
  const firstLaunched = layouts[0].name === null
  const extrasLaunched = layouts.length > (firstLaunched ? 1 : 0)
  const waiting: WaitingSite[] = launched.map(({ site, doc }) => ({ name: site.layout.name, dbPath: site.layout.dbPath, doc }))
  const withoutWebsite = waiting.filter(({ doc }) => websites(doc).length === 0).map(({ name }) => name)
  const isso = sdk.SubContainer.of(effects, { imageId: 'isso' }, issoDaemonMounts, 'isso')
  const runner = runnerIn(isso)
  // The enforced keys (each site's dbpath among them) win for Isso without ever writing
  // the owner's file.
  for (const { site, doc } of launched) {
    await runner.writeFile(site.layout.settingsPath, issoSettingsText(doc, { dbpath: site.layout.dbPath }))
  }
  const poll = commentsPollCheck(deps.volume, effects, runner, waiting, deps.pollSchedule)
  // The launched blogs' last answer (Isso Server's, before the left-out ones are added).
  let served: IssoInfoResult = { result: 'starting', message: '' }
  return sdk.Daemons.of(effects).addDaemon(DAEMON_ID, {
    subcontainer: isso,
    // ISSO_SETTINGS as for isso.run (the image's says /config/isso.cfg).
    exec: {
      command: sdk.useEntrypoint(ISSO_COMMAND),
      env: {
        ISSO_SETTINGS: FIRST_SITE_SETTINGS,
        ...(firstLaunched ? {} : { ISSO_FIRST_SITE: 'off' }),
        ...(extrasLaunched ? { ISSO_SITES: EXTRA_SITES_SETTINGS_DIR } : {}),
      },
    },
    ready: {
      display: i18n('Isso Server'),
      fn: async () => {
        served = withNoWebsiteNote(await checkSites(`http://localhost:${ISSO_PORT}`, layouts, 5000), withoutWebsite, several)
        return withLeftOut(served, leftOut)
      },
      gracePeriod: gracePeriodMs(deps.issoServerTiming, layouts.length),
      trigger: sdk.trigger.statusTrigger(30_000, { starting: 1_000, waiting: 1_000, failure: leftOut.length > 0 ? deps.issoServerTiming.leftOutRecheckMs : 1_000 }),
    },
    requires: [],
  })
    // Hidden. The SDK runs a check that `requires` another only while that one reports
    // success, and Isso Server is a failure while a blog is left out; the comments poll
    // (the waiting check) still covers the blogs that are served, so it hangs on this
    // one: the served blogs' part of Isso Server's last answer.
    .addHealthCheck(SERVED_ID, {
      ready: { display: null, fn: () => served },
      requires: [],
    })
    .addHealthCheck('waiting', {
      ready: {
        display: i18n('Comments waiting for approval'),
        // The same poll tells the owner of new comments (StartOS notifications): a
        // health check because the SDK then polls only while Isso is up and stops with
        // main; health/commentsPoll.ts says what one poll does and costs.
        fn: poll.fn,
        trigger: poll.trigger,
      },
      requires: [SERVED_ID],
    })
})

// `.const` restarts main on any change; the decision is taken on the settled text, so a
// file still being written is not judged half-way.
async function settledSiteText(effects: T.Effects, site: SiteFiles): Promise<string | null> {
  await site.issoCfg.text.read().const(effects)
  return site.issoCfg.settledText()
}

// Isso is not launched. main does not throw either: a thrown main leaves the service
// stopped, and a file still being saved (an upload pausing for a few seconds) would then
// need a manual restart. Instead the service stays up with one failing health check that
// says why; main still watches the files (`.const`), so the fix, by hand or by an action,
// starts Isso by itself.
function waitForAFix(effects: T.Effects, message: string) {
  console.error(message)
  return sdk.Daemons.of(effects).addHealthCheck(DAEMON_ID, {
    // No grace period: nothing is starting, the failure is the news.
    ready: { display: i18n('Isso Server'), fn: () => ({ result: 'failure', message }), gracePeriod: 0 },
    requires: [],
  })
}
