import { messages } from '../locales'

// Messages shared by several features.
export const common = messages({
  Configure: { de_DE: 'Konfigurieren', es_ES: 'Configurar', fr_FR: 'Configurer', pl_PL: 'Konfiguracja' },
  // isso.cfg problems, reported by every action that reads it
  'isso.cfg does not exist yet. Start the service once so it is created, then run this action again.': {
    de_DE: 'isso.cfg existiert noch nicht. Starten Sie den Dienst einmal, damit sie angelegt wird, und führen Sie die Aktion dann erneut aus.',
    es_ES: 'isso.cfg aún no existe. Inicie el servicio una vez para que se cree y luego vuelva a ejecutar esta acción.',
    fr_FR: "isso.cfg n'existe pas encore. Démarrez le service une fois pour qu'il soit créé, puis relancez cette action.",
    pl_PL: 'Plik isso.cfg jeszcze nie istnieje. Uruchom usługę raz, aby go utworzyć, a potem uruchom tę akcję ponownie.',
  },
  'isso.cfg could not be read, so nothing was changed. Fix the file by hand or restore a backup, then try again. ${problem}': {
    de_DE: 'isso.cfg konnte nicht gelesen werden, daher wurde nichts geändert. Korrigieren Sie die Datei von Hand oder stellen Sie eine Sicherung wieder her und versuchen Sie es erneut. ${problem}',
    es_ES: 'No se pudo leer isso.cfg, así que no se cambió nada. Corrija el archivo a mano o restaure una copia de seguridad y vuelva a intentarlo. ${problem}',
    fr_FR: "isso.cfg n'a pas pu être lu, rien n'a donc été modifié. Corrigez le fichier à la main ou restaurez une sauvegarde, puis réessayez. ${problem}",
    pl_PL: 'Nie udało się odczytać isso.cfg, więc nic nie zmieniono. Popraw plik ręcznie lub przywróć kopię zapasową i spróbuj ponownie. ${problem}',
  },
})
