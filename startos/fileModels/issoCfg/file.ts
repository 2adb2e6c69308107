import { FileHelper } from '@start9labs/start-sdk'
import { basename } from 'node:path'
import { applyEnforcedKeys, DB_PATH } from '../../isso/config'
import { ConfigDocument, ConfigSyntaxError, parseConfig } from '../../isso/configparser'
import { createAtomic } from '../atomicWrite'
import { IssoCfgBusyError, IssoCfgEmptyError, IssoCfgMissingError } from './errors'
import { replaceIfUnchanged } from './replace'
import { DEFAULT_QUIET, observeSettled, type Quiet } from './settled'

export type EditOutcome = 'changed' | 'unchanged' | 'missing' | 'malformed' | 'busy'

const isBlank = (text: string) => text.trim() === ''

/**
 * One Isso config file in the owner's hands (config/isso.cfg, and one per extra site):
 * every way the package reads or writes it. The owner may edit it over SSH at any time,
 * so the package writes it only when an action (or a migration, or the server-SMTP
 * follower) changes something, never to enforce keys: what Isso runs with is a copy
 * derived at each start (isso/config/issoSettings.ts). Every write
 * - waits until nobody has written the file for a moment (./settled.ts),
 * - refuses a missing, empty or malformed file (nothing is "repaired" by overwriting),
 * - edits a parsed clone and keeps every byte it does not change (the codec),
 * - replaces the file atomically and only if it is still what was read (./replace.ts),
 * - and is skipped when the text would not change.
 */
export class IssoCfgFile {
  /** Parsed (lossless document). `.read().once()`: null when missing; a malformed file rejects with its line. */
  readonly parsed: FileHelper<ConfigDocument>
  /**
   * Plain text, for `.const()` readers that must survive a malformed file (main, the
   * password task): a `.const()` whose first read throws registers no watch, so a later
   * fix by hand would go unnoticed. FileHelper reads an empty file as null too.
   */
  readonly text: FileHelper<string>
  /** How the owner finds it: config/isso.cfg, config/blog.cfg. */
  readonly label: string

  constructor(
    readonly path: string,
    readonly quiet: Quiet = DEFAULT_QUIET,
    /** The site's database as Isso sees it, written as the enforced `dbpath`. */
    readonly dbPath: string = DB_PATH,
  ) {
    this.parsed = FileHelper.raw<ConfigDocument>(
      path,
      (doc) => doc.toString(),
      parseConfig,
      (data) => {
        if (data instanceof ConfigDocument) return data
        throw new TypeError('isso.cfg: expected a parsed ConfigDocument')
      },
    )
    this.text = FileHelper.string(path)
    this.label = `config/${basename(path)}`
  }

  /**
   * The file's text once nobody has written it for a moment (null when missing or
   * empty). For decisions taken on its content: a half-written file is not judged.
   * If it keeps changing for the whole bounded wait, the latest text is returned.
   */
  async settledText(): Promise<string | null> {
    const seen = await observeSettled(this.path, this.quiet)
    const o = 'busy' in seen ? seen.busy : seen.settled
    return o === null || isBlank(o.text) ? null : o.text
  }

  /**
   * Fresh install: writes `doc` with the enforced keys unless the file exists (even
   * empty). Returns whether it wrote.
   */
  create(doc: ConfigDocument): Promise<boolean> {
    return serialized(() => {
      const seeded = doc.clone()
      applyEnforcedKeys(seeded, this.dbPath)
      return createAtomic(this.path, seeded.toString())
    })
  }

  /**
   * Read, edit a clone, write back (see the class comment). The enforced keys are
   * written too, so the file shows what Isso runs with. Throws IssoCfgMissingError,
   * IssoCfgEmptyError, IssoCfgBusyError, the codec's ConfigSyntaxError, or whatever
   * `edit` throws; in every such case nothing is written.
   */
  edit(edit: (doc: ConfigDocument) => void): Promise<{ changed: boolean; doc: ConfigDocument }> {
    return serialized(async () => {
      const seen = await observeSettled(this.path, this.quiet)
      if ('busy' in seen) throw new IssoCfgBusyError(this.path, 'still-being-written')
      const current = seen.settled
      if (current === null) throw new IssoCfgMissingError(this.path)
      if (isBlank(current.text)) throw new IssoCfgEmptyError(this.path)
      const doc = parseConfig(current.text).clone()
      edit(doc)
      applyEnforcedKeys(doc, this.dbPath)
      const next = doc.toString()
      if (next === current.text) return { changed: false, doc }
      await replaceIfUnchanged(this.path, current, next)
      return { changed: true, doc }
    })
  }

  /**
   * `edit` for steps that must not fail because of the file (a migration, a watcher):
   * a missing, empty, malformed or busy file is reported, not thrown, and left as it is.
   */
  async editIfPresent(edit: (doc: ConfigDocument) => void): Promise<EditOutcome> {
    try {
      return (await this.edit(edit)).changed ? 'changed' : 'unchanged'
    } catch (error) {
      if (error instanceof IssoCfgMissingError) return 'missing'
      if (error instanceof ConfigSyntaxError || error instanceof IssoCfgEmptyError) {
        console.error(`${this.path} left untouched: ${error.message}`)
        return 'malformed'
      }
      if (error instanceof IssoCfgBusyError) {
        console.error(`${this.path} left untouched: ${error.message}`)
        return 'busy'
      }
      throw error
    }
  }
}

// Actions, init steps and watchers run in one process: queue the read-modify-write
// cycles so two package edits cannot interleave and lose one another's change.
let queue: Promise<unknown> = Promise.resolve()
export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task)
  queue = run.catch(() => undefined)
  return run
}
