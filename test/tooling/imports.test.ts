// How startos/ hangs together: no module imports itself back through others, and the
// lower layers never import the ones built on them — isso/ (the program's facts and
// logic) imports nothing of the package but the image's facts (container/image.ts),
// fileModels/ only what describes a file, sites/ only the files and the facts below it,
// so a newcomer reads each layer without the ones above.
import assert from 'node:assert/strict'
import { describe, it, before } from 'node:test'
import { realpathSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { build } from 'esbuild'

// The source tree itself: under `npm test`, .test-build/ holds symlinks to it, which
// esbuild follows, naming each module by its real path.
const root = dirname(dirname(realpathSync(join(import.meta.dirname, '..', '..', 'startos', 'index.ts'))))

describe("startos/'s imports", () => {
  const graph = new Map<string, string[]>()

  before(async () => {
    const { metafile } = await build({
      absWorkingDir: root,
      entryPoints: ['startos/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      logLevel: 'silent',
      packages: 'external',
    })
    for (const [file, { imports }] of Object.entries(metafile.inputs)) {
      if (!file.startsWith('startos/')) continue
      graph.set(file, imports.map((i) => i.path).filter((p) => p.startsWith('startos/')))
    }
    assert.ok(graph.size > 100, `read ${graph.size} modules`)
  })

  it('form no circle', () => {
    const done = new Set<string>()
    const visit = (file: string, path: string[]) => {
      const at = path.indexOf(file)
      assert.equal(at, -1, `import circle: ${[...path.slice(at), file].join(' -> ')}`)
      if (done.has(file)) return
      for (const next of graph.get(file) ?? []) visit(next, [...path, file])
      done.add(file)
    }
    for (const file of graph.keys()) visit(file, [])
  })

  const layer = (file: string) => (file === 'startos/container/image.ts' ? 'image' : file.split('/')[1].replace(/\.ts$/, ''))
  const allowed: Record<string, string[]> = {
    image: [],
    isso: ['isso', 'image'],
    i18n: ['i18n'],
    fileModels: ['fileModels', 'isso', 'image', 'i18n', 'sdk'],
    // The sites model: above the files, below everything that asks which sites exist
    // (the comments interface's ids are read for its addresses).
    sites: ['sites', 'fileModels', 'isso', 'image', 'i18n', 'sdk', 'interfaces'],
  }
  for (const [from, to] of Object.entries(allowed)) {
    it(`never run upward from ${from}/ (only into ${to.join(', ')})`, () => {
      for (const [file, imports] of graph) {
        if (layer(file) !== from) continue
        for (const i of imports) assert.ok(to.includes(layer(i)), `${file} imports ${i}`)
      }
    })
  }
})
