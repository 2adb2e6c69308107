// main refuses to start Isso with an isso.cfg that is missing, unreadable or has an
// unsafe admin password: it throws the reason (StartOS logs it), reports it as the
// daemon's failed health, and launches nothing.
import { containerProcesses, e2eSkip, issoProcesses, request, Runtime, volumePaths } from './harness'
import assert from 'node:assert/strict'
import { rm } from 'node:fs/promises'
import { describe, it } from 'node:test'
import { setAdminPassword } from '../../startos/actions/setAdminPassword'
import { setWebsites } from '../../startos/actions/setWebsites'

// A volume as a user leaves it after install, Websites and Set Admin Password.
async function configured(): Promise<Runtime> {
  const rt = new Runtime()
  await rt.install()
  await rt.runAction(setWebsites, { websites: ['https://blog.example.com'] })
  await rt.runAction(setAdminPassword, {})
  return rt
}

async function assertRefuses(rt: Runtime, reason: RegExp): Promise<void> {
  try {
    await assert.rejects(rt.startMain(), reason)
  } finally {
    await rt.close() // stops Isso if main did start it after all
  }
  const reported = rt.rec.health.at(-1)
  assert.ok(reported, 'main reported no health')
  assert.equal(reported.result, 'failure')
  assert.equal(reported.id, 'primary')
  assert.match(reported.message ?? '', reason)
  assert.deepEqual(rt.rec.subcontainers, [], 'main created a subcontainer')
  assert.deepEqual(containerProcesses(), [])
  assert.deepEqual(issoProcesses(), [])
  assert.equal(await request('GET', '/info').catch((e: NodeJS.ErrnoException) => e.code), 'ECONNREFUSED')
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
  })

  it('with an empty admin password', async () => {
    const rt = await configured()
    await editCfg(rt, (text) => text.replace(/^password = .*$/m, 'password ='))
    await assertRefuses(rt, /admin password is empty/)
  })

  it("with upstream's published default password", async () => {
    const rt = await configured()
    await editCfg(rt, (text) => text.replace(/^password = .*$/m, 'password = please_choose_a_strong_password'))
    await assertRefuses(rt, /published default/)
  })
})
