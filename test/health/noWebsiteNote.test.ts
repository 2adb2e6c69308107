import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { withNoWebsiteNote } from '../../startos/health/noWebsiteNote'

describe('Isso Server health while a site allows no website', () => {
  const up = { result: 'success' as const, message: 'Isso is answering requests' }

  it('adds "no website allowed yet" to a healthy answer, naming the blog when there are several', () => {
    assert.deepEqual(withNoWebsiteNote(up, [null], false), {
      result: 'success',
      message: "Isso is answering requests. No website is allowed yet: add your blog's address with the Websites action.",
    })
    assert.equal(
      withNoWebsiteNote({ result: 'success', message: 'Isso is answering requests for all 2 blogs' }, ['photos'], true).message,
      'Isso is answering requests for all 2 blogs. Blog photos: no website is allowed yet, add its address with the Websites action.',
    )
  })

  it('leaves the answer alone when every site lists a website, or when Isso does not answer', () => {
    assert.deepEqual(withNoWebsiteNote(up, [], false), up)
    const down = { result: 'failure' as const, message: 'Isso did not answer within 5 seconds' }
    assert.deepEqual(withNoWebsiteNote(down, [null], false), down)
  })
})
