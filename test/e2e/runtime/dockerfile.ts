// What the image runs, read from upstream's own Dockerfile (Isso 0.14.0, the one its
// ghcr.io/isso-comments/isso:0.14.0 image is built from) rather than copied by hand: the
// last stage's ENTRYPOINT, CMD, WORKDIR, USER and ENV, as Docker applies them.
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface ImageFacts {
  entrypoint: string[]
  cmd: string[]
  workdir: string
  /** root unless a USER line says otherwise. */
  user: string
  env: Record<string, string>
}

// Beside the repository (where the wheels are too), or ISSO_DOCKERFILE. The repository
// root by a real path: under `npm test` and `npm run test:e2e` this file runs from
// .test-build/, whose package.json is a link to the repository's.
const repoRoot = dirname(realpathSync(join(__dirname, '..', '..', '..', 'package.json')))
export const UPSTREAM_DOCKERFILE = process.env.ISSO_DOCKERFILE ?? join(repoRoot, '..', 'shared', 'isso-0.14.0', 'Dockerfile')

/** The facts of upstream's Dockerfile, or null when it is not there. */
export function readUpstreamImage(path = UPSTREAM_DOCKERFILE): ImageFacts | null {
  return existsSync(path) ? parseDockerfile(readFileSync(path, 'utf8')) : null
}

/** The last stage's run settings. Throws when one the double needs is missing or not in JSON (exec) form. */
export function parseDockerfile(text: string): ImageFacts {
  let stage: Partial<ImageFacts> & { env: Record<string, string> } = { env: {} }
  for (const line of instructions(text)) {
    const [, keyword, rest] = /^(\S+)\s*(.*)$/s.exec(line)!
    switch (keyword.toUpperCase()) {
      case 'FROM':
        stage = { env: {} }
        break
      case 'WORKDIR':
        stage.workdir = rest.trim()
        break
      case 'USER':
        stage.user = rest.trim()
        break
      case 'ENTRYPOINT':
        stage.entrypoint = execForm(keyword, rest)
        break
      case 'CMD':
        stage.cmd = execForm(keyword, rest)
        break
      case 'ENV':
        Object.assign(stage.env, envPairs(rest))
        break
    }
  }
  const { entrypoint, cmd, workdir } = stage
  if (!entrypoint || !cmd || !workdir) throw new Error('the Dockerfile sets no ENTRYPOINT, CMD or WORKDIR in its last stage')
  return { entrypoint, cmd, workdir, user: stage.user ?? 'root', env: stage.env }
}

/** Instructions with their continuation lines joined, comments and blank lines dropped. */
function instructions(text: string): string[] {
  const out: string[] = []
  let pending = ''
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line.startsWith('#') || (line === '' && pending === '')) continue
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `
      continue
    }
    out.push(pending + line)
    pending = ''
  }
  if (pending) out.push(pending)
  return out.filter((l) => l.trim() !== '')
}

function execForm(keyword: string, rest: string): string[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(rest)
  } catch {
    parsed = null
  }
  if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string')) throw new Error(`${keyword} is not in exec form: ${rest}`)
  return parsed
}

/** `ENV KEY value` (the old form, one pair) or `ENV KEY=value …`; quotes as the shell reads them. */
function envPairs(rest: string): Record<string, string> {
  const words = rest.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? []
  const unquote = (w: string) => w.replace(/"([^"]*)"|'([^']*)'/g, (_, d: string | undefined, s: string | undefined) => d ?? s ?? '')
  const [first] = words
  if (first !== undefined && !first.includes('=')) return { [first]: unquote(rest.trim().slice(first.length).trim()) }
  return Object.fromEntries(words.map((w) => {
    const at = w.indexOf('=')
    return [w.slice(0, at), unquote(w.slice(at + 1))]
  }))
}
