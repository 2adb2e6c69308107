import { VersionInfo } from '@start9labs/start-sdk'
import { convertStore } from '../sites'
import { storeFromV6, storeToV6 } from './storeRecords'

// store.json becomes one record per site (sites/store.ts); isso.cfg and the databases
// are not touched. Down converts back, so 0.14.0:6 reads the same choices.
export const v0_14_0_7 = VersionInfo.of({
  version: '0.14.0:7',
  releaseNotes: {
    en_US: `- Each blog's e-mail and StartOS notification choices are now kept together in one record (start9/store.json). They carry over unchanged; your isso.cfg files are not touched.`,
    de_DE: `- Die E-Mail- und StartOS-Benachrichtigungseinstellungen jedes Blogs werden jetzt gemeinsam in einem Eintrag gespeichert (start9/store.json). Sie werden unverändert übernommen; Ihre isso.cfg-Dateien bleiben unberührt.`,
    es_ES: `- Las opciones de correo y de notificaciones de StartOS de cada blog se guardan ahora juntas en un solo registro (start9/store.json). Se conservan tal cual; sus archivos isso.cfg no se tocan.`,
    fr_FR: `- Les choix d'e-mail et de notifications StartOS de chaque blog sont désormais gardés ensemble dans un seul enregistrement (start9/store.json). Ils sont repris tels quels ; vos fichiers isso.cfg ne sont pas modifiés.`,
    pl_PL: `- Ustawienia e-mail i powiadomień StartOS każdego bloga są teraz przechowywane razem w jednym wpisie (start9/store.json). Zostają przeniesione bez zmian; Twoje pliki isso.cfg pozostają nietknięte.`,
  },
  migrations: {
    up: async () => {
      console.info(`store.json to one record per site: ${await convertStore(storeFromV6)}`)
    },
    down: async () => {
      console.info(`store.json back to 0.14.0:6's shape: ${await convertStore((stored) => storeToV6(storeFromV6(stored)))}`)
    },
  },
})
