/**
 * A JSON object (neither null nor an array): what parsed JSON the package did not write
 * itself (a reader's output, a hand-edited store.json, a form value) must be before its
 * keys are read.
 */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
