import type { ConfigDocument } from '../configparser'

export function setBoolean(doc: ConfigDocument, section: string, key: string, value: boolean): void {
  throw new Error('todo')
}

export function setDuration(doc: ConfigDocument, section: string, key: string, seconds: number): void {
  throw new Error('todo')
}

export function setInteger(doc: ConfigDocument, section: string, key: string, value: number): void {
  throw new Error('todo')
}

// Refuses `$NAME` / `${...}`: Isso 0.14.0 would expand it from its environment.
export function setText(doc: ConfigDocument, section: string, key: string, value: string): void {
  throw new Error('todo')
}

export const setters = { setBoolean, setDuration, setInteger, setText }
