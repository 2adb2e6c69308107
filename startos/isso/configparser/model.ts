/**
 * What the reader learns about a file: where each section and key lives (line indexes
 * into the document's line array) and the value configparser would give each key.
 */

/** A key and the lines it owns: its own line up to its last continuation line. */
export interface Entry {
  /** lower-cased, as configparser stores it */
  readonly key: string
  /** 0-based index of the `key = value` line */
  readonly line: number
  /** exclusive end: one past the last continuation line (comments and blank lines in
   * between belong to the key; trailing ones do not) */
  end: number
  /** index of the first continuation line that carries value text, or -1 */
  firstContinuation: number
  /** the value as configparser joins it; null = key without value */
  value: string | null
  /** blank lines seen since the last value line (see reader.ts) */
  blanks: number
}

/** One `[name]` header and the lines up to the next header. Only DEFAULT may repeat. */
export interface Block {
  readonly name: string
  readonly header: number
  end: number
  readonly entries: Entry[]
}

export interface Reading {
  readonly blocks: Block[]
  /** own keys of each section except DEFAULT, in file order */
  readonly sections: Map<string, Map<string, Entry>>
  readonly defaults: Map<string, Entry>
}

export const DEFAULT_SECTION = 'DEFAULT'

/** Everything a reader of the file sees, in order; comparable with deepStrictEqual. */
export interface ConfigReading {
  sections: Array<[string, Array<[string, string | null]>]>
  defaults: Array<[string, string | null]>
}

function pairs(entries: Map<string, Entry>): Array<[string, string | null]> {
  return [...entries.values()].map((e) => [e.key, e.value])
}

export function toConfigReading(reading: Reading): ConfigReading {
  return {
    sections: [...reading.sections].map(([name, entries]) => [name, pairs(entries)]),
    defaults: pairs(reading.defaults),
  }
}
