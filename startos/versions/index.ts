import { VersionGraph } from '@start9labs/start-sdk'
import type { Volume } from '../sites'
import { v0_14_0_5 } from './v0.14.0.5'
import { v0_14_0_6 } from './v0.14.0.6'
import { v0_14_0_7 } from './v0.14.0.7'

// The current version and the ones before it, migrating the files on `volume`. 0.14.0:5's
// `up` migration starts from any older data version (the SDK adds an edge from the range
// `<0.14.0:5`), which covers every release of the community `isso` package; 0.14.0:6 and
// 0.14.0:7 follow it.
export const versionGraphOn = (volume: Volume) =>
  VersionGraph.of({ current: v0_14_0_7(volume), other: [v0_14_0_6, v0_14_0_5(volume)] })
