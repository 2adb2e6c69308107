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
  'No admin password is set yet. Run "Set Admin Password".': {
    de_DE: 'Es ist noch kein Admin-Passwort gesetzt. Führen Sie „Admin-Passwort festlegen“ aus.',
    es_ES: 'Aún no hay contraseña de administrador. Ejecute «Establecer la contraseña de administrador».',
    fr_FR: 'Aucun mot de passe administrateur n’est encore défini. Lancez « Définir le mot de passe administrateur ».',
    pl_PL: 'Nie ustawiono jeszcze hasła administratora. Uruchom „Ustaw hasło administratora”.',
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
  // why a blog's file keeps it from being served: lead, reason, fix
  'Blog ${site} is not served: ${reason}': {
    de_DE: 'Isso stellt den Blog ${site} nicht bereit: ${reason}',
    es_ES: 'Isso no sirve el blog ${site}: ${reason}',
    fr_FR: 'Isso ne sert pas le blog ${site} : ${reason}',
    pl_PL: 'Isso nie obsługuje bloga ${site}: ${reason}',
  },
  'The first blog (at /) is not served: ${reason}': {
    de_DE: 'Isso stellt den ersten Blog (unter /) nicht bereit: ${reason}',
    es_ES: 'Isso no sirve el primer blog (en /): ${reason}',
    fr_FR: 'Isso ne sert pas le premier blog (à /) : ${reason}',
    pl_PL: 'Isso nie obsługuje pierwszego bloga (pod /): ${reason}',
  },
  'Other blogs: ${state}': {
    de_DE: 'Andere Blogs: ${state}',
    es_ES: 'Los demás blogs: ${state}',
    fr_FR: 'Autres blogs : ${state}',
    pl_PL: 'Pozostałe blogi: ${state}',
  },
  'config/isso.cfg is missing or empty. If it was deleted, StartOS creates a new one the next time the server starts (restarting only the service is not enough); comments are kept, but you set the admin password and your settings again. If it was emptied, save your text again or restore a backup: StartOS never writes over it.': {
    de_DE: 'config/isso.cfg fehlt oder ist leer. Wurde sie gelöscht, legt StartOS beim nächsten Start des Servers eine neue an (ein Neustart nur des Dienstes genügt nicht); die Kommentare bleiben, aber Admin-Passwort und Einstellungen setzen Sie neu. Wurde sie geleert, speichern Sie Ihren Text erneut oder stellen Sie eine Sicherung wieder her: StartOS überschreibt sie nie.',
    es_ES: 'config/isso.cfg falta o está vacío. Si se borró, StartOS crea uno nuevo la próxima vez que arranque el servidor (reiniciar solo el servicio no basta); los comentarios se conservan, pero tendrá que volver a poner la contraseña de administrador y sus ajustes. Si se vació, guarde de nuevo su texto o restaure una copia de seguridad: StartOS nunca lo sobrescribe.',
    fr_FR: "config/isso.cfg est absent ou vide. S'il a été supprimé, StartOS en crée un nouveau au prochain démarrage du serveur (redémarrer seulement le service ne suffit pas) ; les commentaires sont conservés, mais vous redéfinissez le mot de passe administrateur et vos réglages. S'il a été vidé, enregistrez à nouveau votre texte ou restaurez une sauvegarde : StartOS ne l'écrase jamais.",
    pl_PL: 'brakuje config/isso.cfg albo jest pusty. Jeśli został usunięty, StartOS utworzy nowy przy następnym starcie serwera (sam restart usługi nie wystarczy); komentarze zostają, ale hasło administratora i ustawienia trzeba ustawić ponownie. Jeśli został opróżniony, zapisz swój tekst ponownie albo przywróć kopię zapasową: StartOS nigdy go nie nadpisuje.',
  },
  '${file} is missing or empty. If it was emptied, save your text again; otherwise restore a backup, or remove the blog with "Remove Blog" (its comments are kept).': {
    de_DE: '${file} fehlt oder ist leer. Wurde sie geleert, speichern Sie Ihren Text erneut; sonst stellen Sie eine Sicherung wieder her oder entfernen den Blog mit „Blog entfernen“ (seine Kommentare bleiben erhalten).',
    es_ES: '${file} falta o está vacío. Si se vació, guarde de nuevo su texto; si no, restaure una copia de seguridad o quite el blog con «Quitar blog» (sus comentarios se conservan).',
    fr_FR: '${file} est absent ou vide. S’il a été vidé, enregistrez à nouveau votre texte ; sinon, restaurez une sauvegarde, ou retirez le blog avec « Retirer un blog » (ses commentaires sont conservés).',
    pl_PL: 'brakuje pliku ${file} lub jest pusty. Jeśli został opróżniony, zapisz swój tekst ponownie; w przeciwnym razie przywróć kopię zapasową albo usuń blog akcją „Usuń blog” (jego komentarze zostaną zachowane).',
  },
  '${file} cannot be read (${detail}). No action changes a file it cannot read: fix the file by hand or restore a backup; StartOS does not overwrite it.': {
    de_DE: '${file} ist nicht lesbar (${detail}). Keine Aktion ändert eine Datei, die sie nicht lesen kann: Korrigieren Sie die Datei von Hand oder stellen Sie eine Sicherung wieder her; StartOS überschreibt sie nicht.',
    es_ES: '${file} no se puede leer (${detail}). Ninguna acción cambia un archivo que no puede leer: corrija el archivo a mano o restaure una copia de seguridad; StartOS no lo sobrescribe.',
    fr_FR: '${file} est illisible (${detail}). Aucune action ne modifie un fichier qu’elle ne peut pas lire : corrigez le fichier à la main ou restaurez une sauvegarde ; StartOS ne l’écrase pas.',
    pl_PL: 'nie można odczytać ${file} (${detail}). Żadna akcja nie zmienia pliku, którego nie może odczytać: popraw plik ręcznie lub przywróć kopię zapasową; StartOS go nie nadpisuje.',
  },
  'in ${file}, line ${line}, [${section}] ${key} has no value; Isso needs ${accepted}. ${fix}': {
    de_DE: 'In ${file}, Zeile ${line}, hat [${section}] ${key} keinen Wert; Isso braucht ${accepted}. ${fix}',
    es_ES: 'en ${file}, línea ${line}, [${section}] ${key} no tiene valor; Isso necesita ${accepted}. ${fix}',
    fr_FR: 'dans ${file}, ligne ${line}, [${section}] ${key} n’a pas de valeur ; Isso attend ${accepted}. ${fix}',
    pl_PL: 'w ${file}, wiersz ${line}, [${section}] ${key} nie ma wartości; Isso potrzebuje: ${accepted}. ${fix}',
  },
  'in ${file}, line ${line}, [${section}] ${key} = ${value} is not accepted by Isso; use ${accepted}. ${fix}': {
    de_DE: 'In ${file}, Zeile ${line}, akzeptiert Isso [${section}] ${key} = ${value} nicht; verwenden Sie ${accepted}. ${fix}',
    es_ES: 'en ${file}, línea ${line}, Isso no acepta [${section}] ${key} = ${value}; use ${accepted}. ${fix}',
    fr_FR: 'dans ${file}, ligne ${line}, Isso n’accepte pas [${section}] ${key} = ${value} ; utilisez ${accepted}. ${fix}',
    pl_PL: 'w ${file}, wiersz ${line}, Isso nie akceptuje [${section}] ${key} = ${value}; użyj: ${accepted}. ${fix}',
  },
  "Saving the Server action's form for this blog writes a valid value over it; you can also correct the line by hand.": {
    de_DE: 'Speichern Sie das Formular der Aktion „Server“ für diesen Blog, dann steht dort ein gültiger Wert; Sie können die Zeile auch von Hand korrigieren.',
    es_ES: 'Guardar el formulario de la acción «Servidor» para este blog escribe un valor válido en su lugar; también puede corregir la línea a mano.',
    fr_FR: 'Enregistrer le formulaire de l’action « Serveur » pour ce blog écrit une valeur valide à sa place ; vous pouvez aussi corriger la ligne à la main.',
    pl_PL: 'Zapisanie formularza akcji „Serwer” dla tego bloga wpisze w jej miejsce poprawną wartość; możesz też poprawić wiersz ręcznie.',
  },
  "Saving the Email Notifications action's form for this blog writes a valid value over it, or removes it with e-mail off; you can also correct the line by hand.": {
    de_DE: 'Speichern Sie das Formular der Aktion „E-Mail-Benachrichtigungen“ für diesen Blog, dann steht dort ein gültiger Wert, oder die Zeile entfällt, wenn E-Mail aus ist; Sie können die Zeile auch von Hand korrigieren.',
    es_ES: 'Guardar el formulario de la acción «Notificaciones por correo» para este blog escribe un valor válido en su lugar, o la quita con el correo desactivado; también puede corregir la línea a mano.',
    fr_FR: 'Enregistrer le formulaire de l’action « Notifications par e-mail » pour ce blog écrit une valeur valide à sa place, ou la retire quand l’e-mail est désactivé ; vous pouvez aussi corriger la ligne à la main.',
    pl_PL: 'Zapisanie formularza akcji „Powiadomienia e-mail” dla tego bloga wpisze w jej miejsce poprawną wartość albo, przy wyłączonym e-mailu, ją usunie; możesz też poprawić wiersz ręcznie.',
  },
  "Saving the Email Notifications action's form for this blog with e-mail on writes a valid value over it; you can also correct the line by hand.": {
    de_DE: 'Speichern Sie das Formular der Aktion „E-Mail-Benachrichtigungen“ für diesen Blog mit eingeschalteter E-Mail, dann steht dort ein gültiger Wert; Sie können die Zeile auch von Hand korrigieren.',
    es_ES: 'Guardar el formulario de la acción «Notificaciones por correo» para este blog con el correo activado escribe un valor válido en su lugar; también puede corregir la línea a mano.',
    fr_FR: 'Enregistrer le formulaire de l’action « Notifications par e-mail » pour ce blog avec l’e-mail activé écrit une valeur valide à sa place ; vous pouvez aussi corriger la ligne à la main.',
    pl_PL: 'Zapisanie formularza akcji „Powiadomienia e-mail” dla tego bloga z włączonym e-mailem wpisze w jej miejsce poprawną wartość; możesz też poprawić wiersz ręcznie.',
  },
  'Correct or remove the entry with the Websites action for this blog; you can also correct the line by hand.': {
    de_DE: 'Korrigieren oder entfernen Sie den Eintrag mit der Aktion „Websites“ für diesen Blog; Sie können die Zeile auch von Hand korrigieren.',
    es_ES: 'Corrija o quite la entrada con la acción «Sitios web» para este blog; también puede corregir la línea a mano.',
    fr_FR: 'Corrigez ou retirez l’entrée avec l’action « Sites web » pour ce blog ; vous pouvez aussi corriger la ligne à la main.',
    pl_PL: 'Popraw lub usuń wpis akcją „Witryny” dla tego bloga; możesz też poprawić wiersz ręcznie.',
  },
  'No action writes this key: correct the line by hand or restore a backup.': {
    de_DE: 'Keine Aktion schreibt diesen Schlüssel: Korrigieren Sie die Zeile von Hand oder stellen Sie eine Sicherung wieder her.',
    es_ES: 'Ninguna acción escribe esta clave: corrija la línea a mano o restaure una copia de seguridad.',
    fr_FR: 'Aucune action n’écrit cette clé : corrigez la ligne à la main ou restaurez une sauvegarde.',
    pl_PL: 'Żadna akcja nie zapisuje tego klucza: popraw wiersz ręcznie lub przywróć kopię zapasową.',
  },
  // what Isso accepts, completing the two messages above
  'true or false (yes/no, on/off and 1/0 also work)': {
    de_DE: 'true oder false (yes/no, on/off und 1/0 gehen auch)',
    es_ES: 'true o false (también valen yes/no, on/off y 1/0)',
    fr_FR: 'true ou false (yes/no, on/off et 1/0 marchent aussi)',
    pl_PL: 'true lub false (działają też yes/no, on/off i 1/0)',
  },
  'a duration such as 15m, 1h30m, 30d or 2w (units w, d, h, m, s in that order, no years) or a number of seconds': {
    de_DE: 'eine Dauer wie 15m, 1h30m, 30d oder 2w (Einheiten w, d, h, m, s in dieser Reihenfolge, keine Jahre) oder eine Anzahl Sekunden',
    es_ES: 'una duración como 15m, 1h30m, 30d o 2w (unidades w, d, h, m, s en ese orden, sin años) o un número de segundos',
    fr_FR: 'une durée comme 15m, 1h30m, 30d ou 2w (unités w, d, h, m, s dans cet ordre, pas d’années) ou un nombre de secondes',
    pl_PL: 'czas trwania, np. 15m, 1h30m, 30d lub 2w (jednostki w, d, h, m, s w tej kolejności, bez lat) albo liczba sekund',
  },
  'a whole number': {
    de_DE: 'eine ganze Zahl',
    es_ES: 'un número entero',
    fr_FR: 'un nombre entier',
    pl_PL: 'liczba całkowita',
  },
  'a number of seconds greater than 0': {
    de_DE: 'eine Anzahl Sekunden größer als 0',
    es_ES: 'un número de segundos mayor que 0',
    fr_FR: 'un nombre de secondes supérieur à 0',
    pl_PL: 'liczba sekund większa od 0',
  },
  'a value (it may be empty: "key =")': {
    de_DE: 'einen Wert (er darf leer sein: „key =“)',
    es_ES: 'un valor (puede estar vacío: «key =»)',
    fr_FR: 'une valeur (elle peut être vide : « key = »)',
    pl_PL: 'wartość (może być pusta: „key =”)',
  },
  'a host name such as smtp.example.com': {
    de_DE: 'einen Hostnamen wie smtp.example.com',
    es_ES: 'un nombre de host como smtp.example.com',
    fr_FR: 'un nom d’hôte comme smtp.example.com',
    pl_PL: 'nazwa hosta, np. smtp.example.com',
  },
  'one website address per line, such as https://blog.example.com': {
    de_DE: 'eine Website-Adresse pro Zeile, etwa https://blog.example.com',
    es_ES: 'una dirección de sitio web por línea, como https://blog.example.com',
    fr_FR: 'une adresse de site web par ligne, comme https://blog.example.com',
    pl_PL: 'jeden adres strony w wierszu, np. https://blog.example.com',
  },
  'pbkdf2, none or a hash name such as sha256': {
    de_DE: 'pbkdf2, none oder einen Hash-Namen wie sha256',
    es_ES: 'pbkdf2, none o un nombre de hash como sha256',
    fr_FR: 'pbkdf2, none ou un nom de hachage comme sha256',
    pl_PL: 'pbkdf2, none lub nazwa funkcji skrótu, np. sha256',
  },
  'a comma-separated list of mistune plugins such as strikethrough, table': {
    de_DE: 'eine kommagetrennte Liste von mistune-Plugins wie strikethrough, table',
    es_ES: 'una lista de plugins de mistune separada por comas, como strikethrough, table',
    fr_FR: 'une liste de plugins mistune séparés par des virgules, comme strikethrough, table',
    pl_PL: 'lista wtyczek mistune oddzielonych przecinkami, np. strikethrough, table',
  },
  'Isso will not start: ${reason}': {
    de_DE: 'Isso startet nicht: ${reason}',
    es_ES: 'Isso no se iniciará: ${reason}',
    fr_FR: 'Isso ne démarrera pas : ${reason}',
    pl_PL: 'Isso się nie uruchomi: ${reason}',
  },
  'Blog ${site}: ${reason}': {
    de_DE: 'Blog ${site}: ${reason}',
    es_ES: 'Blog ${site}: ${reason}',
    fr_FR: 'Blog ${site} : ${reason}',
    pl_PL: 'Blog ${site}: ${reason}',
  },
  'Reading the comments database failed: ${reason}': {
    de_DE: 'Das Lesen der Kommentar-Datenbank ist fehlgeschlagen: ${reason}',
    es_ES: 'Falló la lectura de la base de datos de comentarios: ${reason}',
    fr_FR: 'La lecture de la base de données des commentaires a échoué : ${reason}',
    pl_PL: 'Odczyt bazy danych komentarzy nie powiódł się: ${reason}',
  },
  'Isso is answering requests for all ${count} blogs': {
    de_DE: 'Isso beantwortet Anfragen für alle ${count} Blogs',
    es_ES: 'Isso responde a las solicitudes de los ${count} blogs',
    fr_FR: 'Isso répond aux requêtes pour les ${count} blogs',
    pl_PL: 'Isso odpowiada na żądania dla wszystkich blogów (${count})',
  },
  'Cannot count the comments waiting for approval: ${error}': {
    de_DE: 'Die auf Freigabe wartenden Kommentare lassen sich nicht zählen: ${error}',
    es_ES: 'No se pueden contar los comentarios pendientes de aprobación: ${error}',
    fr_FR: 'Impossible de compter les commentaires en attente de validation : ${error}',
    pl_PL: 'Nie można policzyć komentarzy czekających na zatwierdzenie: ${error}',
  },
  'Comments waiting for approval': {
    de_DE: 'Auf Freigabe wartende Kommentare',
    es_ES: 'Comentarios pendientes de aprobación',
    fr_FR: 'Commentaires en attente de validation',
    pl_PL: 'Komentarze czekające na zatwierdzenie',
  },
  'No admin password is set yet: Isso stays stopped until this action sets one.': {
    de_DE: 'Es ist noch kein Admin-Passwort gesetzt: Isso bleibt angehalten, bis diese Aktion eines festlegt.',
    es_ES: 'Aún no hay contraseña de administrador: Isso sigue detenido hasta que esta acción establezca una.',
    fr_FR: 'Aucun mot de passe administrateur n’est encore défini : Isso reste arrêté jusqu’à ce que cette action en définisse un.',
    pl_PL: 'Nie ustawiono jeszcze hasła administratora: Isso pozostaje zatrzymany, dopóki ta akcja go nie ustawi.',
  },
  'The admin password is empty: Isso stays stopped until this action sets a new one.': {
    de_DE: 'Das Admin-Passwort ist leer: Isso bleibt angehalten, bis diese Aktion ein neues festlegt.',
    es_ES: 'La contraseña de administrador está vacía: Isso sigue detenido hasta que esta acción establezca una nueva.',
    fr_FR: 'Le mot de passe administrateur est vide : Isso reste arrêté jusqu’à ce que cette action en définisse un nouveau.',
    pl_PL: 'Hasło administratora jest puste: Isso pozostaje zatrzymany, dopóki ta akcja nie ustawi nowego.',
  },
  "The admin password is Isso's published default, which anyone can look up: Isso stays stopped until this action sets a new one.": {
    de_DE: 'Das Admin-Passwort ist Issos öffentlich bekanntes Standardpasswort, das jeder nachschlagen kann: Isso bleibt angehalten, bis diese Aktion ein neues festlegt.',
    es_ES: 'La contraseña de administrador es la predeterminada publicada de Isso, que cualquiera puede consultar: Isso sigue detenido hasta que esta acción establezca una nueva.',
    fr_FR: 'Le mot de passe administrateur est celui publié par défaut par Isso, que tout le monde peut trouver : Isso reste arrêté jusqu’à ce que cette action en définisse un nouveau.',
    pl_PL: 'Hasło administratora to publicznie znane hasło domyślne Isso, które każdy może sprawdzić: Isso pozostaje zatrzymany, dopóki ta akcja nie ustawi nowego.',
  },
})
