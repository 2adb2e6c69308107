// The e2e runtime double runs what upstream's Dockerfile says the image runs: its reader
// of Dockerfiles, on the forms Docker accepts, and on upstream's own file.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseDockerfile, readUpstreamImage, UPSTREAM_DOCKERFILE } from '../e2e/runtime/dockerfile'

describe('parseDockerfile', () => {
  it("takes the last stage's settings: exec form, both ENV forms, continuation lines, comments", () => {
    const facts = parseDockerfile(
      [
        'FROM node AS js',
        'WORKDIR /src/',
        'ENV BUILD_ONLY=1',
        'ENTRYPOINT ["npm"]',
        '',
        'FROM python AS run',
        '# a comment',
        'WORKDIR /app/',
        'ENV OLD_FORM some value',
        'ENV A=1 \\',
        '    B="two words"',
        'USER isso',
        'ENTRYPOINT ["/app/bin/gunicorn", "-b", \\',
        '            "0.0.0.0:8080"]',
        'CMD ["app.run"]',
      ].join('\n'),
    )
    assert.deepEqual(facts, {
      entrypoint: ['/app/bin/gunicorn', '-b', '0.0.0.0:8080'],
      cmd: ['app.run'],
      workdir: '/app/',
      user: 'isso',
      env: { OLD_FORM: 'some value', A: '1', B: 'two words' },
    })
  })

  it('refuses a shell-form CMD and a last stage without one', () => {
    assert.throws(() => parseDockerfile('FROM x\nWORKDIR /\nENTRYPOINT ["a"]\nCMD run it'), /not in exec form/)
    assert.throws(() => parseDockerfile('FROM x\nWORKDIR /\nENTRYPOINT ["a"]\nCMD ["b"]\nFROM y\n'), /no ENTRYPOINT, CMD or WORKDIR/)
  })

  it("reads upstream Isso 0.14.0's Dockerfile: gunicorn runs isso.run as root in /isso/", { skip: readUpstreamImage() ? false : `no ${UPSTREAM_DOCKERFILE}` }, () => {
    const facts = readUpstreamImage()!
    assert.equal(facts.entrypoint[0], '/isso/bin/gunicorn')
    assert.deepEqual(facts.cmd, ['isso.run'])
    assert.equal(facts.workdir, '/isso/')
    assert.equal(facts.user, 'root')
    assert.deepEqual(facts.env, { ISSO_SETTINGS: '/config/isso.cfg' })
  })
})
