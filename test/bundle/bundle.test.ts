// Builds javascript/index.js exactly as `npm run build` does and loads it the way the
// StartOS container runtime does: require() in a fresh node process.
import { execFileSync } from 'node:child_process'
import assert from 'node:assert/strict'
import { describe, it, before } from 'node:test'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..')

interface LoadedBundle {
  exports: Record<string, string>
  manifest: {
    id: string
    version: string
    volumes: string[]
    images: Record<string, { source: { dockerTag?: string }; arch: string[] }>
    description: { short: Record<string, string>; long: Record<string, string> }
    canMigrateFrom: string
  }
  satisfiesUpgrade: boolean
  migratesFromCommunity: boolean
}

describe('the bundle javascript/index.js', () => {
  let loaded: LoadedBundle

  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' })
    // A separate process without tsx: only what the bundle itself contains can load.
    const probe = `
      const m = require('./javascript/index.js')
      const { ExtendedVersion, VersionRange } = require('@start9labs/start-sdk')
      const v = ExtendedVersion.parse(m.manifest.version)
      const community = ExtendedVersion.parse('0.14.0:3')
      console.log(JSON.stringify({
        exports: Object.fromEntries(Object.entries(m).map(([k, x]) => [k, typeof x])),
        manifest: m.manifest,
        satisfiesUpgrade: v.greaterThan(community),
        migratesFromCommunity: community.satisfies(VersionRange.parse(m.manifest.canMigrateFrom)),
      }))`
    loaded = JSON.parse(execFileSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' }))
  })

  it('exports the six ABI names StartOS calls', () => {
    assert.deepEqual(Object.keys(loaded.exports).sort(), [
      'actions',
      'createBackup',
      'init',
      'main',
      'manifest',
      'uninit',
    ])
    for (const fn of ['createBackup', 'init', 'main', 'uninit']) {
      assert.equal(loaded.exports[fn], 'function', `${fn} is a function`)
    }
    assert.equal(loaded.exports.actions, 'object')
  })

  // Half the community package's 2,676,136 bytes. Most of what is left out is the SDK's
  // FileHelper parsers (yaml, TOML, INI, XML), aliased in scripts/build.mjs to a shim;
  // the test above proves the ABI still loads without them.
  it('is at most 1,338,068 bytes', () => {
    const bytes = statSync(join(root, 'javascript', 'index.js')).size
    assert.ok(bytes <= 1_338_068, `javascript/index.js is ${bytes} bytes`)
  })

  it('leaves out only parsers the package never calls', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      )
    for (const file of sources(join(root, 'startos'))) {
      const text = readFileSync(file, 'utf8')
      assert.doesNotMatch(text, /FileHelper\.(yaml|toml|ini|xml)\b/, file)
      assert.doesNotMatch(text, /from '(yaml|ini|fast-xml-parser|@iarna\/toml)'/, file)
      assert.doesNotMatch(text, /\b(YAML|TOML|yaml|toml)\.(parse|stringify)\(/, file)
    }
  })

  it('declares package id isso, volume main and the pinned image for both arches', () => {
    const { manifest } = loaded
    assert.equal(manifest.id, 'isso')
    assert.deepEqual(manifest.volumes, ['main'])
    assert.deepEqual(Object.keys(manifest.images), ['isso'])
    assert.equal(
      manifest.images.isso.source.dockerTag,
      'ghcr.io/isso-comments/isso:0.14.0@sha256:8e813ff52004f39c2c08237994450d3760515c4c6fa32faf61431bb280578e4e',
    )
    assert.deepEqual([...manifest.images.isso.arch].sort(), ['aarch64', 'x86_64'])
  })

  it('is a newer version than the community package 0.14.0:3, and can migrate from it', () => {
    assert.match(loaded.manifest.version, /^0\.14\.0:\d+$/)
    assert.ok(loaded.satisfiesUpgrade, `${loaded.manifest.version} > 0.14.0:3`)
    assert.ok(loaded.migratesFromCommunity, `0.14.0:3 is in ${loaded.manifest.canMigrateFrom}`)
  })

  it('keeps marketplace descriptions within the SDK limits in every language', () => {
    const { short, long } = loaded.manifest.description
    for (const [locale, text] of Object.entries(short)) assert.ok(text.length <= 80, `short ${locale}`)
    for (const [locale, text] of Object.entries(long)) assert.ok(text.length <= 500, `long ${locale}`)
    assert.deepEqual(Object.keys(short).sort(), ['de_DE', 'en_US', 'es_ES', 'fr_FR', 'pl_PL'])
  })
})
