// `npm run bench`: the figures the issues ask for, measured on this machine.
// Timings are medians over fresh processes, so one slow start does not decide.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { benchCodec } from './bench-codec'

const RUNS = 5

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function timeProcess(args: string[]): number {
  const start = process.hrtime.bigint()
  const run = spawnSync(process.execPath, args, { stdio: 'pipe' })
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${run.stderr}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`

const buildTimes = Array.from({ length: RUNS }, () => timeProcess(['scripts/build.mjs']))
const bundle = readFileSync('javascript/index.js')
const requireTimes = Array.from({ length: RUNS }, () =>
  timeProcess(['-e', "require('./javascript/index.js')"]),
)
const nodeStart = median(Array.from({ length: RUNS }, () => timeProcess(['-e', ''])))

console.log('Bundle (javascript/index.js)')
console.log(`  build time, median of ${RUNS}:       ${ms(median(buildTimes))}   (target < 1 s)`)
console.log(`  size raw:                       ${bundle.length.toLocaleString('en')} bytes   (limit 1,338,000)`)
console.log(`  size gzipped:                   ${gzipSync(bundle, { level: 9 }).length.toLocaleString('en')} bytes`)
console.log(
  `  require() in a fresh process:   ${ms(median(requireTimes))} (node alone starts in ${ms(nodeStart)})`,
)
console.log('')
void benchCodec().then((lines) => lines.forEach((line) => console.log(line)))
