import { messages } from '../locales'

// The send-test-email action: its name, the message it sends and every outcome.
export const testMail = messages({
  'Send a Test E-mail': {
    de_DE: 'Test-E-Mail senden',
    es_ES: 'Enviar un correo de prueba',
    fr_FR: 'Envoyer un e-mail de test',
    pl_PL: 'Wyślij testowy e-mail',
  },
  'Sends one message to the Moderation recipient with the saved e-mail settings, through the same mail code Isso uses. If it arrives, Isso can send.': {
    de_DE: 'Sendet eine Nachricht an den Empfänger für Moderation, mit den gespeicherten E-Mail-Einstellungen und demselben Mail-Code, den Isso verwendet. Kommt sie an, kann Isso senden.',
    es_ES: 'Envía un mensaje al destinatario de moderación con la configuración de correo guardada, mediante el mismo código de correo que usa Isso. Si llega, Isso puede enviar.',
    fr_FR: "Envoie un message au destinataire de la modération avec les réglages e-mail enregistrés, par le même code d'envoi qu'Isso. S'il arrive, Isso peut envoyer.",
    pl_PL: 'Wysyła jedną wiadomość do odbiorcy moderacji z zapisanymi ustawieniami e-mail, tym samym kodem pocztowym, którego używa Isso. Jeśli dotrze, Isso może wysyłać.',
  },
  'Test message from Isso': {
    de_DE: 'Testnachricht von Isso',
    es_ES: 'Mensaje de prueba de Isso',
    fr_FR: "Message de test d'Isso",
    pl_PL: 'Wiadomość testowa od Isso',
  },
  'Isso on your StartOS server can send e-mail. Messages about new comments will come to this address.': {
    de_DE: 'Isso auf Ihrem StartOS-Server kann E-Mails senden. Nachrichten zu neuen Kommentaren kommen an diese Adresse.',
    es_ES: 'Isso en su servidor StartOS puede enviar correo. Los avisos de comentarios nuevos llegarán a esta dirección.',
    fr_FR: 'Isso sur votre serveur StartOS peut envoyer des e-mails. Les messages sur les nouveaux commentaires arriveront à cette adresse.',
    pl_PL: 'Isso na Twoim serwerze StartOS może wysyłać e-maile. Wiadomości o nowych komentarzach będą przychodzić na ten adres.',
  },
  'Test message sent': {
    de_DE: 'Testnachricht gesendet',
    es_ES: 'Mensaje de prueba enviado',
    fr_FR: 'Message de test envoyé',
    pl_PL: 'Wiadomość testowa wysłana',
  },
  'The test message was not sent': {
    de_DE: 'Die Testnachricht wurde nicht gesendet',
    es_ES: 'El mensaje de prueba no se envió',
    fr_FR: "Le message de test n'a pas été envoyé",
    pl_PL: 'Wiadomość testowa nie została wysłana',
  },
  'A test message went to ${to} through ${server}. If it does not arrive within a few minutes, look in the spam folder.': {
    de_DE: 'Eine Testnachricht ging über ${server} an ${to}. Kommt sie nicht innerhalb weniger Minuten an, sehen Sie im Spam-Ordner nach.',
    es_ES: 'Se envió un mensaje de prueba a ${to} a través de ${server}. Si no llega en unos minutos, mire en la carpeta de spam.',
    fr_FR: "Un message de test est parti vers ${to} via ${server}. S'il n'arrive pas d'ici quelques minutes, regardez dans les indésirables.",
    pl_PL: 'Wiadomość testowa wyszła do ${to} przez ${server}. Jeśli nie dotrze w ciągu kilku minut, sprawdź folder spamu.',
  },
  'E-mail is off. Set it up in Email Notifications first, then send the test.': {
    de_DE: 'E-Mail ist ausgeschaltet. Richten Sie sie zuerst in den E-Mail-Benachrichtigungen ein und senden Sie dann den Test.',
    es_ES: 'El correo está desactivado. Configúrelo primero en Notificaciones por correo y después envíe la prueba.',
    fr_FR: "L'e-mail est désactivé. Configurez-le d'abord dans Notifications par e-mail, puis envoyez le test.",
    pl_PL: 'E-mail jest wyłączony. Najpierw skonfiguruj go w Powiadomieniach e-mail, a potem wyślij test.',
  },
  'No Moderation recipient is set. Enter your address in Email Notifications first, then send the test.': {
    de_DE: 'Es ist kein Empfänger für Moderation eingetragen. Tragen Sie zuerst Ihre Adresse in den E-Mail-Benachrichtigungen ein und senden Sie dann den Test.',
    es_ES: 'No hay destinatario de moderación. Introduzca primero su dirección en Notificaciones por correo y después envíe la prueba.',
    fr_FR: "Aucun destinataire de la modération n'est défini. Saisissez d'abord votre adresse dans Notifications par e-mail, puis envoyez le test.",
    pl_PL: 'Nie ustawiono odbiorcy moderacji. Najpierw wpisz swój adres w Powiadomieniach e-mail, a potem wyślij test.',
  },
  'The mail server ${server} refused the username or password (${detail}). Correct them in Email Notifications; many providers need an app password here.': {
    de_DE: 'Der Mailserver ${server} hat Benutzername oder Passwort abgelehnt (${detail}). Korrigieren Sie sie in den E-Mail-Benachrichtigungen; viele Anbieter verlangen hier ein App-Passwort.',
    es_ES: 'El servidor de correo ${server} rechazó el usuario o la contraseña (${detail}). Corríjalos en Notificaciones por correo; muchos proveedores exigen aquí una contraseña de aplicación.',
    fr_FR: "Le serveur de messagerie ${server} a refusé l'identifiant ou le mot de passe (${detail}). Corrigez-les dans Notifications par e-mail ; beaucoup de fournisseurs demandent ici un mot de passe d'application.",
    pl_PL: 'Serwer poczty ${server} odrzucił nazwę użytkownika lub hasło (${detail}). Popraw je w Powiadomieniach e-mail; wielu dostawców wymaga tu hasła aplikacji.',
  },
  'The mail server ${server} offers no login on this connection. Choose STARTTLS or SSL/TLS in Email Notifications, as your provider says.': {
    de_DE: 'Der Mailserver ${server} bietet auf dieser Verbindung keine Anmeldung an. Wählen Sie in den E-Mail-Benachrichtigungen STARTTLS oder SSL/TLS, wie Ihr Anbieter es angibt.',
    es_ES: 'El servidor de correo ${server} no ofrece inicio de sesión en esta conexión. Elija STARTTLS o SSL/TLS en Notificaciones por correo, según indique su proveedor.',
    fr_FR: "Le serveur de messagerie ${server} ne propose pas de connexion par identifiant sur cette liaison. Choisissez STARTTLS ou SSL/TLS dans Notifications par e-mail, comme l'indique votre fournisseur.",
    pl_PL: 'Serwer poczty ${server} nie oferuje logowania na tym połączeniu. Wybierz STARTTLS lub SSL/TLS w Powiadomieniach e-mail, zgodnie z zaleceniem dostawcy.',
  },
  'The connection security does not match port ${port} of ${host} (${detail}). Usually port 465 needs SSL/TLS and port 587 needs STARTTLS: change one of them in Email Notifications.': {
    de_DE: 'Die Verbindungssicherheit passt nicht zu Port ${port} von ${host} (${detail}). Meist braucht Port 465 SSL/TLS und Port 587 STARTTLS: Ändern Sie eines davon in den E-Mail-Benachrichtigungen.',
    es_ES: 'La seguridad de la conexión no corresponde al puerto ${port} de ${host} (${detail}). Normalmente el puerto 465 usa SSL/TLS y el 587 STARTTLS: cambie uno de los dos en Notificaciones por correo.',
    fr_FR: 'La sécurité de connexion ne correspond pas au port ${port} de ${host} (${detail}). En général, le port 465 demande SSL/TLS et le port 587 STARTTLS : changez l’un des deux dans Notifications par e-mail.',
    pl_PL: 'Zabezpieczenie połączenia nie pasuje do portu ${port} serwera ${host} (${detail}). Zwykle port 465 wymaga SSL/TLS, a port 587 STARTTLS: zmień jedno z nich w Powiadomieniach e-mail.',
  },
  "The mail server's certificate is not valid for ${host} (${detail}). Use the server name your provider gives, exactly as on its certificate.": {
    de_DE: 'Das Zertifikat des Mailservers ist für ${host} nicht gültig (${detail}). Verwenden Sie den Servernamen Ihres Anbieters genau so, wie er im Zertifikat steht.',
    es_ES: 'El certificado del servidor de correo no es válido para ${host} (${detail}). Use el nombre de servidor que da su proveedor, exactamente como figura en su certificado.',
    fr_FR: "Le certificat du serveur de messagerie n'est pas valide pour ${host} (${detail}). Utilisez le nom de serveur donné par votre fournisseur, exactement comme sur son certificat.",
    pl_PL: 'Certyfikat serwera poczty nie jest ważny dla ${host} (${detail}). Użyj nazwy serwera podanej przez dostawcę, dokładnie takiej jak w certyfikacie.',
  },
  'Nothing accepts connections at ${server} (connection refused). Check the host and port in Email Notifications.': {
    de_DE: 'Unter ${server} nimmt nichts Verbindungen an (Verbindung abgelehnt). Prüfen Sie Host und Port in den E-Mail-Benachrichtigungen.',
    es_ES: 'Nada acepta conexiones en ${server} (conexión rechazada). Compruebe el host y el puerto en Notificaciones por correo.',
    fr_FR: 'Rien n’accepte de connexion sur ${server} (connexion refusée). Vérifiez l’hôte et le port dans Notifications par e-mail.',
    pl_PL: 'Pod ${server} nic nie przyjmuje połączeń (połączenie odrzucone). Sprawdź host i port w Powiadomieniach e-mail.',
  },
  'The mail server name ${host} was not found. Check the host in Email Notifications.': {
    de_DE: 'Der Mailserver-Name ${host} wurde nicht gefunden. Prüfen Sie den Host in den E-Mail-Benachrichtigungen.',
    es_ES: 'No se encontró el nombre del servidor de correo ${host}. Compruebe el host en Notificaciones por correo.',
    fr_FR: 'Le nom du serveur de messagerie ${host} est introuvable. Vérifiez l’hôte dans Notifications par e-mail.',
    pl_PL: 'Nie znaleziono nazwy serwera poczty ${host}. Sprawdź host w Powiadomieniach e-mail.',
  },
  'The mail server ${server} did not answer within ${seconds} seconds. Check the host and port, and that your network allows outgoing connections to that port.': {
    de_DE: 'Der Mailserver ${server} hat nicht innerhalb von ${seconds} Sekunden geantwortet. Prüfen Sie Host und Port und ob Ihr Netzwerk ausgehende Verbindungen zu diesem Port erlaubt.',
    es_ES: 'El servidor de correo ${server} no respondió en ${seconds} segundos. Compruebe el host y el puerto, y que su red permite conexiones salientes a ese puerto.',
    fr_FR: "Le serveur de messagerie ${server} n'a pas répondu en ${seconds} secondes. Vérifiez l'hôte et le port, et que votre réseau autorise les connexions sortantes vers ce port.",
    pl_PL: 'Serwer poczty ${server} nie odpowiedział w ciągu ${seconds} s. Sprawdź host i port oraz czy sieć pozwala na połączenia wychodzące na ten port.',
  },
  'The mail server refused the recipient ${to} (${detail}). Check the Moderation recipient in Email Notifications.': {
    de_DE: 'Der Mailserver hat den Empfänger ${to} abgelehnt (${detail}). Prüfen Sie den Empfänger für Moderation in den E-Mail-Benachrichtigungen.',
    es_ES: 'El servidor de correo rechazó el destinatario ${to} (${detail}). Compruebe el destinatario de moderación en Notificaciones por correo.',
    fr_FR: 'Le serveur de messagerie a refusé le destinataire ${to} (${detail}). Vérifiez le destinataire de la modération dans Notifications par e-mail.',
    pl_PL: 'Serwer poczty odrzucił odbiorcę ${to} (${detail}). Sprawdź odbiorcę moderacji w Powiadomieniach e-mail.',
  },
  'The mail server refused the sender ${from} (${detail}). Use a From Address your provider lets this account send from.': {
    de_DE: 'Der Mailserver hat den Absender ${from} abgelehnt (${detail}). Verwenden Sie eine Absenderadresse, von der Ihr Anbieter dieses Konto senden lässt.',
    es_ES: 'El servidor de correo rechazó el remitente ${from} (${detail}). Use una dirección de remitente desde la que su proveedor deje enviar a esta cuenta.',
    fr_FR: "Le serveur de messagerie a refusé l'expéditeur ${from} (${detail}). Utilisez une adresse d'expédition que votre fournisseur autorise pour ce compte.",
    pl_PL: 'Serwer poczty odrzucił nadawcę ${from} (${detail}). Użyj adresu nadawcy, z którego dostawca pozwala wysyłać temu kontu.',
  },
  'Sending through ${server} failed (${detail}). Check the settings in Email Notifications.': {
    de_DE: 'Das Senden über ${server} ist fehlgeschlagen (${detail}). Prüfen Sie die Einstellungen in den E-Mail-Benachrichtigungen.',
    es_ES: 'El envío a través de ${server} falló (${detail}). Compruebe la configuración en Notificaciones por correo.',
    fr_FR: "L'envoi via ${server} a échoué (${detail}). Vérifiez les réglages dans Notifications par e-mail.",
    pl_PL: 'Wysyłanie przez ${server} nie powiodło się (${detail}). Sprawdź ustawienia w Powiadomieniach e-mail.',
  },
  'The test could not run (${detail}). Check config/isso.cfg, then try again.': {
    de_DE: 'Der Test konnte nicht laufen (${detail}). Prüfen Sie config/isso.cfg und versuchen Sie es erneut.',
    es_ES: 'La prueba no pudo ejecutarse (${detail}). Revise config/isso.cfg y vuelva a intentarlo.',
    fr_FR: "Le test n'a pas pu s'exécuter (${detail}). Vérifiez config/isso.cfg, puis réessayez.",
    pl_PL: 'Nie udało się uruchomić testu (${detail}). Sprawdź config/isso.cfg i spróbuj ponownie.',
  },
  "Which blog's e-mail settings to test: the message goes to that blog's Moderation recipient.": {
    de_DE: 'Welche E-Mail-Einstellungen getestet werden: Die Nachricht geht an den Moderationsempfänger dieses Blogs.',
    es_ES: 'De qué blog probar los ajustes de correo: el mensaje va al destinatario de moderación de ese blog.',
    fr_FR: "Le blog dont les réglages d'e-mail sont testés : le message part au destinataire de modération de ce blog.",
    pl_PL: 'Którego bloga ustawienia e-mail przetestować: wiadomość trafi do odbiorcy moderacji tego bloga.',
  },
})
