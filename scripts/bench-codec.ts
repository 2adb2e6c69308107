/**
 * Codec speed: parse + one edit + serialise, the work of one action run.
 * `npm run bench` prints the lines benchCodec() returns.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { parseConfig } from '../startos/isso/configparser'

// collect garbage between runs so one run does not pay for the previous one's
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** A config in the sample's style (comments, blank lines, lists), about `lines` long. */
function makeConfig(lines: number): string {
  const out: string[] = ['# generated for the codec benchmark', '']
  for (let s = 0; out.length < lines; s++) {
    out.push(`[section-${s}]`, '# what these keys do, in the style of the sample config')
    out.push(`dbpath = /db/comments-${s}.db`, 'max-age = 15m', 'password = p#ss;w%rd $HOME')
    out.push('host =', '    https://a.example', '    # staging', '    https://b.example', '    localhost')
    out.push('notify = stdout, smtp', 'gravatar-url = https://www.gravatar.com/avatar/{}?d=identicon&s=55', '')
  }
  return out.slice(0, lines).join('\n') + '\n'
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

interface Timing {
  wall: number
  /** process CPU time: less inflated than wall time when other jobs share the CPU */
  cpu: number
}

function timeRoundTrip(text: string, runs: number): Timing {
  const doc0 = parseConfig(text)
  const target = doc0.sections()[Math.floor(doc0.sections().length / 2)]
  const walls: number[] = []
  const cpus: number[] = []
  for (let i = 0; i < runs + 3; i++) {
    gc()
    const c = process.cpuUsage()
    const t = performance.now()
    const doc = parseConfig(text)
    doc.setList(target, 'host', ['https://c.example', 'localhost'])
    const written = doc.toString()
    const wall = performance.now() - t
    const cpu = process.cpuUsage(c)
    if (written.length === 0) throw new Error('unreachable')
    if (i < 3) continue // the first runs warm up the JIT
    walls.push(wall)
    cpus.push((cpu.user + cpu.system) / 1000)
  }
  return { wall: median(walls), cpu: median(cpus) }
}

export async function benchCodec(): Promise<string[]> {
  const small = makeConfig(1000)
  const oneMb = makeConfig(Math.round((1000 * 1_048_576) / small.length))
  const twoMb = makeConfig(Math.round((2000 * 1_048_576) / small.length))
  const t1k = timeRoundTrip(small, 200)
  const t1m = timeRoundTrip(oneMb, 21)
  const t2m = timeRoundTrip(twoMb, 15)
  const kb = (s: string) => `${(s.length / 1024).toFixed(0)} KiB`
  const ms = (t: Timing, digits: number) => `${t.wall.toFixed(digits)} ms wall, ${t.cpu.toFixed(digits)} ms CPU`
  return [
    'codec: parse + setList + serialise (median; re-reads the file to verify the edit)',
    `  1,000 lines (${kb(small)}): ${ms(t1k, 2)} (target < 5 ms)`,
    `  1 MB (${kb(oneMb)}): ${ms(t1m, 1)} (target < 100 ms)`,
    `  2 MB (${kb(twoMb)}): ${ms(t2m, 1)}; ${(t2m.wall / t1m.wall).toFixed(2)}x the 1 MB wall time (linear = 2x)`,
  ]
}

if (require.main === module) benchCodec().then((lines) => console.log(lines.join('\n')))
