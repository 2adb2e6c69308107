import { mkdir } from 'node:fs/promises'
import { readForRun } from '../fileModels'
import { i18n } from '../i18n'
import { GROUPS } from './groups'
import { withTempRunner, type WithRunner } from '../container/runner'
import { forgetSeenComments } from '../notifications/state'
import { sdk } from '../sdk'
import { sitePaths } from '../isso/import/command'
import type { DownloadOptions } from '../isso/import/download'
import { Failure } from '../isso/failure'
import type { ImportFailure, ImportProblem } from '../isso/import/failure'
import type { FormatChoice } from '../isso/import/format'
import { DOWNLOAD_TIMEOUT_MS, IMPORTER_TIMEOUT_MS, MAX_IMPORT_MB } from '../isso/import/limits'
import { moveDatabase, type MoveReport } from '../isso/import/move'
import { prepareImport, sourceBytes, type ImportSource } from '../isso/import/prepare'
import { runImport, type ImportReport } from '../isso/import/run'
import type { Volume } from '../sites'
import { chosenSite, perSiteForm } from './sites/siteForm'
import { siteNote, withSiteNote } from './sites/siteNote'

const { InputSpec, Value, Variants } = sdk

const importSpec = InputSpec.of({
  // File fields exist in the SDK but the 0.4.0-beta.10 UI cannot send a file
  // (start-technologies#3585), so a link or a paste is all we can take.
  source: Value.union({
    name: i18n('Source'),
    description: i18n('File uploads do not work on this StartOS version: give a link to the export or paste it.'),
    default: 'url',
    variants: Variants.of({
      url: {
        name: i18n('Download from a link'),
        spec: InputSpec.of({
          url: Value.text({
            name: i18n('Export link'),
            description: i18n(
              'An https:// link to the export (XML or JSON, may be .gz). At most ${mb} MB after decompression.',
              { mb: MAX_IMPORT_MB },
            ),
            required: true,
            default: null,
            placeholder: 'https://',
            inputmode: 'url',
            patterns: [{ regex: '^https://.+', description: i18n('Must start with https://') }],
          }),
        }),
      },
      paste: {
        name: i18n('Paste the export'),
        spec: InputSpec.of({
          text: Value.textarea({
            name: i18n('Export text'),
            description: i18n(
              'The whole WordPress WXR or Isso generic JSON file. Only for small exports; use a link for large ones.',
            ),
            required: true,
            default: null,
            minRows: 6,
            maxRows: 20,
          }),
        }),
      },
      isso: {
        name: i18n("Another Isso's database"),
        spec: InputSpec.of({
          url: Value.text({
            name: i18n('Database link'),
            description: i18n(
              'An https:// link to the comments.db of another Isso (may be .gz). Everything comes along: replies, pending and deleted comments, votes and titles. The format choice does not apply.',
            ),
            required: true,
            default: null,
            placeholder: 'https://',
            inputmode: 'url',
            patterns: [{ regex: '^https://.+', description: i18n('Must start with https://') }],
          }),
          replace: Value.toggle({
            name: i18n('Replace the comments here'),
            description: i18n(
              "The other database replaces this server's comments; nothing is merged. Needed when this server already has comments, which stay in the backup.",
            ),
            default: false,
          }),
        }),
      },
    }),
  }),
  format: Value.select({
    name: i18n('Format'),
    // Said where the route is offered: the Isso database source is what keeps replies.
    description: i18n('Isso generic JSON carries no reply threading: every comment arrives as a top-level comment.'),
    default: 'auto',
    values: {
      auto: i18n('Detect automatically'),
      disqus: i18n('Disqus (XML)'),
      wordpress: i18n('WordPress (WXR)'),
      generic: i18n('Isso generic JSON'),
    },
  }),
  dryRun: Value.toggle({
    name: i18n('Dry run'),
    description: i18n(
      'Import into a copy of the database and report what that added, conflicts with comments already in Isso included. The database itself is not changed.',
    ),
    default: false,
  }),
})

// Nothing per site to fill in: with several sites the form only gains the site choice.
const form = (volume: Volume) => perSiteForm(volume, () => importSpec)

/** What the action runs with: the package's (below), or a test's local importer and download rules. */
export interface ImportCommentsDeps {
  withRunner: WithRunner
  download: DownloadOptions
}

/** The package's: a temporary container of Isso's image, downloads with the default rules. */
export const IMPORT_COMMENTS_DEPS: Readonly<ImportCommentsDeps> = Object.freeze({ withRunner: withTempRunner, download: {} })

export const importCommentsAction = (volume: Volume, { withRunner, download: downloadRules }: ImportCommentsDeps = IMPORT_COMMENTS_DEPS) => {
  const { inputSpec, prefill } = form(volume)
  return sdk.Action.withInput(
    'import-comments',
    {
      name: i18n('Import comments'),
      description: i18n(
        "Import comments from a Disqus or WordPress export or an Isso generic JSON file (a format other tools write; Isso itself exports none), by link or pasted, or move another Isso's database in, by link. The import runs on a copy of the database, which replaces it only when the import succeeded; the database as it was is kept as a backup.",
      ),
      warning: i18n('Importing the same Disqus export twice adds its comments twice. Use the dry run to check a file first.'),
      // Isso keeps no lock on comments.db: a running server would go on writing to the file the
      // finished copy replaces, and those comments would be lost with it.
      allowedStatuses: 'only-stopped',
      group: GROUPS.comments,
      visibility: 'enabled',
    },
    inputSpec,
    prefill,
    async ({ effects, input: raw }) => {
      const { site, fields: input } = await chosenSite(volume, raw)
      const selected = input.source
      const source: ImportSource =
        selected.selection === 'paste'
          ? { kind: 'paste', text: selected.value.text }
          : { kind: 'url', url: selected.value.url }
      // Read first: a missing or broken config fails with its own message before any download.
      const owner = await readForRun(site.issoCfg)
      const download = { timeoutMs: DOWNLOAD_TIMEOUT_MS, ...downloadRules }
      // The site's own folder (db/ or db/<name>/): backups and scratch copies go there.
      const deps = { dbDir: site.dbDir, paths: sitePaths(site.layout.dbPath) }
      const folder = site.layout.dbSubdir
      const note = await siteNote(volume, site)
      const described = ({ title, message }: { title: string; message: string }) => ({
        version: '1' as const,
        title,
        message: withSiteNote(note, message),
        result: null,
      })
      try {
        await mkdir(site.dbDir, { recursive: true })
        if (selected.selection === 'isso') {
          const data = await sourceBytes(source, download)
          const report = await withRunner(effects, 'import', (container) =>
            moveDatabase({ data, dryRun: input.dryRun, replace: selected.value.replace === true }, { ...deps, container }),
          )
          // Imported comments are not news: main takes the database as it is now for seen.
          if (!report.dryRun) await forgetSeenComments(volume, site.layout.name)
          return described(describeMove(report, folder))
        }
        const prepared = await prepareImport(source, input.format as FormatChoice, download)
        const report = await withRunner(effects, 'import', (container) =>
          runImport({ ...prepared, dryRun: input.dryRun }, { ...deps, container, owner }),
        )
        if (!report.dryRun) await forgetSeenComments(volume, site.layout.name)
        return described(describeReport(report, folder))
      } catch (e) {
        // Only the importer's own code throws a Failure here, with one of its problems.
        if (e instanceof Failure) throw new Error(failureMessage(e as ImportFailure))
        throw e
      }
    },
  )
}

function formatLabel(format: ImportReport['format']): string {
  return { disqus: 'Disqus', wordpress: 'WordPress', generic: i18n('Isso generic JSON') }[format]
}

/** `folder`: the site's database folder on the volume, `db` or `db/<name>`. */
function describeReport(report: ImportReport, folder: string): { title: string; message: string } {
  const format = formatLabel(report.format)
  const c = report.added
  const figures = { threads: c.threads, comments: c.comments, replies: c.replies, format }
  const lines = report.dryRun
    ? [
        i18n(
          'Isso would add ${threads} threads and ${comments} comments (${replies} of them replies) from this ${format} export. This was tried on a copy of the database; nothing was changed. Run the action again with dry run off to import.',
          figures,
        ),
      ]
    : [
        i18n('Imported ${threads} threads and ${comments} comments (${replies} of them replies) from the ${format} export.', figures),
        report.backup
          ? i18n('The database as it was before is saved as ${backup} in the ${folder} folder.', { backup: report.backup, folder })
          : i18n('There was no database before, so there is no backup.'),
      ]
  if (report.prunedBackups.length) lines.push(i18n('Older backups removed: ${names}.', { names: report.prunedBackups.join(', ') }))
  if (report.orphans) lines.push(i18n('Isso could not place ${orphans} Disqus comments; their threads are missing from the export.', { orphans: report.orphans }))
  const skipped = report.skipped.spam + report.skipped.trash
  if (skipped) lines.push(i18n('Not imported: ${skipped} comments the export marks as spam or trash.', { skipped: skipped }))
  if (report.skipped.lifted) {
    lines.push(
      i18n('Replies to them (${lifted}) become top-level comments of their page, as Isso does with a reply whose parent is missing.', {
        lifted: report.skipped.lifted,
      }),
    )
  }
  if (report.format === 'generic') lines.push(i18n('Isso generic JSON carries no reply threading: every comment arrives as a top-level comment.'))
  return { title: report.dryRun ? i18n('Dry run passed') : i18n('Comments imported'), message: lines.join(' ') }
}

function describeMove(report: MoveReport, folder: string): { title: string; message: string } {
  const c = report.holds
  const figures = { threads: c.threads, comments: c.comments, replies: c.replies }
  if (report.dryRun) {
    return {
      title: i18n('Dry run passed'),
      message: i18n(
        "This server can use the other Isso's database: ${threads} threads and ${comments} comments (${replies} of them replies). Nothing was changed; run the action again with dry run off to move it.",
        figures,
      ),
    }
  }
  const lines = [
    i18n("This server now uses the other Isso's database: ${threads} threads and ${comments} comments (${replies} of them replies).", figures),
    report.backup
      ? i18n('The database as it was before is saved as ${backup} in the ${folder} folder.', { backup: report.backup, folder })
      : i18n('There was no database before, so there is no backup.'),
  ]
  if (report.prunedBackups.length) lines.push(i18n('Older backups removed: ${names}.', { names: report.prunedBackups.join(', ') }))
  return { title: i18n('Database moved'), message: lines.join(' ') }
}

const minutes = (ms: number) => Math.round(ms / 60_000)

/** One plain sentence per problem, then what happened to the database. */
export function failureMessage(e: ImportFailure): string {
  const detail = e.detail
  const what: Record<ImportProblem, () => string> = {
    'url-invalid': () => i18n('This is not a valid link: ${detail}', { detail }),
    'url-not-https': () =>
      i18n('Only https:// links are accepted, not ${detail} (an export holds e-mail and IP addresses).', { detail }),
    'url-unreachable': () =>
      i18n('Could not download the export (${detail}). Check that the link opens from your server.', { detail }),
    'url-http-status': () =>
      i18n('The link answered ${detail} instead of the export. Export links expire; get a fresh one.', { detail }),
    'url-timeout': () =>
      i18n('The download did not finish within ${minutes} minutes.', { minutes: minutes(DOWNLOAD_TIMEOUT_MS) }),
    'too-large': () => i18n('The export is larger than ${mb} MB after decompression.', { mb: MAX_IMPORT_MB }),
    'gzip-broken': () => i18n('The file looks gzip-compressed but cannot be decompressed (${detail}).', { detail }),
    empty: () => i18n('The export is empty.'),
    html: () =>
      i18n(
        'This is a web page (HTML), not an export. The link probably leads to a login or download page; use the direct link to the file.',
      ),
    'unknown-format': () => i18n('This is not a Disqus, WordPress or Isso generic JSON export.'),
    'format-mismatch': () =>
      i18n('This file does not look like the chosen format; choose "Detect automatically" or the right format.'),
    'json-invalid': () => i18n('This is not valid Isso generic JSON: ${detail}', { detail }),
    'importer-duplicate': () =>
      i18n('Some pages of this export already have a thread here (${detail}), and a WordPress or generic JSON import cannot add to one. Isso keeps a thread for every page where a comment was ever posted or only tried, so this need not mean the export was imported before.', {
        detail,
      }),
    'importer-xml': () => i18n('Isso could not read the XML: ${detail}', { detail }),
    'importer-json': () => i18n('Isso could not read the JSON: ${detail}', { detail }),
    'importer-field': () => i18n('The export lacks data Isso needs: ${detail}', { detail }),
    'importer-timeout': () =>
      i18n('The importer did not finish within ${minutes} minutes and was stopped.', {
        minutes: minutes(IMPORTER_TIMEOUT_MS),
      }),
    'importer-failed': () => i18n('The importer failed: ${detail}', { detail }),
    'nothing-imported': () => i18n('Isso found no comment it could import in this export.'),
    'not-isso-db': () => i18n('This is not an Isso database (${detail}).', { detail }),
    'isso-db-newer': () =>
      i18n('This database comes from a newer Isso (schema version ${detail}), which Isso 0.14.0 cannot open.', { detail }),
    'isso-db-corrupt': () => i18n('This database is damaged: ${detail}', { detail }),
    'replace-needed': () =>
      i18n(
        'This server already has ${comments} comments. Turn on "Replace the comments here" to replace them with the other database; they stay in the backup.',
        { comments: detail },
      ),
  }
  // True of every failure: the import ran on a copy, which replaces the database only on success.
  return `${what[e.problem]()} ${i18n('The database was not changed.')}`
}
