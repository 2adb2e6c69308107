// What a test changes, it passes in: no module of startos/ keeps state a test could set
// from outside. Every volume path, runner, clock and timing is an argument (the package's
// own are handed over in startos/index.ts), so nothing is patched, and test files that
// share a process (scripts/test-build.mjs) cannot leak a setting into each other.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, realpathSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, it } from 'node:test'

const root = dirname(dirname(realpathSync(join(import.meta.dirname, '..', '..', 'startos', 'index.ts'))))
const sources = (readdirSync(join(root, 'startos'), { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: `startos/${f}`, text: readFileSync(join(root, 'startos', f), 'utf8') }))

// Module-level state the package needs for itself, each with why it is not a setting.
const OWN_STATE: Record<string, string> = {
  // The queue that serialises the package's writes of its files within one process.
  'startos/fileModels/issoCfg/file.ts': 'let queue',
}

describe('no test seams in startos/', () => {
  it('reads the tree', () => assert.ok(sources.length > 100, `read ${sources.length} files`))

  it('exports no variable binding and patches no object with Object.assign', () => {
    for (const { file, text } of sources) {
      assert.doesNotMatch(text, /^export (let|var)\b/m, `${file} exports a variable`)
      assert.doesNotMatch(text, /\bObject\.assign\(/, `${file} patches an object`)
    }
  })

  it('keeps no module-level variable but the ones it needs for itself', () => {
    const found = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/^(let|var) (\w+)/gm)].map((m) => [relative(root, join(root, file)), `${m[1]} ${m[2]}`]),
    )
    assert.deepEqual(found, Object.entries(OWN_STATE))
  })
})
