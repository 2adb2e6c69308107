import { parseConfig, type ConfigDocument } from '../configparser'
import { DB_PATH } from './keys'
import { setText } from './setters'
import { HOST_PLACEHOLDER } from './hostPlaceholder'

// Only what differs from Isso's defaults or what users look for: moderation and guard
// are spelled out so a hand editor sees the knobs. [markup] is left to Isso's own
// defaults file (renderer = mistune), which Isso always loads first.
const TEMPLATE = `# Isso configuration, managed by StartOS.
# The StartOS actions edit the keys they own in place; hand edits to anything else
# (other keys, sections, comments) survive. Isso always runs with StartOS's
# [general] dbpath, [admin] enabled and a hidden localhost entry in [general] host.

[general]
dbpath = ${DB_PATH}
host = ${HOST_PLACEHOLDER}
max-age = 15m
notify = stdout

[admin]
enabled = true

[moderation]
enabled = false
approve-if-email-previously-approved = false
purge-after = 30d

[guard]
enabled = true
ratelimit = 2
direct-reply = 3
reply-to-self = false
require-author = false
require-email = false

[hash]
`

// isso.cfg for a fresh install. `salt` must be random: upstream's default is public.
// No admin password: set-admin-password's critical task writes one.
export function seedConfig(salt: string): ConfigDocument {
  const doc = parseConfig(TEMPLATE)
  setText(doc, 'hash', 'salt', salt)
  return doc
}
