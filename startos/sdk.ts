import { StartSdk } from '@start9labs/start-sdk'
import { manifest } from './manifest'

// The one SDK instance, typed by our manifest (volume and image ids are checked).
export const sdk = StartSdk.of().withManifest(manifest).build(true)
