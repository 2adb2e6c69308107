import type { ConfigDocument } from '../configparser'
import { setText } from '../config'

// 24 characters from 62 symbols: 24 × log2(62) ≈ 143 bits. Letters and digits only, so
// Isso's `$NAME` expansion and configparser's stripping can never alter it.
export const ADMIN_PASSWORD_CHARSET = 'a-z,A-Z,0-9'
export const ADMIN_PASSWORD_LENGTH = 24
// 22 × log2(62) ≈ 131 bits: the shortest password we still accept as strong.
const STRONG = /^[A-Za-z0-9]{22,}$/

export function applyAdminPassword(doc: ConfigDocument, password: string): void {
  // The message never quotes the password.
  if (!STRONG.test(password)) throw new Error('refusing to write a weak admin password')
  setText(doc, 'admin', 'password', password)
}
