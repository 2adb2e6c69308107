import { mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { i18n } from '../i18n'
import { GROUPS } from './groups'
import { sdk } from '../sdk'
import { editStore, existingSite, extraSiteNames, siteLabel, watchExtraSiteNames, withoutSite, type Volume } from '../sites'

const { InputSpec, Value } = sdk

/** db/blog.removed-2026-11-25T13-20-05Z: the kept comments and config of a removed site. */
export const keptFolderName = (name: string, now: Date) =>
  `${name}.removed-${now.toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')}`

const inputSpec = (volume: Volume) => InputSpec.of({
  site: Value.dynamicSelect(async () => {
    const names = await extraSiteNames(volume)
    return {
      name: i18n('Blog'),
      description: i18n('The first blog cannot be removed.'),
      default: names[0] ?? '',
      values: Object.fromEntries(names.map((name) => [name, siteLabel(name)])),
    }
  }),
  deleteComments: Value.toggle({
    name: i18n('Also delete its comments'),
    description: i18n(
      'Off: its comments and its config file are kept in db/<name>.removed-<date>/ on the volume (and in backups). On: they are deleted for good.',
    ),
    default: false,
  }),
})

export const removeSiteAction = (volume: Volume) => sdk.Action.withInput(
  'remove-site',
  async ({ effects }) => {
    const names = await watchExtraSiteNames(volume, effects)
    return {
      name: i18n('Remove Blog'),
      description: i18n('Stops serving one of the blogs you added. Its comments are kept unless you choose otherwise.'),
      warning: i18n("Pages that embed this blog's comments stop showing them."),
      allowedStatuses: 'any',
      group: GROUPS.blogs,
      // Nothing to remove while there is only the first site.
      visibility: names.length > 0 ? 'enabled' : 'hidden',
    }
  },
  inputSpec(volume),
  async () => null,
  async ({ input }) => {
    const name = input.site
    const site = await existingSite(volume, name)
    // First stop serving it (main restarts without it), then move or delete its files.
    // Its record goes whole: a site added later under the same name starts afresh.
    await editStore(volume, (store) => withoutSite(store, name))
    if (input.deleteComments) {
      await rm(site.dbDir, { recursive: true, force: true })
      await rm(site.issoCfg.path, { force: true })
      return {
        version: '1' as const,
        title: i18n('Blog ${name} removed', { name }),
        message: i18n('Its comments and its config file were deleted.'),
        result: null,
      }
    }
    const keptName = keptFolderName(name, new Date())
    const kept = join(volume.site(null).dbDir, keptName)
    await mkdir(site.dbDir, { recursive: true })
    await rename(site.dbDir, kept)
    await rename(site.issoCfg.path, join(kept, `${name}.cfg`)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e
    })
    const folder = `db/${keptName}/`
    return {
      version: '1' as const,
      title: i18n('Blog ${name} removed', { name }),
      message: i18n('Its comments and its config file are kept on the volume in ${folder}.', { folder }),
      result: { type: 'single' as const, value: folder, copyable: true, masked: false, qr: false },
    }
  },
)
