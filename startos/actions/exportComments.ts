import { readFile } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { i18n } from '../i18n'
import { GROUPS } from './groups'
import { withTempRunner, type WithRunner } from '../container/runner'
import { sdk } from '../sdk'
import { watchExtraSiteNames, type Volume } from '../sites'
import { Failure } from '../isso/failure'
import type { ExportFailure, ExportProblem } from '../isso/export/failure'
import { SHOW_MAX_BYTES } from '../isso/export/limits'
import { runExport, type ExportReport } from '../isso/export/run'
import { CONTAINER_PATHS } from '../isso/import/command'
import { chosenSite, perSiteForm } from './sites/siteForm'
import { siteNote, withSiteNote } from './sites/siteNote'

// No fields: with one site the form is empty, with several it is the site choice. Each
// site's exports go in its own database folder (db/exports, db/<name>/exports), so the
// newest five are kept per site, and Remove Site keeps or deletes them with its comments.
const form = (volume: Volume) => perSiteForm(volume, () => sdk.InputSpec.of({}))

/** `withRunner`: the package's temporary container of Isso's image, or a test's local runner. */
export const exportCommentsAction = (volume: Volume, withRunner: WithRunner = withTempRunner) => {
  const { inputSpec, prefill } = form(volume)
  return sdk.Action.withInput(
    'export-comments',
    async ({ effects }) => ({
      name: i18n('Export comments'),
      description: [
        i18n(
          'Writes every thread and comment to a Disqus XML file in the db/exports folder (the newest five are kept, and backups include them). This package imports it back with replies; other comment systems read Disqus XML too.',
        ),
        // Re-exported when a site is added or removed.
        ...((await watchExtraSiteNames(volume, effects)).length
          ? [i18n("An added blog's exports go to its own folder, db/<name>/exports.")]
          : []),
      ].join(' '),
      warning: null,
      // The exporter only reads, in one short read-only transaction: Isso goes on serving.
      allowedStatuses: 'any',
      group: GROUPS.comments,
      visibility: 'enabled',
    }),
    inputSpec,
    prefill,
    async ({ effects, input }) => {
      const { site } = await chosenSite(volume, input)
      const dbDir = site.dbDir
      // The site's database and folder as the container sees them (/db or /db/<name>).
      const dbFile = site.layout.dbPath
      const paths = { python: CONTAINER_PATHS.python, dbDir: posix.dirname(dbFile) }
      try {
        const report = await withRunner(effects, 'export', (container) =>
          runExport({ dbDir, dbFile, paths, container }),
        )
        const shown = report.bytes <= SHOW_MAX_BYTES
        return {
          version: '1' as const,
          title: i18n('Comments exported'),
          message: withSiteNote(await siteNote(volume, site), describeExport(report, shown, `${site.layout.dbSubdir}/${report.file}`)),
          result: shown
            ? {
                type: 'single' as const,
                value: await readFile(join(dbDir, report.file), 'utf8'),
                copyable: true,
                masked: false,
                qr: false,
              }
            : null,
        }
      } catch (e) {
        // Only the exporter's own code throws a Failure here, with one of its problems.
        if (e instanceof Failure) throw new Error(failureMessage(e as ExportFailure))
        throw e
      }
    },
  )
}

const kB = (bytes: number) => Math.max(1, Math.round(bytes / 1000))

/** `path`: the file on the volume, `db/exports/…` or `db/<name>/exports/…`. */
function describeExport(r: ExportReport, shown: boolean, path: string): string {
  const lines = [
    i18n(
      'Exported ${threads} threads and ${comments} comments (${replies} replies, ${pending} pending, ${deleted} deleted) to ${path} (${kb} kB).',
      {
        threads: r.threads,
        comments: r.comments,
        replies: r.replies,
        pending: r.pending,
        deleted: r.deleted,
        path,
        kb: kB(r.bytes),
      },
    ),
    shown
      ? i18n('The file is below for copying.')
      : i18n('It is larger than ${kb} kB, so it is not shown here: it stays on the volume and in backups.', {
          kb: kB(SHOW_MAX_BYTES),
        }),
    i18n(
      'Importing it back (Import comments, Disqus) restores threads, comments, replies, names, e-mails and times to the second. Disqus XML has no place for websites, edit times, votes, reply notifications or pending comments: those come back empty, and pending comments come back deleted (kept only as empty placeholders when they have replies). The file keeps them in its isso: elements.',
    ),
  ]
  if (r.movedPaths.length) {
    lines.push(
      i18n('Importers keep only the path of a page address, so ${count} threads would move: ${examples}.', {
        count: r.movedPaths.length,
        examples: r.movedPaths
          .slice(0, 3)
          .map(([from, to]) => `${from} → ${to}`)
          .join(', '),
      }),
    )
  }
  if (r.emptyThreads.length) {
    lines.push(i18n('${count} threads have no comments; importers skip them.', { count: r.emptyThreads.length }))
  }
  if (r.cleaned) {
    lines.push(
      i18n('${count} comments held control characters XML cannot carry; the file leaves them out.', {
        count: r.cleaned,
      }),
    )
  }
  if (r.pruned.length) lines.push(i18n('Older exports removed: ${names}.', { names: r.pruned.join(', ') }))
  return lines.join(' ')
}

/** One plain sentence per problem; none of them changed the database (it is opened read-only). */
export function failureMessage(e: ExportFailure): string {
  const detail = e.detail
  const what: Record<ExportProblem, () => string> = {
    'no-database': () => i18n('There is no database yet: Isso creates it when it starts for the first time.'),
    'not-isso-db': () => i18n('The database is not an Isso database (${detail}).', { detail }),
    'read-failed': () => i18n('The database could not be read: ${detail}', { detail }),
    timeout: () => i18n('The export did not finish in time and was stopped.'),
    failed: () => i18n('The export failed: ${detail}', { detail }),
  }
  return `${what[e.problem]()} ${i18n('The database was not changed.')}`
}
