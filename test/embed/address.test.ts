import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { classifyAddress, rankAddress, type AddressKind } from '../../startos/isso/embed'

describe('classifyAddress', () => {
  const cases: [string, boolean | undefined, AddressKind][] = [
    ['https://comments.example.com/', true, 'public-domain'],
    ['https://comments.example.com', undefined, 'public-domain'],
    ['https://isso.home.example.com', false, 'private-domain'],
    ['https://nas.lan', undefined, 'private-domain'],
    ['http://abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuv.onion/', false, 'onion'],
    ['https://adjective-noun.local:12345/', false, 'mdns'],
    ['https://192.168.1.20:12345/', false, 'private-ip'],
    ['http://10.0.0.5:8080/', false, 'private-ip'],
    ['https://172.20.1.1/', false, 'private-ip'],
    ['https://100.101.102.103/', false, 'private-ip'],
    ['https://172.32.1.1/', true, 'public-ip'],
    ['https://203.0.113.7:443/', true, 'public-ip'],
    ['https://[fd12:3456::1]:8443/', false, 'private-ip'],
    ['https://[fe80::1]:8443/', false, 'private-ip'],
    ['https://[2001:db8::7]:8443/', true, 'public-ip'],
  ]
  for (const [url, isPublic, kind] of cases) {
    it(`${url} is ${kind}`, () => assert.equal(classifyAddress(url, isPublic).kind, kind))
  }

  it('recommends only a public https domain', () => {
    assert.equal(classifyAddress('https://c.example.com/', true).recommended, true)
    assert.equal(classifyAddress('http://c.example.com/', true).recommended, false)
    assert.equal(classifyAddress('https://203.0.113.7/', true).recommended, false)
  })

  it('says why the others only suit private use', () => {
    assert.deepEqual(classifyAddress('https://c.example.com/', true).warnings, [])
    assert.deepEqual(classifyAddress('http://c.example.com/', true).warnings, ['plain-http'])
    assert.deepEqual(classifyAddress('http://abc.onion/', false).warnings, ['tor-only'])
    assert.deepEqual(classifyAddress('https://x.local:1234/', false).warnings, ['lan-only', 'untrusted-certificate'])
    assert.deepEqual(classifyAddress('http://192.168.1.2:80/', false).warnings, ['lan-only', 'plain-http'])
    assert.deepEqual(classifyAddress('https://203.0.113.7/', true).warnings, ['untrusted-certificate'])
  })

  it('ranks public https domains first and http after https', () => {
    const urls = ['http://192.168.1.2/', 'http://abc.onion/', 'https://x.local/', 'http://c.example.com/', 'https://c.example.com/']
    const sorted = [...urls].sort((a, b) => rankAddress(classifyAddress(a)) - rankAddress(classifyAddress(b)))
    assert.deepEqual(sorted, ['https://c.example.com/', 'http://c.example.com/', 'http://abc.onion/', 'https://x.local/', 'http://192.168.1.2/'])
  })
})
