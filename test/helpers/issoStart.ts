/**
 * Would upstream Isso 0.14.0 start with these isso.cfg texts? Runs `issoStart.py` (Isso's
 * own `make_app(config.load(...))`, no network, scratch database; see that file) once
 * for all texts: batch them, one Python start costs ~0.4 s.
 *
 *   const [r] = await issoStarts([text])   // { ok: true } or { ok: false, error }
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { issoPython } from './isso'

/** `values`: what Isso reads for each key the package writes ("section.key"), typed as Isso reads it. */
export type IssoStart = { ok: true; values: Record<string, unknown> } | { ok: false; error: string }

const ORACLE = join(__dirname, 'issoStart.py')

export async function issoStarts(texts: readonly string[]): Promise<IssoStart[]> {
  const dir = await mkdtemp(join(tmpdir(), 'isso-start-'))
  try {
    const paths = await Promise.all(
      texts.map(async (text, i) => {
        const path = join(dir, `${i}.cfg`)
        await writeFile(path, text)
        return path
      }),
    )
    // A clean environment: `$NAME` in a value must not meet this machine's variables.
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' }
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(
        issoPython(),
        [ORACLE],
        { env, timeout: 30_000, maxBuffer: 1 << 26 },
        (err, out, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(out)),
      )
      child.stdin?.end(JSON.stringify(paths))
    })
    const results = JSON.parse(stdout) as IssoStart[]
    if (results.length !== texts.length) throw new Error(`issoStart.py answered ${results.length} of ${texts.length}`)
    return results
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
