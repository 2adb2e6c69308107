import { messages } from '../locales'

// Health check, refusal to start, interfaces, the admin-password task and init logs.
export const runtime = messages({
  // health check
  'Isso Server': {
    de_DE: 'Isso-Server',
    es_ES: 'Servidor Isso',
    fr_FR: 'Serveur Isso',
    pl_PL: 'Serwer Isso',
  },
  'Isso is answering requests': {
    de_DE: 'Isso beantwortet Anfragen',
    es_ES: 'Isso está respondiendo a las solicitudes',
    fr_FR: 'Isso répond aux requêtes',
    pl_PL: 'Isso odpowiada na żądania',
  },
  'Isso answered with HTTP ${status} instead of 200; see the service logs': {
    de_DE: 'Isso hat mit HTTP ${status} statt 200 geantwortet; siehe die Protokolle des Dienstes',
    es_ES: 'Isso respondió con HTTP ${status} en lugar de 200; consulte los registros del servicio',
    fr_FR: 'Isso a répondu HTTP ${status} au lieu de 200 ; consultez les journaux du service',
    pl_PL: 'Isso odpowiedział kodem HTTP ${status} zamiast 200; zobacz logi usługi',
  },
  'Isso did not answer within ${seconds} seconds': {
    de_DE: 'Isso hat nicht innerhalb von ${seconds} Sekunden geantwortet',
    es_ES: 'Isso no respondió en ${seconds} segundos',
    fr_FR: "Isso n'a pas répondu en ${seconds} secondes",
    pl_PL: 'Isso nie odpowiedział w ciągu ${seconds} s',
  },
  'Isso is starting and not accepting connections yet': {
    de_DE: 'Isso startet und nimmt noch keine Verbindungen an',
    es_ES: 'Isso se está iniciando y aún no acepta conexiones',
    fr_FR: "Isso démarre et n'accepte pas encore de connexions",
    pl_PL: 'Isso uruchamia się i jeszcze nie przyjmuje połączeń',
  },
  'Cannot reach Isso: ${error}': {
    de_DE: 'Isso ist nicht erreichbar: ${error}',
    es_ES: 'No se puede contactar con Isso: ${error}',
    fr_FR: 'Impossible de joindre Isso : ${error}',
    pl_PL: 'Nie można połączyć się z Isso: ${error}',
  },
  // interfaces
  'Comments endpoint': {
    de_DE: 'Kommentar-Endpunkt',
    es_ES: 'Punto de acceso de comentarios',
    fr_FR: 'Point d’accès des commentaires',
    pl_PL: 'Punkt dostępu komentarzy',
  },
  'The address your website embeds: it serves /js/embed.min.js and the comments API. Use it in the embed code, not in a browser.': {
    de_DE: 'Die Adresse, die Ihre Website einbettet: Sie liefert /js/embed.min.js und die Kommentar-API. Verwenden Sie sie im Einbettungscode, nicht im Browser.',
    es_ES: 'La dirección que inserta su sitio web: sirve /js/embed.min.js y la API de comentarios. Úsela en el código de inserción, no en un navegador.',
    fr_FR: 'L’adresse que votre site intègre : elle sert /js/embed.min.js et l’API des commentaires. Utilisez-la dans le code d’intégration, pas dans un navigateur.',
    pl_PL: 'Adres, który osadza Twoja strona: udostępnia /js/embed.min.js i API komentarzy. Użyj go w kodzie do osadzenia, nie w przeglądarce.',
  },
  'Admin panel': {
    de_DE: 'Admin-Bereich',
    es_ES: 'Panel de administración',
    fr_FR: 'Panneau d’administration',
    pl_PL: 'Panel administracyjny',
  },
  'Open this in your browser to review, approve and delete comments. Log in with the admin password (there is no username).': {
    de_DE: 'Öffnen Sie dies im Browser, um Kommentare zu prüfen, freizugeben und zu löschen. Melden Sie sich mit dem Admin-Passwort an (es gibt keinen Benutzernamen).',
    es_ES: 'Ábralo en su navegador para revisar, aprobar y eliminar comentarios. Inicie sesión con la contraseña de administrador (no hay nombre de usuario).',
    fr_FR: 'Ouvrez-le dans votre navigateur pour relire, approuver et supprimer des commentaires. Connectez-vous avec le mot de passe administrateur (il n’y a pas de nom d’utilisateur).',
    pl_PL: 'Otwórz w przeglądarce, aby przeglądać, zatwierdzać i usuwać komentarze. Zaloguj się hasłem administratora (nie ma nazwy użytkownika).',
  },
  // refusing to start, and the admin-password task
  'No admin password is set, so Isso would accept its published default password. Run "Set Admin Password".': {
    de_DE: 'Es ist kein Admin-Passwort gesetzt, daher würde Isso sein öffentlich bekanntes Standardpasswort akzeptieren. Führen Sie „Admin-Passwort festlegen“ aus.',
    es_ES: 'No hay contraseña de administrador, así que Isso aceptaría su contraseña predeterminada publicada. Ejecute «Establecer la contraseña de administrador».',
    fr_FR: 'Aucun mot de passe administrateur n’est défini : Isso accepterait son mot de passe par défaut publié. Lancez « Définir le mot de passe administrateur ».',
    pl_PL: 'Nie ustawiono hasła administratora, więc Isso przyjąłby swoje publicznie znane hasło domyślne. Uruchom „Ustaw hasło administratora”.',
  },
  'The admin password is empty, so nobody can log in to the moderation panel. Run "Set Admin Password".': {
    de_DE: 'Das Admin-Passwort ist leer, daher kann sich niemand im Moderationsbereich anmelden. Führen Sie „Admin-Passwort festlegen“ aus.',
    es_ES: 'La contraseña de administrador está vacía, así que nadie puede entrar en el panel de moderación. Ejecute «Establecer la contraseña de administrador».',
    fr_FR: 'Le mot de passe administrateur est vide : personne ne peut se connecter au panneau de modération. Lancez « Définir le mot de passe administrateur ».',
    pl_PL: 'Hasło administratora jest puste, więc nikt nie może zalogować się do panelu moderacji. Uruchom „Ustaw hasło administratora”.',
  },
  'The admin password is Isso\'s published default, which anyone can look up. Run "Set Admin Password".': {
    de_DE: 'Das Admin-Passwort ist Issos öffentlich bekanntes Standardpasswort, das jeder nachschlagen kann. Führen Sie „Admin-Passwort festlegen“ aus.',
    es_ES: 'La contraseña de administrador es la predeterminada publicada de Isso, que cualquiera puede consultar. Ejecute «Establecer la contraseña de administrador».',
    fr_FR: 'Le mot de passe administrateur est celui publié par défaut par Isso, que tout le monde peut trouver. Lancez « Définir le mot de passe administrateur ».',
    pl_PL: 'Hasło administratora to publicznie znane hasło domyślne Isso, które każdy może sprawdzić. Uruchom „Ustaw hasło administratora”.',
  },
  'Isso will not start: config/isso.cfg is missing or empty. Restore a backup, or restart the server so StartOS creates a new one (comments are kept).': {
    de_DE: 'Isso startet nicht: config/isso.cfg fehlt oder ist leer. Stellen Sie eine Sicherung wieder her oder starten Sie den Server neu, damit StartOS eine neue Datei anlegt (Kommentare bleiben erhalten).',
    es_ES: 'Isso no se iniciará: config/isso.cfg falta o está vacío. Restaure una copia de seguridad o reinicie el servidor para que StartOS cree uno nuevo (los comentarios se conservan).',
    fr_FR: 'Isso ne démarrera pas : config/isso.cfg est absent ou vide. Restaurez une sauvegarde, ou redémarrez le serveur pour que StartOS en crée un nouveau (les commentaires sont conservés).',
    pl_PL: 'Isso się nie uruchomi: brakuje pliku config/isso.cfg lub jest pusty. Przywróć kopię zapasową albo uruchom ponownie serwer, aby StartOS utworzył nowy (komentarze zostaną zachowane).',
  },
  'Isso will not start: config/isso.cfg cannot be read (${detail}). Fix the file by hand or restore a backup; StartOS does not overwrite it.': {
    de_DE: 'Isso startet nicht: config/isso.cfg ist nicht lesbar (${detail}). Korrigieren Sie die Datei von Hand oder stellen Sie eine Sicherung wieder her; StartOS überschreibt sie nicht.',
    es_ES: 'Isso no se iniciará: config/isso.cfg no se puede leer (${detail}). Corrija el archivo a mano o restaure una copia de seguridad; StartOS no lo sobrescribe.',
    fr_FR: 'Isso ne démarrera pas : config/isso.cfg est illisible (${detail}). Corrigez le fichier à la main ou restaurez une sauvegarde ; StartOS ne l’écrase pas.',
    pl_PL: 'Isso się nie uruchomi: nie można odczytać config/isso.cfg (${detail}). Popraw plik ręcznie lub przywróć kopię zapasową; StartOS go nie nadpisuje.',
  },
  'Isso will not start: config/isso.cfg has a value Isso cannot use (${detail}).': {
    de_DE: 'Isso startet nicht: config/isso.cfg enthält einen Wert, den Isso nicht verwenden kann (${detail}).',
    es_ES: 'Isso no se iniciará: config/isso.cfg tiene un valor que Isso no puede usar (${detail}).',
    fr_FR: 'Isso ne démarrera pas : config/isso.cfg contient une valeur qu’Isso ne peut pas utiliser (${detail}).',
    pl_PL: 'Isso się nie uruchomi: config/isso.cfg zawiera wartość, której Isso nie może użyć (${detail}).',
  },
  'Isso will not start: ${reason}': {
    de_DE: 'Isso startet nicht: ${reason}',
    es_ES: 'Isso no se iniciará: ${reason}',
    fr_FR: 'Isso ne démarrera pas : ${reason}',
    pl_PL: 'Isso się nie uruchomi: ${reason}',
  },
})
