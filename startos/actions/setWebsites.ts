import { i18n } from '../i18n'
import { GROUPS } from './groups'
import { applyWebsites, EXAMPLE_ORIGIN, websites, WebsitesInputError, type WebsitesProblem } from '../isso/websites'
import { manifest } from '../manifest'
import { sdk } from '../sdk'
import { readForForm, saveForAction } from '../fileModels'
import type { Volume } from '../sites'
import { chosenSite, perSiteForm } from './sites/siteForm'
import { withStartWarning } from './startWarning'

const { InputSpec, Value, List } = sdk

/** The websites list, for Websites and Add Site, with `current` as its default. */
export const websitesField = (current: string[] = []) => Value.list(
  List.text(
    {
      name: i18n('Websites'),
      description: i18n(
        'The address of each website that embeds comments, exactly as it appears in the browser without any page path, for example https://blog.example.com. www.example.com and example.com are different websites: if your blog answers on both, list both. Use https:// (http:// only for .onion addresses and for previews on your own computer, such as http://localhost:1313) and add a port only if it is not the standard one.',
      ) +
        ' ' +
        i18n(
          'All of them must show the same blog (such as its www and bare domain, or an onion mirror): they share its comments, page by page. A different blog needs its own comments: add it with "Add Blog".',
        ),
      default: current,
      minLength: 1,
    },
    {
      placeholder: EXAMPLE_ORIGIN,
      // A first hint in the browser only; run() checks every entry properly.
      patterns: [
        {
          regex: '^\\s*(https://[^/?#@*\\s]+|http://[^/?#@*\\s]+\\.onion(:[0-9]+)?|http://(localhost|127\\.0\\.0\\.1):[0-9]+)/?\\s*$',
          description: i18n('https:// followed by the host name, nothing after it'),
        },
      ],
    },
  ),
)

export const websitesSpec = (values?: { websites: string[] }) => InputSpec.of({ websites: websitesField(values?.websites) })

// Entries are user text: keep them short in messages.
const show = (entry: string) => (entry.length > 80 ? `${entry.slice(0, 79)}…` : entry)

export function describeWebsitesProblem(problem: WebsitesProblem): string {
  switch (problem.kind) {
    case 'none':
      return i18n('Websites: add at least one website, for example https://blog.example.com. Without one, no page can show comments.')
    case 'empty':
      return i18n('Websites: one entry is empty. Type an address such as https://blog.example.com or remove the entry.')
    case 'whitespace':
      return i18n('Websites: ‘${entry}’ contains a space or line break. Enter one address per entry, such as https://blog.example.com.', { entry: show(JSON.stringify(problem.entry).slice(1, -1)) })
    case 'wildcard':
      return i18n('Websites: ‘${entry}’ contains *. Wildcards are not supported: list every website separately, such as https://blog.example.com.', { entry: show(problem.entry) })
    case 'host':
      return i18n('Websites: ‘${entry}’ is not a valid website address. Enter it like https://blog.example.com.', { entry: show(problem.entry) })
    case 'preview-port':
      return i18n('Websites: ‘${entry}’ has no port. A local preview needs the port its server shows, such as http://localhost:1313 (Hugo) or http://localhost:4000 (Jekyll).', { entry: show(problem.entry) })
  }
  const params = { entry: show(problem.entry), suggestion: problem.suggestion }
  switch (problem.kind) {
    case 'no-scheme':
      return i18n('Websites: ‘${entry}’ has no https:// in front. Did you mean ${suggestion}?', params)
    case 'scheme':
      return i18n('Websites: ‘${entry}’ must use https:// (plain http:// works only for .onion addresses and local previews such as http://localhost:1313). Enter ${suggestion}.', params)
    case 'path':
      return i18n('Websites: ‘${entry}’ has a path. Enter only ${suggestion}.', params)
    case 'query':
      return i18n('Websites: ‘${entry}’ has a query (?…). Enter only ${suggestion}.', params)
    case 'fragment':
      return i18n('Websites: ‘${entry}’ has a fragment (#…). Enter only ${suggestion}.', params)
    case 'userinfo':
      return i18n('Websites: ‘${entry}’ contains a user name or password (…@). Enter only ${suggestion}.', params)
  }
}

// The hidden localhost placeholder never reaches the form (websites() drops it).
const form = (volume: Volume) => perSiteForm(volume, websitesSpec, async (site) => {
  const doc = await readForForm(site.issoCfg)
  return doc ? { websites: websites(doc) } : null
})

const ID = 'set-websites'
/** The "add your website" task's replay id (the SDK's default for this action). */
export const WEBSITES_TASK_ID = `${manifest.id}:${ID}`

export const setWebsitesAction = (volume: Volume) => {
  const { inputSpec, prefill } = form(volume)
  return sdk.Action.withInput(
    ID,
    async () => ({
      name: i18n('Websites'),
      description: i18n('Choose which websites may show comments from this server.'),
      warning: null,
      allowedStatuses: 'any',
      group: GROUPS.website,
      visibility: 'enabled',
    }),
    inputSpec,
    prefill,
    async ({ effects, input }) => {
      const { site, fields } = await chosenSite(volume, input)
      let origins: string[] = []
      let saved
      try {
        saved = await saveForAction(site.issoCfg, (doc) => {
          origins = applyWebsites(doc, fields.websites)
        })
      } catch (e) {
        throw e instanceof WebsitesInputError ? new Error(describeWebsitesProblem(e.problem)) : e
      }
      // The first site now lists a website of the owner's (at least one is required), so
      // its task is done; init's watcher would clear it too, once the file settles.
      if (site.layout.name === null) await sdk.action.clearTask(effects, WEBSITES_TASK_ID)
      return withStartWarning(
        volume,
        {
          version: '1' as const,
          title: i18n('Websites saved'),
          message: `${i18n('These websites may now show comments.')} ${i18n('If Isso is running, it restarts by itself to apply the change.')}`,
          // One value per website: StartOS shows a value on one line, line breaks stripped.
          result: {
            type: 'group' as const,
            value: origins.map((origin, i) => ({
              type: 'single' as const,
              name: i18n('Website ${number}', { number: i + 1 }),
              description: null,
              value: origin,
              copyable: true,
              masked: false,
              qr: false,
            })),
          },
        },
        saved,
        site.layout.name,
      )
    },
  )
}
