import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { ISSO_ROUTE_SEGMENTS, SITE_NAME_PATTERN, siteNameProblem } from '../../startos/isso/sites/names'
import { issoPython, skipWithoutIsso } from '../helpers/isso'

describe('site names', () => {
  it('accepts lower-case letters, digits and inner hyphens', () => {
    for (const name of ['blog', 'my-blog', 'blog2', '2024', 'a', 'x'.repeat(32)]) {
      assert.equal(siteNameProblem(name, []), null, name)
      assert.match(name, new RegExp(SITE_NAME_PATTERN), name)
    }
  })
  it('refuses anything else, with the reason', () => {
    const cases: [string, string][] = [
      ['', 'empty'],
      ['x'.repeat(33), 'too-long'],
      ['Blog', 'characters'],
      ['-blog', 'characters'],
      ['blog-', 'characters'],
      ['my--blog', 'characters'],
      ['my_blog', 'characters'],
      ['my blog', 'characters'],
      ['blog/../x', 'characters'],
      ['ünï', 'characters'],
      ['isso', 'reserved'],
      ['exports', 'reserved'],
      ['admin', 'reserved'],
      ['js', 'reserved'],
    ]
    for (const [name, kind] of cases) {
      assert.equal(siteNameProblem(name, [])?.kind, kind, name)
      if (kind !== 'reserved') assert.doesNotMatch(name, new RegExp(SITE_NAME_PATTERN), name)
    }
  })
  it('refuses a name already taken', () => {
    assert.deepEqual(siteNameProblem('news', ['blog', 'news']), { kind: 'exists', name: 'news' })
  })
})

describe("Isso's own routes are reserved (read from upstream Isso 0.14.0)", { skip: skipWithoutIsso() }, () => {
  it('the list matches what upstream serves at the root, exactly', () => {
    const out = execFileSync(issoPython(), [join(__dirname, '..', 'python', 'isso_routes.py')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    assert.deepEqual(JSON.parse(out), [...ISSO_ROUTE_SEGMENTS])
  })
})
