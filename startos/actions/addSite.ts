import { utils } from '@start9labs/start-sdk'
import { mkdir, readdir, rmdir } from 'node:fs/promises'
import { readForRun } from '../fileModels'
import { i18n } from '../i18n'
import { GROUPS } from './groups'
import { ADMIN_PASSWORD_CHARSET, ADMIN_PASSWORD_LENGTH } from '../isso/adminPassword'
import { SITE_NAME_PATTERN, siteNameProblem, type SiteNameProblem } from '../isso/sites/names'
import { newSiteConfig } from '../isso/sites/newSite'
import { WebsitesInputError } from '../isso/websites'
import { sdk } from '../sdk'
import { newSalt } from '../secrets'
import { describeWebsitesProblem, websitesField } from './setWebsites'
import { editStore, extraSiteNames, withNewSite, type Volume } from '../sites'

const { InputSpec, Value } = sdk

const inputSpec = InputSpec.of({
  name: Value.text({
    name: i18n('Blog name'),
    description: i18n(
      'A short name for the new blog, used in its address: a blog named news is served at /news/ on the comments address. Lower-case letters, digits and hyphens. It cannot be changed later.',
    ),
    required: true,
    default: null,
    placeholder: 'blog',
    patterns: [{ regex: SITE_NAME_PATTERN, description: i18n('Lower-case letters, digits and single hyphens, at most 32') }],
  }),
  websites: websitesField(),
})

function describeNameProblem(problem: SiteNameProblem): string {
  switch (problem.kind) {
    case 'empty':
    case 'characters':
    case 'too-long':
      return i18n('Blog name: use 1 to 32 lower-case letters, digits and single hyphens inside, for example news or my-blog.')
    case 'reserved':
      return i18n('Blog name: ${name} is taken by Isso itself (it serves ${path} for every blog). Choose another name.', { name: problem.name, path: `/${problem.name}/` })
    case 'exists':
      return i18n('Blog name: a blog named ${name} exists already. Choose another name.', { name: problem.name })
  }
}

// A second blog with its own comments, admin panel and settings on the same server,
// starting from the first site's settings. Nothing is written until every check passed.
export const addSiteAction = (volume: Volume) => sdk.Action.withInput(
  'add-site',
  async () => ({
    name: i18n('Add Blog'),
    description: i18n(
      'Adds another blog with its own comments, admin panel, admin password and settings, served on the same address under /<name>/. Your first blog is not changed.',
    ),
    warning: null,
    allowedStatuses: 'any',
    group: GROUPS.blogs,
    visibility: 'enabled',
  }),
  inputSpec,
  async () => null,
  async ({ input }) => {
    const name = input.name.trim()
    const problem = siteNameProblem(name, await extraSiteNames(volume))
    if (problem) throw new Error(describeNameProblem(problem))
    const site = volume.site(name)
    const password = utils.getDefaultString({ charset: ADMIN_PASSWORD_CHARSET, len: ADMIN_PASSWORD_LENGTH })
    let doc
    try {
      doc = newSiteConfig(await readForRun(volume.site(null).issoCfg), { name, websites: input.websites, password, salt: newSalt() })
    } catch (e) {
      throw e instanceof WebsitesInputError ? new Error(describeWebsitesProblem(e.problem)) : e
    }
    // A folder of that name left by hand (or a database copied in) is never mixed in.
    const leftover = await readdir(site.dbDir).then((entries) => entries.length > 0, () => false)
    if (leftover) {
      throw new Error(i18n('db/${name}/ already holds files. Choose another name, or move them away over SSH.', { name }))
    }
    await mkdir(site.dbDir, { recursive: true })
    if (!(await site.issoCfg.create(doc))) {
      await rmdir(site.dbDir).catch(() => undefined)
      throw new Error(i18n('${file} already exists. Choose another name, or move it away over SSH.', { file: site.issoCfg.label }))
    }
    // Last: listing the site is what makes main serve it (and restart Isso).
    await editStore(volume, (store) => withNewSite(store, name))
    return {
      version: '1' as const,
      title: i18n('Blog ${name} added', { name }),
      message: i18n(
        'It is served under ${path} on the comments address: get its embed code with "Embed Code", choosing this blog. Its admin panel is at ${admin}; this is its admin password, shown once. Isso restarts by itself to serve it.',
        { path: `/${name}/`, admin: `/${name}/admin/` },
      ),
      result: { type: 'single' as const, value: password, copyable: true, masked: true, qr: false },
    }
  },
)
