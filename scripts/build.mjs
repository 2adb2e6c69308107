// Bundles startos/ into javascript/index.js: one self-contained CommonJS file, which the
// StartOS container runtime require()s. esbuild instead of ncc: same output shape, a
// fraction of the time and of node_modules (see README, "Bundle").
import { build } from 'esbuild'
import { rmSync } from 'node:fs'

rmSync('javascript', { recursive: true, force: true })
await build({
  entryPoints: ['startos/index.ts'],
  outfile: 'javascript/index.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  keepNames: true,
  sourcemap: 'linked',
  legalComments: 'none',
  // Provably dead at run time: see the comment in each shim.
  alias: {
    'isomorphic-fetch': './scripts/shims/isomorphic-fetch.cjs',
    yaml: './scripts/shims/unusedParsers.cjs',
    '@iarna/toml': './scripts/shims/unusedParsers.cjs',
    ini: './scripts/shims/unusedParsers.cjs',
    'fast-xml-parser': './scripts/shims/unusedParsers.cjs',
  },
  logLevel: 'warning',
})
