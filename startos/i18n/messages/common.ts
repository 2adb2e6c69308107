import { messages } from '../locales'

// Messages shared by several features.
export const common = messages({
  // isso.cfg problems, reported by every action that reads it
  '${file} does not exist yet. Start the service once so it is created, then run this action again.': {
    de_DE: '${file} existiert noch nicht. Starten Sie den Dienst einmal, damit sie angelegt wird, und führen Sie die Aktion dann erneut aus.',
    es_ES: '${file} aún no existe. Inicie el servicio una vez para que se cree y luego vuelva a ejecutar esta acción.',
    fr_FR: "${file} n'existe pas encore. Démarrez le service une fois pour qu'il soit créé, puis relancez cette action.",
    pl_PL: 'Plik ${file} jeszcze nie istnieje. Uruchom usługę raz, aby go utworzyć, a potem uruchom tę akcję ponownie.',
  },
  '${file} could not be read, so nothing was changed. Fix the file by hand or restore a backup, then try again. ${problem}': {
    de_DE: '${file} konnte nicht gelesen werden, daher wurde nichts geändert. Korrigieren Sie die Datei von Hand oder stellen Sie eine Sicherung wieder her und versuchen Sie es erneut. ${problem}',
    es_ES: 'No se pudo leer ${file}, así que no se cambió nada. Corrija el archivo a mano o restaure una copia de seguridad y vuelva a intentarlo. ${problem}',
    fr_FR: "${file} n'a pas pu être lu, rien n'a donc été modifié. Corrigez le fichier à la main ou restaurez une sauvegarde, puis réessayez. ${problem}",
    pl_PL: 'Nie udało się odczytać ${file}, więc nic nie zmieniono. Popraw plik ręcznie lub przywróć kopię zapasową i spróbuj ponownie. ${problem}',
  },
  '${file} is empty, so nothing was changed. If you are editing it, save it and run this action again; if it was emptied by mistake, restore a backup.': {
    de_DE: '${file} ist leer, daher wurde nichts geändert. Wenn Sie die Datei gerade bearbeiten, speichern Sie sie und führen Sie die Aktion erneut aus; wurde sie versehentlich geleert, stellen Sie eine Sicherung wieder her.',
    es_ES: '${file} está vacío, así que no se cambió nada. Si lo está editando, guárdelo y vuelva a ejecutar esta acción; si se vació por error, restaure una copia de seguridad.',
    fr_FR: "${file} est vide, rien n'a donc été modifié. Si vous êtes en train de le modifier, enregistrez-le et relancez cette action ; s'il a été vidé par erreur, restaurez une sauvegarde.",
    pl_PL: 'Plik ${file} jest pusty, więc nic nie zmieniono. Jeśli go edytujesz, zapisz go i uruchom tę akcję ponownie; jeśli został opróżniony przez pomyłkę, przywróć kopię zapasową.',
  },
  '${file} is being changed right now (edited or uploaded), so nothing was changed. Run this action again once the file is saved.': {
    de_DE: '${file} wird gerade geändert (bearbeitet oder hochgeladen), daher wurde nichts geändert. Führen Sie die Aktion erneut aus, sobald die Datei gespeichert ist.',
    es_ES: '${file} se está modificando en este momento (edición o subida), así que no se cambió nada. Vuelva a ejecutar esta acción cuando el archivo esté guardado.',
    fr_FR: "${file} est en cours de modification (édition ou envoi), rien n'a donc été modifié. Relancez cette action une fois le fichier enregistré.",
    pl_PL: 'Plik ${file} jest właśnie zmieniany (edytowany lub przesyłany), więc nic nie zmieniono. Uruchom tę akcję ponownie, gdy plik zostanie zapisany.',
  },
  '${file} was changed by someone else while this action was saving, so nothing was changed. Run this action again.': {
    de_DE: '${file} wurde von jemand anderem geändert, während diese Aktion speicherte, daher wurde nichts geändert. Führen Sie die Aktion erneut aus.',
    es_ES: 'Otra persona o programa cambió ${file} mientras esta acción guardaba, así que no se cambió nada. Vuelva a ejecutar esta acción.',
    fr_FR: "${file} a été modifié par quelqu'un d'autre pendant que cette action enregistrait, rien n'a donc été modifié. Relancez cette action.",
    pl_PL: 'Ktoś inny zmienił ${file} w trakcie zapisywania przez tę akcję, więc nic nie zmieniono. Uruchom tę akcję ponownie.',
  },
  'Connect Your Website': {
    de_DE: 'Anbindung Ihrer Website',
    es_ES: 'Conectar su sitio web',
    fr_FR: 'Connecter votre site web',
    pl_PL: 'Integracja z witryną',
  },
  'Manage Comments': {
    de_DE: 'Kommentare verwalten',
    es_ES: 'Gestionar comentarios',
    fr_FR: 'Gérer les commentaires',
    pl_PL: 'Komentarze',
  },
  'Server Settings': {
    de_DE: 'Servereinstellungen',
    es_ES: 'Opciones del servidor',
    fr_FR: 'Réglages du serveur',
    pl_PL: 'Ustawienia serwera',
  },
  'Several Blogs': {
    de_DE: 'Mehrere Blogs',
    es_ES: 'Varios blogs',
    fr_FR: 'Plusieurs blogs',
    pl_PL: 'Wiele blogów',
  },
})
