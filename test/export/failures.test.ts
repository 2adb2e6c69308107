// How runExport reads a run that went wrong in the container (no Python needed): a kill,
// a crash, output it does not recognise. Each leaves no file that looks like an export.
import assert from 'node:assert/strict'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { Failure } from '../../startos/isso/failure'
import { runExport } from '../../startos/isso/export/run'
import type { RunResult } from '../../startos/container/runner'
import { scriptedRunner } from '../helpers/runner'

const dirs: string[] = []
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

/** A container whose exporter half-writes its file, then ends as `res` says (or throws). */
async function exportWith(res: RunResult | Error): Promise<{ e: unknown; left: string[] }> {
  const dbDir = await mkdtemp(join(tmpdir(), 'isso-export-fail-'))
  dirs.push(dbDir)
  const container = scriptedRunner(async (command) => {
    const out = command.at(-1) ?? ''
    await writeFile(join(dbDir, 'exports', `${out.split('/').at(-1)}.part`), '<disqus')
    if (res instanceof Error) throw res
    return res
  })
  const e = await runExport({ dbDir, dbFile: '/db/comments.db', container }).catch((err: unknown) => err)
  return { e, left: await readdir(join(dbDir, 'exports')) }
}

describe('runExport when the exporter fails', () => {
  const cases: { name: string; res: RunResult | Error; problem: string; detail: RegExp }[] = [
    { name: 'killed by the timeout', res: { exitCode: null, exitSignal: 'SIGKILL', stdout: '', stderr: '' }, problem: 'timeout', detail: /^$/ },
    { name: 'could not start', res: new Error('no such image'), problem: 'failed', detail: /no such image/ },
    {
      name: 'crashed',
      res: { exitCode: 1, stdout: '', stderr: 'Traceback (most recent call last):\n  …\nMemoryError\n' },
      problem: 'failed',
      detail: /^MemoryError$/,
    },
    { name: 'printed nonsense', res: { exitCode: 0, stdout: '{"threads": -1}', stderr: '' }, problem: 'failed', detail: /unexpected output/ },
    { name: 'recognised a locked database', res: { exitCode: 2, stdout: '', stderr: 'read-failed: database is locked\n' }, problem: 'read-failed', detail: /^database is locked$/ },
  ]
  for (const c of cases) {
    it(`${c.name}: ${c.problem}, and no export left behind`, async () => {
      const { e, left } = await exportWith(c.res)
      assert.ok(e instanceof Failure)
      assert.equal(e.problem, c.problem)
      assert.match(e.detail, c.detail)
      assert.deepEqual(left, [])
    })
  }
})
