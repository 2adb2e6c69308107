// export-comments through the SDK, with the package's own container paths: a local
// runner maps /isso/bin to the venv and /db to the temp volume's db, so the action runs
// exactly the command the isso image would, against upstream Isso 0.14.0's Python.
import assert from 'node:assert/strict'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import type { T } from '@start9labs/start-sdk'
import { exportComments, exportEnvironment } from '../../startos/actions/exportComments'
import { SHOW_MAX_BYTES } from '../../startos/isso/export/limits'
import type { ExporterContainer } from '../../startos/isso/export/run'
import { fakeEffects } from '../helpers/effects'
import { ISSO_VENV, skipWithoutIsso } from '../helpers/isso'
import { tempVolume } from '../helpers/volume'
import { localContainer } from '../import/localImporter'
import { manyComments, SPEC } from './fixtures'
import { buildIssoDb, inImageZone } from './issoDb'

const volume = tempVolume('isso-export-action-')
const dbDir = join(volume.dir, 'db')
const dbFile = join(dbDir, 'comments.db')

/** The image's paths, as this machine has them. */
const local = (arg: string) => arg.replace(/^\/isso\/bin\//, `${ISSO_VENV}/bin/`).replace(/^\/db\//, `${dbDir}/`)
const commands: string[][] = []
before(async () => {
  await mkdir(dbDir)
  const inner = inImageZone(localContainer())
  const container: ExporterContainer = {
    exec: (command, options, timeoutMs) => {
      commands.push(command)
      return inner.exec(command.map(local), options, timeoutMs)
    },
  }
  exportEnvironment.withExporter = <R>(_effects: T.Effects, fn: (c: ExporterContainer) => Promise<R>) => fn(container)
})

async function runAction() {
  const { effects } = fakeEffects()
  return exportComments.run({ effects, input: null as never })
}

describe('export-comments through the SDK', { skip: skipWithoutIsso() }, () => {
  it('is offered whether Isso runs or not', async () => {
    const { effects } = fakeEffects()
    assert.equal((await exportComments.exportMetadata({ effects })).allowedStatuses, 'any')
  })

  it('says clearly that there is nothing to export before Isso made its database', async () => {
    await assert.rejects(runAction(), {
      message: 'There is no database yet: Isso creates it when it starts for the first time. The database was not changed.',
    })
    assert.deepEqual(await readdir(dbDir), ['exports'])
  })

  it('writes the file it names, shows it for copying, and says what Disqus XML cannot carry', async () => {
    buildIssoDb(dbFile, SPEC)
    const result = await runAction()
    assert.deepEqual(commands.at(-1)?.filter((a) => !a.includes('\n')), ['/isso/bin/python', '-c', '/db/comments.db', commands.at(-1)?.at(-1)])
    assert.match(commands.at(-1)?.at(-1) ?? '', /^\/db\/exports\/comments-.*\.xml$/)
    assert.ok(result && result.version === '1' && result.message && result.result?.type === 'single')
    const [name] = await readdir(join(dbDir, 'exports'))
    assert.ok(result.message.includes(`db/exports/${name}`))
    assert.equal(result.result.value, await readFile(join(dbDir, 'exports', name), 'utf8'))
    assert.deepEqual([result.result.copyable, result.result.masked], [true, false])
    assert.match(result.message, /^Exported 5 threads and 10 comments \(4 replies, 3 pending, 1 deleted\)/)
    assert.match(result.message, /no place for websites, edit times, votes, reply notifications or pending comments/)
    assert.match(result.message, /so 1 threads would move: \/\?p=11 → \/\./)
    assert.match(result.message, /1 threads have no comments/)
    assert.match(result.message, /1 comments held control characters/)
  })

  it(`keeps an export over ${SHOW_MAX_BYTES / 1000} kB on the volume only`, async () => {
    await rm(dbFile)
    buildIssoDb(dbFile, [manyComments('/big/', 30, 4000)])
    const result = await runAction()
    assert.ok(result && result.version === '1' && result.message)
    assert.equal(result.result, null)
    assert.match(result.message, /^Exported 1 threads and 30 comments \(6 replies, 0 pending, 0 deleted\) to db\/exports\/comments-\S+\.xml \(1\d\d kB\)\./)
    assert.match(result.message, /larger than 100 kB, so it is not shown here/)
    assert.equal((await readdir(join(dbDir, 'exports'))).length, 2)
  })
})
