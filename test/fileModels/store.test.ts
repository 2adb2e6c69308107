// store.json: the community package's location and shape, and what `.catch` does to a
// selection it does not recognise.
import assert from 'node:assert/strict'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, beforeEach, describe, it } from 'node:test'
import { editStore, files, useVolumeRoot } from '../../startos/fileModels'

let root: string
let storePath: string

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'isso-store-'))
  storePath = join(root, 'start9', 'store.json')
  useVolumeRoot(root)
})
after(() => rm(root, { recursive: true, force: true }))
beforeEach(async () => {
  await rm(join(root, 'start9'), { recursive: true, force: true })
  await mkdir(join(root, 'start9'), { recursive: true })
})

const custom = {
  selection: 'custom',
  value: {
    provider: {
      selection: 'other',
      value: {
        host: 'mail.example.com',
        from: 'Isso <isso@example.com>',
        username: 'isso',
        password: 'pw',
        security: { selection: 'tls', value: { port: '465' } },
      },
    },
  },
}

describe('storeJson', () => {
  it('reads a missing store as null (the .catch default applies only to a present file)', async () => {
    assert.equal(files.storeJson.path, storePath)
    assert.equal(await files.storeJson.read().once(), null)
  })

  it("keeps the community package's system selection and unknown keys", async () => {
    await writeFile(storePath, JSON.stringify({ smtp: { selection: 'system', value: { customFrom: 'a@b.c' } }, extra: 1 }))
    const store = await files.storeJson.read().once()
    assert.deepEqual(store, { smtp: { selection: 'system', value: { customFrom: 'a@b.c' } }, extra: 1 })
  })

  it('silently reads an unrecognised selection as disabled, and a merge saves that', async () => {
    await writeFile(storePath, JSON.stringify({ smtp: { selection: 'carrier-pigeon', value: {} } }))
    assert.deepEqual((await files.storeJson.read().once())?.smtp, { selection: 'disabled', value: {} })
    await files.storeJson.merge({} as never, {})
    assert.deepEqual(JSON.parse(await readFile(storePath, 'utf8')).smtp, { selection: 'disabled', value: {} })
  })
})

describe('editStore', () => {
  it('starts from the defaults when missing and writes FileHelper.json formatting', async () => {
    const { changed, store } = await editStore(s => {
      s.smtp = { selection: 'system', value: { customFrom: null } }
    })
    assert.equal(changed, true)
    assert.deepEqual(store.smtp, { selection: 'system', value: { customFrom: null } })
    assert.equal(await readFile(storePath, 'utf8'), JSON.stringify(store, null, 2))
  })

  it('does not write when nothing changed', async () => {
    await writeFile(storePath, JSON.stringify({ smtp: custom }, null, 2))
    const before = await readFile(storePath, 'utf8')
    const { changed } = await editStore(() => {})
    assert.equal(changed, false)
    assert.equal(await readFile(storePath, 'utf8'), before)
  })

  it('unparsable JSON throws and is left alone', async () => {
    await writeFile(storePath, '{ "smtp": ')
    await assert.rejects(editStore(() => {}))
    assert.equal(await readFile(storePath, 'utf8'), '{ "smtp": ')
  })
})
