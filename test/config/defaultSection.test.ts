// A user's [DEFAULT] never reaches a managed key: Isso reads its packaged defaults file
// (which sets every managed key in its own section) before the user's file.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { describe, it } from 'node:test'
import { applyEnforcedKeys } from '../../startos/isso/config'
import { parseConfig } from '../../startos/isso/configparser'
import { readValid } from './fixtures'
import { python3 } from '../helpers/python'

const USER = '[DEFAULT]\ndbpath = /db/comments.db\ngravatar = true\n\n[general]\nhost = https://a.example\n\n[admin]\nenabled = true\n'

describe('[DEFAULT] in the user file', () => {
  it('is shadowed by the defaults file in configparser itself', () => {
    const script = String.raw`
import configparser, sys
cp = configparser.ConfigParser(allow_no_value=True, interpolation=None)
cp.read_string("[general]\ndbpath = /tmp/comments.db\ngravatar = false\n")
cp.read_string(sys.stdin.read())
print(cp.get("general", "dbpath"), cp.get("general", "gravatar"))
`
    assert.equal(execFileSync(python3(), ['-c', script], { input: USER, encoding: 'utf8' }).trim(), '/tmp/comments.db false')
  })

  it('so readSettings ignores it and applyEnforcedKeys writes dbpath into [general]', () => {
    const doc = parseConfig(USER)
    assert.equal(readValid(doc).general.gravatar, false)
    assert.equal(readValid(doc).general.dbpath, '/tmp/comments.db')
    assert.equal(applyEnforcedKeys(doc), true)
    assert.deepEqual(doc.keys('general'), ['host', 'dbpath'])
    assert.equal(readValid(doc).general.dbpath, '/db/comments.db')
  })
})
