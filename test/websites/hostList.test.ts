import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { HOST_PLACEHOLDER } from '../../startos/isso/config'
import { websites, writeWebsites } from '../../startos/isso/websites'
import { parseConfig } from '../../startos/isso/configparser'
import { fixture } from '../config/fixtures'

describe('websites / writeWebsites', () => {
  it('writes user origins first and the placeholder last, hidden on read', () => {
    const doc = parseConfig(fixture('community-package.cfg'))
    writeWebsites(doc, ['https://a.example', 'https://b.example:8443'])
    assert.deepEqual(doc.getList('general', 'host'), ['https://a.example', 'https://b.example:8443', HOST_PLACEHOLDER])
    assert.deepEqual(websites(doc), ['https://a.example', 'https://b.example:8443'])
  })

  it('no websites still leaves the placeholder, so Isso starts', () => {
    const doc = parseConfig(fixture('hand-edited-with-rss.cfg'))
    writeWebsites(doc, [])
    assert.deepEqual(doc.getList('general', 'host'), [HOST_PLACEHOLDER])
    assert.deepEqual(websites(doc), [])
  })

  it('never lets a placeholder sneak in first', () => {
    const doc = parseConfig('')
    writeWebsites(doc, ['localhost', 'https://a.example', HOST_PLACEHOLDER])
    assert.deepEqual(doc.getList('general', 'host'), ['https://a.example', HOST_PLACEHOLDER])
  })
})
