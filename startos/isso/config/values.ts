// Isso 0.14.0's own value rules (isso/config.py, CPython configparser), one function each.
// Each parser returns null for a value Isso would reject; callers attach the key name.

export function parseBoolean(text: string): boolean | null {
  throw new Error('todo')
}

export function formatBoolean(value: boolean): 'true' | 'false' {
  return value ? 'true' : 'false'
}

// IssoParser.getint: Isso's timedelta() first, then Python int(). Used for every
// integer key, so `ratelimit = 1m` really means 60.
export function parseDuration(text: string): number | null {
  throw new Error('todo')
}

export const parseIssoInt = parseDuration

// Python int() on a str.
export function parsePythonInt(text: string): number | null {
  throw new Error('todo')
}

export function formatDuration(seconds: number): string {
  throw new Error('todo')
}

export function formatInteger(value: number): string {
  return String(value)
}

export function findEnvExpansion(value: string): string | null {
  throw new Error('todo')
}

// IssoParser.getiter: newline-separated, stripped, empty lines dropped.
export function splitLines(value: string): string[] {
  throw new Error('todo')
}

// IssoParser.getlist: comma-separated, stripped (empty items kept, as Isso does).
export function splitCommas(value: string): string[] {
  throw new Error('todo')
}
