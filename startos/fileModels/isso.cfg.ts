import { FileHelper } from '@start9labs/start-sdk'
import { ConfigDocument, parseConfig } from '../isso/configparser'
import { sdk } from '../sdk'

// isso.cfg as a parsed, lossless document. Read with `.read().once()` (null when the
// file is missing; a malformed file rejects with the ConfigSyntaxError and its line).
// Write through `editIssoCfg` (./index.ts), not `.write()`: FileHelper truncates in place.
// For `.const()`/`.watch()` pass a map to text or plain values: the SDK's deepEqual
// compares class instances by reference, so an unmapped document "changes" on every
// fs event, even one that left the text as it was.
export const issoCfg = FileHelper.raw<ConfigDocument>(
  { base: sdk.volumes.main, subpath: 'config/isso.cfg' },
  doc => doc.toString(),
  parseConfig,
  data => {
    if (data instanceof ConfigDocument) return data
    throw new TypeError('isso.cfg: expected a parsed ConfigDocument')
  },
)
