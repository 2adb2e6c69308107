import { sdk } from './sdk'

export const main = sdk.setupMain(async ({ effects }) => {
  const isso = sdk.SubContainer.of(
    effects,
    { imageId: 'isso' },
    sdk.Mounts.of()
      .mountVolume({ volumeId: 'main', subpath: 'db', mountpoint: '/db', readonly: false })
      .mountVolume({ volumeId: 'main', subpath: 'config', mountpoint: '/config', readonly: true }),
    'isso',
  )
  return sdk.Daemons.of(effects).addDaemon('primary', {
    subcontainer: isso,
    exec: { command: sdk.useEntrypoint() },
    ready: {
      display: 'Isso Server',
      fn: () => sdk.healthCheck.checkWebUrl(effects, 'http://localhost:8080/info', {}),
    },
    requires: [],
  })
})
