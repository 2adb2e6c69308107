import { VersionInfo } from '@start9labs/start-sdk'
import { convertStore, type Volume } from '../sites'
import { storeFromV6, storeToV6 } from './storeRecords'

// store.json becomes one record per site (sites/store.ts); isso.cfg and the databases
// are not touched. Down converts back, so 0.14.0:6 reads the same choices.
export const v0_14_0_7 = (volume: Volume) => VersionInfo.of({
  version: '0.14.0:7',
  releaseNotes: {
    en_US: `- Set Admin Password now ends every admin session and every e-mailed approve or delete link made with the old password.
- New: "Review Waiting Comments" approves or deletes the comments waiting for approval without leaving StartOS.
- Imports leave out the comments Disqus marked as spam and the WordPress comments in spam or trash.
- Isso no longer hangs for about 30 seconds at its first requests after some starts.
- The actions come in groups, the first steps first, and a task asks for your blog's address until one is allowed.
- With several blogs, a settings file Isso cannot start with stops only its own blog: the others keep serving comments, and "Isso Server" names the file, the line and the action that fixes it.
- Each blog's e-mail and StartOS notification choices are now kept together in one record (start9/store.json). They carry over unchanged; your isso.cfg files are not touched.`,
    de_DE: `- „Admin-Passwort festlegen“ beendet jetzt jede Admin-Sitzung und jeden per E-Mail verschickten Link zum Freigeben oder Löschen, der mit dem alten Passwort erstellt wurde.
- Neu: „Wartende Kommentare prüfen“ gibt auf Freigabe wartende Kommentare frei oder löscht sie, ohne StartOS zu verlassen.
- Importe lassen Kommentare aus, die Disqus als Spam markiert hat, und WordPress-Kommentare im Spam oder Papierkorb.
- Isso hängt nach manchen Starts nicht mehr etwa 30 Sekunden bei den ersten Anfragen.
- Die Aktionen sind in Gruppen geordnet, die ersten Schritte zuerst, und eine Aufgabe fragt nach der Adresse Ihres Blogs, bis eine erlaubt ist.
- Mit mehreren Blogs hält eine Einstellungsdatei, mit der Isso nicht starten kann, nur ihren eigenen Blog an: Die anderen zeigen weiter Kommentare, und „Isso-Server“ nennt die Datei, die Zeile und die Aktion, die sie korrigiert.
- Die E-Mail- und StartOS-Benachrichtigungseinstellungen jedes Blogs werden jetzt gemeinsam in einem Eintrag gespeichert (start9/store.json). Sie werden unverändert übernommen; Ihre isso.cfg-Dateien bleiben unberührt.`,
    es_ES: `- «Establecer la contraseña de administrador» cierra ahora toda sesión de administración y anula todo enlace de aprobar o borrar enviado por correo con la contraseña anterior.
- Nuevo: «Revisar comentarios en espera» aprueba o borra los comentarios pendientes de aprobación sin salir de StartOS.
- Las importaciones omiten los comentarios que Disqus marcó como spam y los de WordPress en spam o en la papelera.
- Isso ya no se queda colgado unos 30 segundos en sus primeras peticiones tras algunos inicios.
- Las acciones van en grupos, los primeros pasos primero, y una tarea pide la dirección de su blog hasta que haya una permitida.
- Con varios blogs, un archivo de ajustes con el que Isso no puede iniciarse detiene solo su propio blog: los demás siguen mostrando comentarios, y «Servidor Isso» indica el archivo, la línea y la acción que lo corrige.
- Las opciones de correo y de notificaciones de StartOS de cada blog se guardan ahora juntas en un solo registro (start9/store.json). Se conservan tal cual; sus archivos isso.cfg no se tocan.`,
    fr_FR: `- « Définir le mot de passe administrateur » met maintenant fin à toute session d'administration et à tout lien d'approbation ou de suppression envoyé par e-mail avec l'ancien mot de passe.
- Nouveau : « Examiner les commentaires en attente » approuve ou supprime les commentaires en attente de validation sans quitter StartOS.
- Les imports laissent de côté les commentaires que Disqus a marqués comme spam et ceux de WordPress en spam ou à la corbeille.
- Isso ne reste plus bloqué une trentaine de secondes à ses premières requêtes après certains démarrages.
- Les actions sont rangées par groupes, les premières étapes d'abord, et une tâche demande l'adresse de votre blog tant qu'aucune n'est autorisée.
- Avec plusieurs blogs, un fichier de réglages avec lequel Isso ne peut pas démarrer n'arrête que son propre blog : les autres continuent d'afficher leurs commentaires, et « Serveur Isso » nomme le fichier, la ligne et l'action qui le corrige.
- Les choix d'e-mail et de notifications StartOS de chaque blog sont désormais gardés ensemble dans un seul enregistrement (start9/store.json). Ils sont repris tels quels ; vos fichiers isso.cfg ne sont pas modifiés.`,
    pl_PL: `- „Ustaw hasło administratora” kończy teraz każdą sesję administratora i unieważnia każdy wysłany e-mailem link do zatwierdzenia lub usunięcia utworzony ze starym hasłem.
- Nowość: „Przejrzyj oczekujące komentarze” zatwierdza lub usuwa komentarze czekające na zatwierdzenie bez opuszczania StartOS.
- Import pomija komentarze oznaczone przez Disqus jako spam oraz komentarze WordPressa w spamie lub koszu.
- Isso nie zawiesza się już na około 30 sekund przy pierwszych żądaniach po niektórych uruchomieniach.
- Akcje są ułożone w grupy, pierwsze kroki na początku, a zadanie prosi o adres Twojego bloga, dopóki żaden nie jest dozwolony.
- Przy kilku blogach plik ustawień, z którym Isso nie może wystartować, zatrzymuje tylko swój blog: pozostałe dalej pokazują komentarze, a „Serwer Isso” podaje plik, wiersz i akcję, która go naprawi.
- Ustawienia e-mail i powiadomień StartOS każdego bloga są teraz przechowywane razem w jednym wpisie (start9/store.json). Zostają przeniesione bez zmian; Twoje pliki isso.cfg pozostają nietknięte.`,
  },
  migrations: {
    up: async () => {
      console.info(`store.json to one record per site: ${await convertStore(volume, storeFromV6)}`)
    },
    down: async () => {
      console.info(`store.json back to 0.14.0:6's shape: ${await convertStore(volume, (stored) => storeToV6(storeFromV6(stored)))}`)
    },
  },
})
