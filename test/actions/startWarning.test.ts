// An action saves only its own keys. When another line of the file still stops Isso (a
// hand edit Isso refuses), the action's result says so, naming the line.
import assert from 'node:assert/strict'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { configureServerAction } from '../../startos/actions/configureServer'
import { setWebsitesAction } from '../../startos/actions/setWebsites'
import { seedConfig } from '../../startos/isso/config'
import { parseConfig } from '../../startos/isso/configparser'
import { readServerInput } from '../../startos/isso/server'
import { fakeEffects } from '../helpers/effects'
import { tempVolume } from '../helpers/volume'
import { assertFitsTheScreen } from '../helpers/screenResult'

const volume = tempVolume('isso-start-warning-')
const configureServer = configureServerAction(volume.volume)
const setWebsites = setWebsitesAction(volume.volume)
const GOOD = seedConfig('salt').toString().replace('[admin]\nenabled = true\n', '[admin]\nenabled = true\npassword = Xk3vQ9mR2tLp8sWz4nYb7cDe\n')
// [markup] renderer = misaka: Isso 0.14.0's image cannot load it and exits at start.
const BAD = GOOD + '\n[markup]\nrenderer = misaka\n'
// The line as it is in the file after the save (the action may add lines above it).
const badLine = async () => (await readFile(volume.cfg, 'utf8')).split('\n').indexOf('renderer = misaka') + 1

async function run<I>(action: { getInput: (o: never) => Promise<unknown>; run: (o: never) => Promise<unknown> }, input: I) {
  const { effects } = fakeEffects()
  await action.getInput({ effects, prefill: null } as never)
  const result = await action.run({ effects, input } as never)
  assertFitsTheScreen(result)
  return result as { message: string }
}

describe('an action that saves a file Isso still cannot start with', () => {
  it('Websites: saved, and the result names the line that still stops Isso', async () => {
    await writeFile(volume.cfg, BAD)
    const result = await run(setWebsites, { websites: ['https://blog.example.com'] })
    assert.match(result.message, new RegExp(`Isso will not start: in config/isso\\.cfg, line ${await badLine()}\\b.*renderer`))
  })
  it('Server: the same', async () => {
    await writeFile(volume.cfg, BAD)
    const result = await run(configureServer, { ...readServerInput(parseConfig(BAD)), notifications: 'auto' })
    assert.match(result.message, new RegExp(`line ${await badLine()}\\b`))
  })
  it('with several blogs, it names the blog that is not served: the others still are', async () => {
    const photos = join(volume.dir, 'config/photos.cfg')
    await mkdir(join(volume.dir, 'start9'), { recursive: true })
    await writeFile(volume.store, JSON.stringify({ extraSites: [{ name: 'photos' }] }))
    try {
      await writeFile(volume.cfg, GOOD)
      await writeFile(photos, BAD)
      const extra = await run(setWebsites, { site: { selection: 'photos', value: { websites: ['https://photos.example.net'] } } })
      assert.match(extra.message, /Blog photos is not served: in config\/photos\.cfg, line \d+, \[markup\] renderer = misaka/)
      await writeFile(volume.cfg, BAD)
      await writeFile(photos, GOOD)
      const first = await run(setWebsites, { site: { selection: '_first', value: { websites: ['https://blog.example.com'] } } })
      assert.match(first.message, /The first blog \(at \/\) is not served: in config\/isso\.cfg, line \d+/)
    } finally {
      await rm(volume.store, { force: true })
      await rm(photos, { force: true })
    }
  })
  it('a file Isso starts with gets the plain result', async () => {
    await writeFile(volume.cfg, GOOD)
    const result = await run(setWebsites, { websites: ['https://blog.example.com'] })
    assert.doesNotMatch(result.message, /will not start/)
  })
})
