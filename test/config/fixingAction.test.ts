// The refusal to serve a blog names the action whose form writes a valid value over a
// key Isso refuses (health/describeProblem.ts), or says no action writes it. Both claims
// are checked here with the actions' own pure edits, each saved as its form opens on the
// broken file: for every key Isso reads at start, with no value and with a value of the
// wrong kind.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fixingAction, managedKeys, settingProblems, startupKeys, type KeyType } from '../../startos/isso/config'
import { parseConfig, type ConfigDocument } from '../../startos/isso/configparser'
import { applyServerSettings, readServerInput } from '../../startos/isso/server'
import { applySmtp } from '../../startos/isso/smtp'
import { applyWebsites, websites } from '../../startos/isso/websites'

const WEBSITE = 'https://blog.example.com'

// A value of the wrong kind per type (types that take any text fail only without value).
const WRONG: Partial<Record<KeyType, string>> = {
  bool: 'maybe',
  duration: 'soon',
  int: 'many',
  timeout: '0',
  hostname: 'smtp..example.com',
  origins: `${WEBSITE}:99999`,
  renderer: 'markdown',
  hashAlgorithm: 'nosuchhash',
  mistunePlugins: 'nosuchplugin',
}

// A blog's file as Add Blog leaves it, with one line: `key` (no value) or `key = value`.
function brokenFile(section: string, key: string, value: string | null): ConfigDocument {
  const sections: Record<string, string[]> = {
    general: ['dbpath = /db/comments.db', `host =\n    ${WEBSITE}\n    http://localhost`],
    admin: ['enabled = true', 'password = Blue-Heron-Tuesday-7731'],
  }
  const own = (sections[section] ??= []).filter((line) => !line.startsWith(`${key} `))
  sections[section] = [...own, value === null ? key : `${key} = ${value}`]
  return parseConfig(Object.entries(sections).map(([name, lines]) => `[${name}]\n${lines.join('\n')}\n`).join('\n'))
}

const refuses = (doc: ConfigDocument, section: string, key: string) =>
  settingProblems(doc).some((p) => p.section === section && p.key === key)

// Each action's save, as its form opens on the file (a refused value shows Isso's default).
const SAVES: Record<string, (doc: ConfigDocument) => void> = {
  server: (doc) => applyServerSettings(doc, readServerInput(doc)),
  'email on': (doc) =>
    applySmtp(doc, { host: 'smtp.example.com', port: 587, security: 'starttls', username: 'isso', password: 'Mail-Pass-42', from: 'isso@example.com' }, 'me@example.com'),
  'email off': (doc) => applySmtp(doc, null, ''),
  // The form shows the refused entry (and refuses to save it, below); the owner corrects it.
  websites: (doc) => applyWebsites(doc, [WEBSITE]),
}
// What each answer of fixingAction promises.
const PROMISED: Record<string, string[]> = {
  server: ['server'],
  email: ['email on', 'email off'],
  'email-on': ['email on'],
  websites: ['websites'],
}

function fixedBy(section: string, key: string, value: string | null): string[] {
  return Object.entries(SAVES)
    .filter(([, save]) => {
      const doc = brokenFile(section, key, value)
      save(doc)
      return !refuses(doc, section, key)
    })
    .map(([name]) => name)
}

describe('the action named to fix a refused key', () => {
  const cases: [string, string, string | null][] = []
  for (const table of [managedKeys, startupKeys]) {
    for (const [section, keys] of Object.entries(table)) {
      for (const [key, spec] of Object.entries(keys) as [string, { type: KeyType }][]) {
        cases.push([section, key, null])
        const wrong = WRONG[spec.type]
        if (wrong !== undefined) cases.push([section, key, wrong])
      }
    }
  }

  it('is checked on refused files: every case but the enforced keys is refused', () => {
    const refused = cases.filter(([section, key, value]) => refuses(brokenFile(section, key, value), section, key))
    const notRefused = cases.filter((c) => !refused.includes(c)).map(([s, k, v]) => `[${s}] ${k} = ${v}`)
    // StartOS enforces these for Isso (a bare `host` gets the hidden placeholder); the
    // password is judged apart (the critical task, Set Admin Password).
    assert.deepEqual(notRefused, [
      '[general] host = null',
      '[general] dbpath = null',
      '[admin] enabled = null',
      '[admin] enabled = maybe',
      '[admin] password = null',
    ])
    assert.ok(refused.length > 40, `${refused.length} cases`)
  })

  it('Websites shows the refused entry and will not save it as it is', () => {
    const doc = brokenFile('general', 'host', WRONG.origins!)
    assert.deepEqual(websites(doc), [WRONG.origins])
    assert.throws(() => applyWebsites(doc.clone(), websites(doc)))
  })

  for (const [section, key, value] of cases) {
    const doc = brokenFile(section, key, value)
    if (!refuses(doc, section, key)) continue
    const action = fixingAction(section, key)
    const line = value === null ? `[${section}] ${key} (no value)` : `[${section}] ${key} = ${value}`
    it(`${line}: ${action ?? 'no action'}`, () => {
      const fixed = fixedBy(section, key, value)
      if (action === null) assert.deepEqual(fixed, [], 'an action fixes it, yet the message says none does')
      else for (const save of PROMISED[action]) assert.ok(fixed.includes(save), `${save} leaves it refused (fixed by: ${fixed.join(', ') || 'none'})`)
    })
  }
})
