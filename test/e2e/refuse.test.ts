// main refuses to start Isso with an isso.cfg that is missing, unreadable or has an
// unsafe admin password: it launches nothing, logs the reason and reports it as the
// daemon's failed health, and keeps watching the file, so that a fix starts Isso.
import { containerProcesses, e2eSkip, e2eVolume, issoProcesses, request, Runtime, type MainRun, volumePaths } from './harness'
import assert from 'node:assert/strict'
import { rm } from 'node:fs/promises'
import { describe, it } from 'node:test'
import { setAdminPasswordAction } from '../../startos/actions/setAdminPassword'
import { setWebsitesAction } from '../../startos/actions/setWebsites'

const setAdminPassword = setAdminPasswordAction(e2eVolume)
const setWebsites = setWebsitesAction(e2eVolume)

// A volume as a user leaves it after install, Websites and Set Admin Password.
async function configured(): Promise<Runtime> {
  const rt = new Runtime()
  await rt.install()
  await rt.runAction(setWebsites, { websites: ['https://blog.example.com'] })
  await rt.runAction(setAdminPassword, {})
  return rt
}

async function assertRefuses(rt: Runtime, reason: RegExp): Promise<MainRun> {
  const run = await rt.startMain()
  const reported = await run.waitForHealth('failure')
  assert.equal(reported.id, 'primary')
  assert.match(reported.message ?? '', reason)
  assert.deepEqual(rt.rec.subcontainers, [], 'main created a subcontainer')
  assert.deepEqual(containerProcesses(), [])
  assert.deepEqual(issoProcesses(), [])
  assert.equal(await request('GET', '/info').catch((e: NodeJS.ErrnoException) => e.code), 'ECONNREFUSED')
  return run
}

const editCfg = async (rt: Runtime, edit: (text: string) => string) => {
  const text = await rt.readCfg()
  const next = edit(text)
  assert.notEqual(next, text, 'the edit changed nothing')
  await rt.writeCfg(next)
}

describe('main refuses to start Isso', { skip: e2eSkip() }, () => {
  it('without isso.cfg', async () => {
    const rt = await configured()
    await rm(volumePaths.cfg)
    await assertRefuses(rt, /isso\.cfg is missing/)
    await rt.close()
  })

  it('on a syntax error, naming its line', async () => {
    const rt = await configured()
    let line = 0
    await editCfg(rt, (text) => {
      // A second password line: configparser (strict) rejects the duplicate key there.
      const lines = text.split('\n')
      line = lines.findIndex((l) => l.startsWith('password = ')) + 2
      lines.splice(line - 1, 0, 'password = Second1Password2Line3Here4')
      return lines.join('\n')
    })
    await assertRefuses(rt, new RegExp(`line ${line}\\b`))
    await rt.close()
  })

  it('without an admin password', async () => {
    const rt = await configured()
    await editCfg(rt, (text) => text.replace(/^password = .*\n/m, ''))
    await assertRefuses(rt, /No admin password is set yet\. Run "Set Admin Password"/)
    await rt.close()
  })

  it('with an empty admin password', async () => {
    const rt = await configured()
    await editCfg(rt, (text) => text.replace(/^password = .*$/m, 'password ='))
    await assertRefuses(rt, /admin password is empty/)
    await rt.close()
  })

  it("with upstream's published default password", async () => {
    const rt = await configured()
    await editCfg(rt, (text) => text.replace(/^password = .*$/m, 'password = please_choose_a_strong_password'))
    const run = await assertRefuses(rt, /published default/)
    // The owner fixes it (here by running the action): Isso starts without a restart by hand.
    await rt.runAction(setAdminPassword, {})
    await run.waitForIsso()
    await run.waitForHealth('success')
    await rt.close()
  })
})
