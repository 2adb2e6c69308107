/**
 * A parsed isso.cfg that keeps every line it was given. Reading answers what
 * configparser would; editing rewrites only the lines of the key it is asked about.
 */
import { ConfigValueError } from './errors'
import { joinLines, splitFileLines, type Line } from './lines'
import { DEFAULT_SECTION, toConfigReading, type ConfigReading, type Reading } from './model'
import { pyLower } from './pythonText'
import { readLines } from './reader'
import { ownEntry, planAddSection, planDelete, planSet, planSetList } from './editing'
import { keyNameProblem, listItemProblem, sectionNameProblem, valueProblem } from './validation'
import { verifyEdit, type Change } from './verify'

/** Read isso.cfg text as Isso does; throws ConfigSyntaxError where Isso would not start. */
export function parseConfig(text: string): ConfigDocument {
  const lines = splitFileLines(text)
  return new ConfigDocument(lines, readLines(lines))
}

export class ConfigDocument {
  #lines: readonly Line[]
  #reading: Reading

  /** @internal use parseConfig() */
  constructor(lines: readonly Line[], reading: Reading) {
    this.#lines = lines
    this.#reading = reading
  }

  /** The file text; unedited, the input byte for byte. */
  toString(): string {
    return joinLines(this.#lines)
  }

  clone(): ConfigDocument {
    // lines and readings are never mutated once built, so sharing them is safe
    return new ConfigDocument(this.#lines, this.#reading)
  }

  /** Like configparser's sections(): file order, without DEFAULT. */
  sections(): string[] {
    return [...this.#reading.sections.keys()]
  }

  /** Like configparser's has_section(): false for DEFAULT. */
  hasSection(name: string): boolean {
    return this.#reading.sections.has(name)
  }

  /** The section's own keys, lower-cased, in file order (no DEFAULT fallback). */
  keys(section: string): string[] {
    const own = section === DEFAULT_SECTION ? this.#reading.defaults : this.#reading.sections.get(section)
    return own ? [...own.keys()] : []
  }

  /**
   * configparser's get(): the section's key, else DEFAULT's. null is a key without
   * value; undefined means absent (also when the section is). Keys are
   * case-insensitive, sections are not. No `$VAR` expansion (Isso does that on read).
   */
  get(section: string, key: string): string | null | undefined {
    if (section !== DEFAULT_SECTION && !this.#reading.sections.has(section)) return undefined
    const k = pyLower(key)
    return (ownEntry(this.#reading, section, k) ?? this.#reading.defaults.get(k))?.value
  }

  /** 1-based line of the section's own `key = value` line (no DEFAULT fallback), for
   * messages that point a person at the line to fix; undefined when absent. */
  keyLine(section: string, key: string): number | undefined {
    const entry = ownEntry(this.#reading, section, pyLower(key))
    return entry === undefined ? undefined : entry.line + 1
  }

  /** Isso's getiter(): the value split on newlines, stripped, empty items dropped.
   * An absent key or a key without value gives [] (Isso itself would raise). */
  getList(section: string, key: string): string[] {
    const value = this.get(section, key)
    // lines are already stripped by configparser, so no strip is needed here
    return value ? value.split('\n').filter((item) => item !== '') : []
  }

  /** Everything the file says, in order: what the python3 oracle returns too. */
  reading(): ConfigReading {
    return toConfigReading(this.#reading)
  }

  /** Set one single-line value (null writes a key without value). Creates the section
   * if missing. Throws ConfigValueError and changes nothing if isso.cfg cannot hold it. */
  set(section: string, key: string, value: string | null): void {
    this.#checkTarget(section, key)
    this.#refuse(section, key, valueProblem(value))
    const k = pyLower(key)
    this.#commit({ section, key: k, value }, planSet(this.#lines, this.#reading, section, k, key, value))
  }

  /** Write a newline list (Isso's getiter): `key =` then one indented item per line. */
  setList(section: string, key: string, items: string[]): void {
    this.#checkTarget(section, key)
    for (const item of items) this.#refuse(section, key, listItemProblem(item))
    const k = pyLower(key)
    const value = items.length === 0 ? '' : '\n' + items.join('\n')
    this.#commit({ section, key: k, value }, planSetList(this.#lines, this.#reading, section, k, key, items))
  }

  /** Remove the section's own key with its continuation lines; false if it had none. */
  delete(section: string, key: string): boolean {
    const k = pyLower(key)
    const entry = ownEntry(this.#reading, section, k)
    if (!entry) return false
    this.#commit({ section, key: k }, planDelete(this.#lines, entry))
    return true
  }

  /** Append `[name]` at the end of the file; does nothing if the section exists. */
  addSection(name: string): void {
    if (this.#sectionExists(name)) return
    this.#refuse(name, '', sectionNameProblem(name))
    this.#commit({ section: name }, planAddSection(this.#lines, name))
  }

  #sectionExists(name: string): boolean {
    return this.#reading.blocks.some((b) => b.name === name)
  }

  #checkTarget(section: string, key: string): void {
    if (!this.#sectionExists(section)) this.#refuse(section, '', sectionNameProblem(section))
    this.#refuse(section, key, keyNameProblem(key))
  }

  #refuse(section: string, key: string, problem: string | null): void {
    if (problem !== null) throw new ConfigValueError(section, key, problem)
  }

  #commit(change: Change, lines: Line[]): void {
    this.#reading = verifyEdit(this.#reading, lines, change)
    this.#lines = lines
  }
}
