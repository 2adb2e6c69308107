// `npm test` runs the tests compiled, not under tsx. Every test file is its own node
// process (node:test isolation), and loading tsx costs each of them ≈0.3 s of CPU: on a
// 2-core machine, with ~60 files, that alone was a quarter of the suite's time. esbuild
// compiles the whole tree in a fraction of a second instead.
//
// .test-build/ mirrors the repository: startos/ and test/ with every .ts file beside its
// compiled .js (file by file, CommonJS, no bundling: each test still loads exactly the
// modules it imports), every other file symlinked, and every other top-level entry
// (node_modules, assets, .isso-venv, scripts, package.json…) symlinked too. So the paths
// tests build from __dirname (fixtures, .py helpers, the e2e runtime's bin/, assets/,
// .isso-venv) resolve as they do in the source tree, and nothing in test/ needs to know
// which of the two it runs from. `node --import tsx --test test/x.test.ts` still works.
import { build } from 'esbuild'
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const out = join(root, '.test-build')
const compiled = ['startos', 'test']

rmSync(out, { recursive: true, force: true })
mkdirSync(out)

const entryPoints = []
// Absolute link targets: the e2e runtime overlays test/e2e/runtime/bin onto /usr/bin,
// where a relative link would point nowhere.
const mirror = (rel) => {
  mkdirSync(join(out, rel), { recursive: true })
  for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
    const path = join(rel, entry.name)
    if (entry.isDirectory()) mirror(path)
    else {
      // The .ts files too: a test may name one (as a file that is not a database, say).
      symlinkSync(join(root, path), join(out, path))
      if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) entryPoints.push(path)
    }
  }
}
for (const entry of readdirSync(root)) {
  if (entry === '.git' || entry === '.test-build') continue
  if (compiled.includes(entry)) mirror(entry)
  else symlinkSync(join(root, entry), join(out, entry))
}

await build({
  absWorkingDir: root,
  entryPoints,
  outdir: out,
  outbase: '.',
  bundle: false,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Kept apart, for stack traces: NODE_OPTIONS=--enable-source-maps npm test.
  sourcemap: 'linked',
  // CommonJS has no import.meta; under tsx, test files use these two, so map them.
  define: { 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
  logLevel: 'warning',
})

// What the two scripts run, one process per file in .test-build/run/<script>/, up to four
// at once: `npm test` runs run/unit/ (the unit tests and the real-Isso tests outside
// test/e2e/), `npm run test:e2e` runs run/e2e/ (test/e2e/: the package's init, actions and
// `main` driven through the StartOS runtime double, in namespaces of their own). The
// end-to-end files took half of the machine's time, mostly waiting for Isso; apart, each
// script stays short enough to run often, and .ci/run runs both.
//
// Order. node --test (Node 20) starts the files in sorted path order, whatever order they
// are given in, so the entries are numbered. First the files that take longest from start
// to end, longest first, each in its own process: the end-to-end files (each moves its
// process into namespaces of its own, and mostly waits for Isso, so they overlap well
// with each other) and the tests that run upstream Isso many times. Started last, any of
// them would be the run's tail. Keep this list to files of several seconds.
const ALONE_LONGEST_FIRST = [
  'test/e2e/ownerTools.test.ts',
  'test/e2e/lockout.test.ts',
  'test/e2e/brokenBlog.test.ts',
  'test/e2e/notify.test.ts',
  'test/e2e/handEdits.test.ts',
  'test/e2e/refuse.test.ts',
  'test/e2e/sites.test.ts',
  'test/e2e/review.test.ts',
  'test/e2e/workers.test.ts',
  'test/import/realIsso.test.ts',
  'test/testMail/realSmtp.test.ts',
  'test/e2e/main.test.ts',
  'test/e2e/firstSteps.test.ts',
  'test/import/moveReal.test.ts',
  'test/e2e/sitesDispatcher.test.ts',
]
//
// Then the other files, a test directory's files together, the directories shared out
// over SHARED_PROCESSES processes (each next directory to the process with the fewest
// files so far). A process costs ≈0.45 s of CPU to start node and node:test, ≈0.75 s
// more to load the StartOS SDK, which most files import: with one process per directory
// (24), that was a quarter of `npm test`'s CPU. Each file is required inside a suite of
// its own, so its top-level before/after/beforeEach hooks and tests stay scoped to that
// file, and the files of a process run one after the other. They share loaded modules,
// which hold no state a test sets: each suite hands the package a volume of its own.
// Six processes: enough to keep both cores busy beside the ones above at four at once.
// The browser tests are `npm run test:browser`, their own script (a browser's CPU would
// push `npm test` past its budget); .ci/run runs all three.
const tests = entryPoints.filter((p) => p.endsWith('.test.ts') && !p.startsWith('test/browser/'))
for (const path of ALONE_LONGEST_FIRST) {
  if (!tests.includes(path)) throw new Error(`scripts/test-build.mjs: ${path} is listed but does not exist`)
}
const SHARED_PROCESSES = 6
const byDir = new Map()
for (const path of tests.sort()) {
  if (ALONE_LONGEST_FIRST.includes(path)) continue
  if (path.startsWith('test/e2e/')) throw new Error(`scripts/test-build.mjs: list ${path} in ALONE_LONGEST_FIRST`)
  const dir = dirname(path)
  byDir.set(dir, [...(byDir.get(dir) ?? []), path])
}
const shared = Array.from({ length: SHARED_PROCESSES }, () => ({ dirs: [], files: [] }))
for (const [dir, files] of byDir) {
  const least = shared.reduce((a, b) => (b.files.length < a.files.length ? b : a))
  least.dirs.push(dir)
  least.files.push(...files)
}
const compiledPath = (path) => JSON.stringify(`../../${path.replace(/\.ts$/, '.js')}`)
const runs = [
  ...ALONE_LONGEST_FIRST.map((path) => [path, `require(${compiledPath(path)})\n`]),
  ...shared
    .filter(({ files }) => files.length > 0)
    .map(({ dirs, files }) => [
      `test/${dirs.map((d) => relative('test', d) || 'test').join('+')}`,
      "const { describe } = require('node:test')\n" +
        files.map((f) => `describe(${JSON.stringify(f)}, () => { require(${compiledPath(f)}) })\n`).join(''),
    ]),
]
const script = (what) => (what.startsWith('test/e2e/') ? 'e2e' : 'unit')
for (const dir of ['unit', 'e2e']) mkdirSync(join(out, 'run', dir), { recursive: true })
runs.forEach(([what, text], i) => {
  const name = `${String(i).padStart(2, '0')}-${relative('test', what).replace(/\.test\.ts$/, '').replaceAll('/', '-') || 'test'}`
  writeFileSync(join(out, 'run', script(what), `${name}.test.js`), text)
})
