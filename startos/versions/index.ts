import { VersionGraph } from '@start9labs/start-sdk'
import { v0_14_0_5 } from './v0.14.0.5'

// Only the current version is listed: its `up` migration starts from any older data
// version (the SDK adds an edge from the range `<0.14.0:5`), which covers every release
// of the community `isso` package.
export const versionGraph = VersionGraph.of({ current: v0_14_0_5, other: [] })
