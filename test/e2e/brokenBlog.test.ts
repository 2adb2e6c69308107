// Two blogs on one server, against upstream Isso 0.14.0 under the runtime double: a file
// Isso cannot start with stops only its own blog. The other blog is launched and serves
// comments, Isso Server names the broken one with its line (and the action that fixes
// the key), and the fix, by hand or by that action, brings the blog back with the other
// blog's comments untouched. First an extra blog's file is broken, then the first blog's.
import { commentTexts, containerProcesses, e2eSkip, e2eVolume, MainRun, postComment, request, Runtime, until, volumePaths } from './harness'
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { T } from '@start9labs/start-sdk'
import { addSiteAction } from '../../startos/actions/addSite'
import { configureServerAction } from '../../startos/actions/configureServer'
import { setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { FIRST_SITE_KEY } from '../../startos/actions/sites/siteForm'
import { ISSO_SERVER_TIMING } from '../../startos/health/issoServerTiming'
import { parseConfig } from '../../startos/isso/configparser'
import { readServerInput } from '../../startos/isso/server'

const addSite = addSiteAction(e2eVolume)
const configureServer = configureServerAction(e2eVolume)
const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)

const FIRST = 'https://blog.example.com'
const PHOTOS = 'https://photos.example.net'
const photosCfg = join(volumePaths.root, 'config/photos.cfg')

// main as the package's, except that Isso Server's failure shows sooner: a grace period
// of 2 s instead of 30 s (the package's would be most of this file's time) and, while a
// blog is left out, a check a second instead of every 10 s.
const failingSooner = { issoServerTiming: { ...ISSO_SERVER_TIMING, graceMs: 2_000, leftOutRecheckMs: 1_000 } }

const status = async (path: string) => (await request('GET', path).catch(() => null))?.status ?? 0

/** `text` with the line that starts with `start` replaced; returns the text and that line's number. */
function withLine(text: string, start: string, line: string): { text: string; lineNo: number } {
  const lines = text.split('\n')
  const index = lines.findIndex((l) => l.startsWith(start))
  assert.ok(index >= 0, `no line starting with ${start}`)
  lines[index] = line
  return { text: lines.join('\n'), lineNo: index + 1 }
}

describe('a broken blog file stops only its own blog', { skip: e2eSkip() }, () => {
  let rt: Runtime
  let run: MainRun
  let photosText: string

  // The health the daemon reported since `mark` (an index into the recorder's list).
  const healthSince = (mark: number, id: string, pass: (h: T.SetHealth) => boolean) =>
    until(`health ${id}`, 60_000, () => rt.rec.health.slice(mark).some((h) => h.id === id && pass(h))).then(
      () => rt.rec.health.slice(mark).filter((h) => h.id === id && pass(h)).at(-1)!,
    )

  const waitForRestart = async (starts: number) => {
    await run.waitForStarts(starts + 1)
    await until('Isso to serve again', 60_000, async () => (await status('/photos/info')) === 200 || (await status('/info')) === 200)
  }

  before(async () => {
    rt = new Runtime()
    await rt.install()
    await rt.runAction(setWebsites, { websites: [FIRST] })
    await rt.runAction(setAdminPassword, {})
    await rt.runAction(addSite, { name: 'photos', websites: [PHOTOS] })
    photosText = await readFile(photosCfg, 'utf8')
  })
  after(() => rt?.close())

  it('an extra blog with a value Isso refuses is left out; the first blog serves comments', async () => {
    const broken = withLine(photosText, 'max-age = ', 'max-age = soon')
    await writeFile(photosCfg, broken.text)
    const firstText = await rt.readCfg()
    const mark = rt.rec.health.length
    run = await rt.startMain(failingSooner)
    await run.waitForIsso()

    assert.equal((await postComment('', '/about/', FIRST, 'On the blog')).status, 201)
    assert.deepEqual(await commentTexts('', '/about/'), ['<p>On the blog</p>'])
    assert.equal(await status('/photos/info'), 404, 'the broken blog is served')

    // Once the grace period is over, Isso Server fails, naming the blog, its file and
    // line, and the action that fixes the key before the hand edit. (The failure awaited
    // is the one once the first blog answers: a check that ran out of time while gunicorn's
    // workers were still building Isso is a failure too, past so short a grace period.)
    const server = await healthSince(mark, 'primary', (h) => h.result === 'failure' && /Other blogs: Isso is answering requests/.test(h.message ?? ''))
    assert.match(
      server.message ?? '',
      new RegExp(
        `^Blog photos is not served: in config/photos\\.cfg, line ${broken.lineNo}, \\[general\\] max-age = soon is not accepted by Isso; .*` +
          "Saving the Server action's form for this blog writes a valid value over it; you can also correct the line by hand\\. " +
          'Other blogs: Isso is answering requests',
      ),
    )
    // The served blog is healthy: its waiting comments are counted, and only its own.
    const waiting = await healthSince(mark, 'waiting', (h) => h.result === 'success')
    assert.equal(waiting.message, 'No comments are waiting for approval.')
    // Nothing written to the owner's files.
    assert.equal(await rt.readCfg(), firstText)
    assert.equal(await readFile(photosCfg, 'utf8'), broken.text)
  })

  it('fixing the file by hand brings the blog back; the first blog keeps its comments', async () => {
    const starts = run.starts
    const mark = rt.rec.health.length
    await writeFile(photosCfg, photosText)
    await waitForRestart(starts)
    await until('the photos blog to answer', 60_000, async () => (await status('/photos/info')) === 200)

    assert.equal((await postComment('/photos', '/about/', PHOTOS, 'On the photos blog')).status, 201)
    assert.deepEqual(await commentTexts('/photos', '/about/'), ['<p>On the photos blog</p>'])
    assert.deepEqual(await commentTexts('', '/about/'), ['<p>On the blog</p>'])
    const server = await healthSince(mark, 'primary', (h) => h.result === 'success')
    assert.equal(server.message, 'Isso is answering requests for all 2 blogs')
    assert.equal(await readFile(photosCfg, 'utf8'), photosText)
  })

  it('a broken first blog: the other blog is served, / answers 404, Isso Server names config/isso.cfg', async () => {
    const firstText = await rt.readCfg()
    const broken = withLine(firstText, 'require-author = ', 'require-author = perhaps')
    const starts = run.starts
    const mark = rt.rec.health.length
    await rt.writeCfg(broken.text)
    await waitForRestart(starts)
    await until('the photos blog to answer', 60_000, async () => (await status('/photos/info')) === 200)

    assert.equal(await status('/info'), 404)
    assert.deepEqual(await commentTexts('/photos', '/about/'), ['<p>On the photos blog</p>'])
    assert.equal((await postComment('/photos', '/more/', PHOTOS, 'Still here')).status, 201)
    assert.deepEqual(await commentTexts('/photos', '/more/'), ['<p>Still here</p>'])
    // gunicorn serves no site at /, and only the photos blog under /photos/.
    const procs = containerProcesses()
    const master = procs.find((p) => !procs.some((q) => q.pid === p.ppid))!
    const env = (await readFile(`/proc/${master.pid}/environ`, 'utf8')).split('\0')
    assert.ok(env.includes('ISSO_FIRST_SITE=off'), env.join(' '))

    const server = await healthSince(mark, 'primary', (h) => /config\/isso\.cfg/.test(h.message ?? ''))
    assert.match(
      server.message ?? '',
      new RegExp(`^The first blog \\(at /\\) is not served: in config/isso\\.cfg, line ${broken.lineNo}, \\[guard\\] require-author = perhaps .*Saving the Server action's form for this blog`),
    )
    // Only the photos blog's waiting comments are counted, and it is named. (The run
    // before this restart counted both blogs, starting with the first, "Blog /".)
    const waiting = await healthSince(mark, 'waiting', (h) => h.result === 'success' && (h.message ?? '').startsWith('Blog photos:'))
    assert.equal(waiting.message, 'Blog photos: No comments are waiting for approval.')
    // Nothing written to the owner's files.
    assert.equal(await rt.readCfg(), broken.text)
    assert.equal(await readFile(photosCfg, 'utf8'), photosText)
  })

  it('saving the Server form for the first blog fixes it; the photos blog and its comments are untouched', async () => {
    const starts = run.starts
    const mark = rt.rec.health.length
    const fields = { ...readServerInput(parseConfig(await rt.readCfg())), notifications: 'auto' }
    await rt.runAction(configureServer, { site: { selection: FIRST_SITE_KEY, value: fields } } as never)
    assert.match(await rt.readCfg(), /^require-author = false$/m)
    await waitForRestart(starts)
    await until('the first blog to answer', 60_000, async () => (await status('/info')) === 200)

    assert.deepEqual(await commentTexts('', '/about/'), ['<p>On the blog</p>'])
    assert.deepEqual(await commentTexts('/photos', '/about/'), ['<p>On the photos blog</p>'])
    assert.deepEqual(await commentTexts('/photos', '/more/'), ['<p>Still here</p>'])
    const server = await healthSince(mark, 'primary', (h) => h.result === 'success')
    assert.equal(server.message, 'Isso is answering requests for all 2 blogs')
    assert.equal(await readFile(photosCfg, 'utf8'), photosText)
  })
})
