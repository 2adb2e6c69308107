// New comments in StartOS's notifications, end to end: comments posted through upstream
// Isso 0.14.0's API while main runs under the runtime double; what main tells the OS is
// in `rec.notifications`. The polls run on demand (main's poll schedule is the test's), so the test
// decides exactly which comments one poll finds: no fixed sleeps, no timing luck. The
// last part runs the package's own timer, shortened.
import { e2eSkip, e2eVolume, MainRun, request, Runtime, until, volumePaths } from './harness'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { T } from '@start9labs/start-sdk'
import { addSiteAction } from '../../startos/actions/addSite'
import { configureServerAction } from '../../startos/actions/configureServer'
import { importCommentsAction } from '../../startos/actions/importComments'
import { setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { parseConfig } from '../../startos/isso/configparser'
import type { NotifyChoice } from '../../startos/isso/notify'
import { readServerInput } from '../../startos/isso/server'
import { pollSchedule, type PollSchedule } from '../../startos/health/commentsPoll'
import { GENERIC } from '../import/fixtures'

const addSite = addSiteAction(e2eVolume)
const configureServer = configureServerAction(e2eVolume)
const importComments = importCommentsAction(e2eVolume)
const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)

const WEBSITE = 'https://blog.example.com'
const PHOTOS = 'https://photos.example.net'
const storePath = join(volumePaths.root, 'start9/store.json')
type SiteRecord = { name?: string; seen?: unknown; notifications?: string }
const store = () => JSON.parse(readFileSync(storePath, 'utf8')) as { firstSite: SiteRecord; extraSites: SiteRecord[] }

/**
 * A trigger for main's poll loop that polls when the test says. The SDK asks the trigger
 * for the next poll after each one has finished, so "asked again" means "done".
 */
class PollsOnDemand {
  /** How many poll loops have started (one per run of main with Isso up). */
  sessions = 0
  private pending: { session: number; go: () => void } | null = null
  private finished: (() => void) | null = null

  readonly trigger = () => {
    const session = ++this.sessions
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this
    return (async function* () {
      for (;;) {
        await new Promise<void>((go) => {
          self.pending = { session, go }
          self.finished?.()
          self.finished = null
        })
        yield
      }
    })()
  }

  /** Runs one poll of the newest loop (started after `afterSession`) and waits for it to finish. */
  async poll(afterSession = 0): Promise<void> {
    await until('the poll loop of the running main', 60_000, () => this.sessions > afterSession && this.pending?.session === this.sessions)
    const { go } = this.pending!
    this.pending = null
    const finished = new Promise<void>((resolve) => (this.finished = resolve))
    go()
    await finished
  }
}

async function post(text: string, author: string | null, { prefix = '', uri = '/post/', origin = WEBSITE } = {}) {
  const reply = await request('POST', `${prefix}/new?uri=${encodeURIComponent(uri)}`, JSON.stringify({ text, author, title: 'A post' }), {
    'Content-Type': 'application/json',
    Origin: origin,
  })
  assert.ok(reply.status === 201 || reply.status === 202, `${reply.status} ${reply.body}`)
  return reply.status === 202 ? 'waiting' : 'published'
}

describe('new comments become StartOS notifications', { skip: e2eSkip() }, () => {
  let rt: Runtime
  let run: MainRun
  const polls = new PollsOnDemand()
  // What main's runs poll by: on demand, until the last test hands over to the package's timer.
  let schedule: PollSchedule = () => polls.trigger
  const mainPollingBy = { pollSchedule: (notifyFailed: () => boolean) => schedule(notifyFailed) }
  let seenCount = 0
  /** The notifications recorded since the last call. */
  const fresh = (): T.CreateNotificationParams[] => {
    const list = rt.rec.notifications.slice(seenCount)
    seenCount = rt.rec.notifications.length
    return list
  }

  const serverInput = async (change: { moderation?: boolean; notifications?: NotifyChoice }) => {
    const input = readServerInput(parseConfig(await rt.readCfg()))
    // Five comments a minute from one address would trip Isso's rate limit.
    input.guard.enabled = false
    if (change.moderation !== undefined) input.moderation.enabled = change.moderation
    return { ...input, notifications: change.notifications ?? 'auto' }
  }
  /** Saves the Server form while main runs; a change of isso.cfg would restart it. */
  const configure = async (change: { moderation?: boolean; notifications?: NotifyChoice }) => {
    const cfg = await rt.readCfg()
    await rt.runAction(configureServer, await serverInput(change))
    assert.equal(await rt.readCfg(), cfg, 'isso.cfg changed: main restarts')
  }

  before(async () => {
    rt = new Runtime()
    await rt.install()
    await rt.runAction(setWebsites, { websites: [WEBSITE] })
    await rt.runAction(setAdminPassword, {})
    await rt.runAction(configureServer, await serverInput({ moderation: false }))
    run = await rt.startMain(mainPollingBy)
    await run.waitForIsso()
  })
  after(async () => {
    await rt?.close()
  })

  it('the first poll only remembers where the database stands, and announces nothing', async () => {
    const before = Date.now() / 1000
    await polls.poll()
    const { seen } = store().firstSite as { seen: { id: number; created: number } }
    assert.equal(seen.id, 0)
    assert.ok(seen.created >= before - 1 && seen.created <= Date.now() / 1000 + 1, `${seen.created}`)
    assert.deepEqual(fresh(), [])
  })

  it('moderation off: a published comment is announced once, with who, where and what', async () => {
    assert.equal(await post('Nice article!', 'Ann'), 'published')
    await polls.poll()
    const [n, ...more] = fresh()
    assert.deepEqual(more, [])
    assert.equal(n.level, 'info')
    assert.equal(n.title, 'New comment')
    assert.equal(n.message, 'Ann on /post/: Nice article!')
    assert.match(n.data ?? '', /^- \*\*Ann\*\* · A post \\\(\\\/post\\\/\\\) · .* · \*published\*\n {2}> Nice article\\!$/m)
    await polls.poll()
    assert.deepEqual(fresh(), [], 'announced twice')
  })

  it('several comments in one interval: one notification listing them; visitor text stays text', async () => {
    await post('First of three', 'Bob')
    await post('Line one\n\n# Fake heading\n[Approve all](https://evil.example/a) <script>alert(1)</script>\u202E\u0007', 'Eve\n- injected')
    await post('Third', null)
    await polls.poll()
    const all = fresh()
    assert.equal(all.length, 1, JSON.stringify(all))
    const [n] = all
    assert.equal(n.title, 'New comments: 3')
    assert.equal(n.message, 'Bob on /post/: First of three And 2 more: see the details.')
    const lines = (n.data ?? '').split('\n')
    assert.equal(lines.filter((l) => l.startsWith('- ')).length, 3)
    const eve = lines.findIndex((l) => l.startsWith('- **Eve \\- injected**'))
    assert.ok(eve >= 0, n.data ?? '')
    assert.equal(
      lines[eve + 1],
      '  > Line one \\# Fake heading \\[Approve all\\]\\(https\\:\\/\\/evil\\.example\\/a\\) \\<script\\>alert\\(1\\)\\<\\/script\\>',
    )
    assert.ok(lines.some((l) => l.startsWith('- **Anonymous**')))
  })

  it('imported comments are not announced; with moderation on, waiting comments are, as such', async () => {
    // Both while stopped (the import requires it), so one start does for both.
    await run.stop()
    await rt.runAction(configureServer, await serverInput({ moderation: true }))
    const result = await rt.runAction(importComments, { source: { selection: 'paste', value: { text: GENERIC } }, format: 'generic', dryRun: false })
    assert.match(result?.version === '1' ? result.message ?? '' : '', /Imported \d+ threads and 3 comments/)
    const sessions = polls.sessions
    run = await rt.startMain(mainPollingBy)
    await run.waitForIsso()
    await polls.poll(sessions)
    await polls.poll()
    assert.deepEqual(fresh(), [])
    assert.equal(await post('Please approve me', 'Carl'), 'waiting')
    assert.equal(await post('Me too', 'Dora'), 'waiting')
    await polls.poll()
    const [n, ...more] = fresh()
    assert.deepEqual(more, [])
    assert.equal(n.title, 'New comments waiting for approval: 2')
    assert.equal(n.message, 'Carl on /post/: Please approve me And 1 more: see the details.')
    assert.equal((n.data ?? '').match(/\*waiting for approval\*/g)?.length, 2)
    assert.match(n.data ?? '', /Admin panel interface/)
  })

  it('off: nothing, no query; on again: only what comes after', async () => {
    await configure({ moderation: true, notifications: 'off' })
    await polls.poll()
    assert.equal(store().firstSite.seen, undefined)
    await post('While notifications are off', 'Gus')
    await polls.poll()
    assert.deepEqual(fresh(), [])
    await configure({ moderation: true, notifications: 'waiting' })
    await polls.poll()
    assert.deepEqual(fresh(), [])
    await post('Back on', 'Hal')
    await polls.poll()
    assert.deepEqual(fresh().map((n) => n.message), ['Hal on /post/: Back on'])
  })

  it("after a restart nothing is announced twice; with several sites, on the package's own timer, each site's comments come in their own notification, named after it", async () => {
    // Add Site restarts main (as the runtime does when store.json's sites change); the
    // new run polls on the package's timer, shortened.
    schedule = pollSchedule({ firstMs: 50, intervalMs: 200, retryMs: 200 })
    const { starts } = run
    await rt.runAction(addSite, { name: 'photos', websites: [PHOTOS] })
    await run.waitForStarts(starts + 1)
    await run.waitForIsso()
    // The first poll after the restart: the first site's comments, all announced
    // before, stay so (the new site's are remembered, not announced).
    await until('the first timed poll', 10_000, () => store().extraSites.find((s) => s.name === 'photos')?.seen !== undefined)
    assert.deepEqual(fresh(), [])
    await post('On the photos site', 'Ivy', { prefix: '/photos', origin: PHOTOS })
    await post('On the blog', 'Jon')
    await until('both sites announced', 10_000, () => rt.rec.notifications.length >= seenCount + 2)
    const titles = fresh().map((n) => n.title).sort()
    assert.deepEqual(titles, ['first blog: New comment waiting for approval', 'photos: New comment waiting for approval'])
  })
})
