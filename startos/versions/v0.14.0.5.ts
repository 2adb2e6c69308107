import { IMPOSSIBLE, VersionInfo } from '@start9labs/start-sdk'

export const v0_14_0_5 = VersionInfo.of({
  version: '0.14.0:5',
  releaseNotes: {
    en_US: 'First release of this package.',
    de_DE: 'Erste Veröffentlichung dieses Pakets.',
    es_ES: 'Primera versión de este paquete.',
    fr_FR: 'Première version de ce paquet.',
    pl_PL: 'Pierwsze wydanie tego pakietu.',
  },
  migrations: {
    up: async () => {},
    down: IMPOSSIBLE,
  },
})
