import { messages } from '../locales'

// The configure-smtp action: form, field names, refusals and results. The isso.cfg
// read errors at the end are shared with the embed-code action.
export const smtp = messages({
  'Email Notifications': {
    de_DE: 'E-Mail-Benachrichtigungen',
    es_ES: 'Notificaciones por correo',
    fr_FR: 'Notifications par e-mail',
    pl_PL: 'Powiadomienia e-mail',
  },
  "Let Isso email you about every new comment, with a link to delete it and, while it waits for approval, one to approve it, using your StartOS server's email settings or your own email provider. Commenters are emailed about replies only if you also turn on Reply notifications under Server.": {
    de_DE: 'Lassen Sie sich von Isso zu jedem neuen Kommentar eine E-Mail schicken, mit einem Link zum Löschen und, solange er auf Freigabe wartet, einem zum Freigeben, über die E-Mail-Einstellungen Ihres StartOS-Servers oder Ihren eigenen E-Mail-Anbieter. Kommentierende erhalten E-Mails zu Antworten nur, wenn Sie zusätzlich unter Server die Antwort-Benachrichtigungen einschalten.',
    es_ES: 'Deje que Isso le envíe un correo por cada comentario nuevo, con un enlace para borrarlo y, mientras espere aprobación, otro para aprobarlo, usando la configuración de correo de su servidor StartOS o su propio proveedor. Quienes comentan reciben correos sobre respuestas solo si además activa las notificaciones de respuestas en Servidor.',
    fr_FR: "Laissez Isso vous écrire pour chaque nouveau commentaire, avec un lien pour le supprimer et, tant qu'il attend une approbation, un lien pour l'approuver, via les réglages e-mail de votre serveur StartOS ou votre propre fournisseur. Les commentateurs ne reçoivent d'e-mails sur les réponses que si vous activez aussi les notifications de réponses dans Serveur.",
    pl_PL: 'Niech Isso wysyła Ci e-mail o każdym nowym komentarzu, z linkiem do usunięcia go i, dopóki czeka na zatwierdzenie, linkiem do zatwierdzenia, przez ustawienia poczty serwera StartOS lub Twojego dostawcy. Komentujący dostają e-maile o odpowiedziach tylko wtedy, gdy włączysz też powiadomienia o odpowiedziach w ustawieniach Serwera.',
  },
  'Moderation recipient': {
    de_DE: 'Empfänger für Moderation',
    es_ES: 'Destinatario de moderación',
    fr_FR: 'Destinataire de la modération',
    pl_PL: 'Odbiorca moderacji',
  },
  'Your email address. Isso sends it a message for every new comment, with a link to delete it and, while it waits for approval, one to approve it. Required while email is on.': {
    de_DE: 'Ihre E-Mail-Adresse. Isso schickt ihr zu jedem neuen Kommentar eine Nachricht, mit einem Link zum Löschen und, solange er auf Freigabe wartet, einem zum Freigeben. Erforderlich, solange E-Mail eingeschaltet ist.',
    es_ES: 'Su dirección de correo. Isso le envía un mensaje por cada comentario nuevo, con un enlace para borrarlo y, mientras espere aprobación, otro para aprobarlo. Obligatoria mientras el correo esté activado.',
    fr_FR: "Votre adresse e-mail. Isso y envoie un message pour chaque nouveau commentaire, avec un lien pour le supprimer et, tant qu'il attend une approbation, un lien pour l'approuver. Obligatoire tant que l'e-mail est activé.",
    pl_PL: 'Twój adres e-mail. Isso wysyła na niego wiadomość o każdym nowym komentarzu, z linkiem do usunięcia go i, dopóki czeka na zatwierdzenie, linkiem do zatwierdzenia. Wymagany, gdy e-mail jest włączony.',
  },
  // field names, as the SDK's SMTP form labels them
  Host: { de_DE: 'Host', es_ES: 'Host', fr_FR: 'Hôte', pl_PL: 'Host' },
  Port: { de_DE: 'Port', es_ES: 'Puerto', fr_FR: 'Port', pl_PL: 'Port' },
  'Connection Security': {
    de_DE: 'Verbindungssicherheit',
    es_ES: 'Seguridad de la conexión',
    fr_FR: 'Sécurité de la connexion',
    pl_PL: 'Zabezpieczenie połączenia',
  },
  Username: { de_DE: 'Benutzername', es_ES: 'Usuario', fr_FR: "Nom d'utilisateur", pl_PL: 'Nazwa użytkownika' },
  Password: { de_DE: 'Passwort', es_ES: 'Contraseña', fr_FR: 'Mot de passe', pl_PL: 'Hasło' },
  'From Address': {
    de_DE: 'Absenderadresse',
    es_ES: 'Dirección del remitente',
    fr_FR: "Adresse d'expédition",
    pl_PL: 'Adres nadawcy',
  },
  // refusals
  '${field} is empty. Fill it in.': {
    de_DE: '${field} ist leer. Bitte ausfüllen.',
    es_ES: '${field} está vacío. Rellénelo.',
    fr_FR: '${field} est vide. Remplissez-le.',
    pl_PL: 'Pole ${field} jest puste. Uzupełnij je.',
  },
  // os.path.expandvars (isso/config.py) replaces only names set in Isso's environment.
  '${field} contains a $ followed by a name or by braces. Isso 0.14 replaces $NAME and ${NAME} with the value of a variable of that name whenever one is set in its environment, so this text might not be used as typed. Choose one without a $ directly before a letter, digit, _ or {.': {
    de_DE: '${field} enthält ein $ mit folgendem Namen oder geschweiften Klammern. Isso 0.14 ersetzt $NAME und ${NAME} durch den Wert einer gleichnamigen Variablen, sobald eine in seiner Umgebung gesetzt ist, der Text würde also womöglich nicht wie eingegeben verwendet. Wählen Sie einen Wert ohne $ direkt vor einem Buchstaben, einer Ziffer, _ oder {.',
    es_ES: '${field} contiene un $ seguido de un nombre o de llaves. Isso 0.14 sustituye $NAME y ${NAME} por el valor de una variable con ese nombre siempre que exista en su entorno, así que este texto podría no usarse tal como está escrito. Elija uno sin $ justo delante de una letra, un dígito, _ o {.',
    fr_FR: "${field} contient un $ suivi d'un nom ou d'accolades. Isso 0.14 remplace $NAME et ${NAME} par la valeur d'une variable de ce nom dès qu'il en existe une dans son environnement : ce texte pourrait donc ne pas être utilisé tel quel. Choisissez-en un sans $ juste avant une lettre, un chiffre, _ ou {.",
    pl_PL: 'Pole ${field} zawiera $ z następującą nazwą lub nawiasami klamrowymi. Isso 0.14 zastępuje $NAME i ${NAME} wartością zmiennej o tej nazwie, jeśli jest ustawiona w jego środowisku, więc ten tekst mógłby nie zostać użyty tak, jak go wpisano. Wybierz wartość, w której $ nie stoi bezpośrednio przed literą, cyfrą, _ ani {.',
  },
  '${field} contains a line break or a NUL character, which isso.cfg cannot hold. Remove it.': {
    de_DE: '${field} enthält einen Zeilenumbruch oder ein NUL-Zeichen, das isso.cfg nicht speichern kann. Bitte entfernen.',
    es_ES: '${field} contiene un salto de línea o un carácter NUL, que isso.cfg no puede guardar. Quítelo.',
    fr_FR: '${field} contient un saut de ligne ou un caractère NUL, que isso.cfg ne peut pas contenir. Supprimez-le.',
    pl_PL: 'Pole ${field} zawiera znak nowej linii lub znak NUL, którego isso.cfg nie może przechować. Usuń go.',
  },
  '${field} starts or ends with a space, which Isso would drop. Remove the space, or choose a value without one.': {
    de_DE: '${field} beginnt oder endet mit einem Leerzeichen, das Isso verwerfen würde. Entfernen Sie es oder wählen Sie einen Wert ohne.',
    es_ES: '${field} empieza o termina con un espacio, que Isso descartaría. Quite el espacio o elija un valor sin él.',
    fr_FR: "${field} commence ou finit par une espace, qu'Isso supprimerait. Retirez-la ou choisissez une valeur sans espace.",
    pl_PL: 'Pole ${field} zaczyna się lub kończy spacją, którą Isso by pominął. Usuń spację lub wybierz wartość bez niej.',
  },
  '${field} is not an email address. Use the form name@example.com (optionally as Name <name@example.com> for the From Address).': {
    de_DE: '${field} ist keine E-Mail-Adresse. Verwenden Sie die Form name@example.com (bei der Absenderadresse auch Name <name@example.com>).',
    es_ES: '${field} no es una dirección de correo. Use la forma nombre@example.com (para el remitente también Nombre <nombre@example.com>).',
    fr_FR: "${field} n'est pas une adresse e-mail. Utilisez la forme nom@example.com (pour l'expéditeur aussi Nom <nom@example.com>).",
    pl_PL: 'Pole ${field} nie jest adresem e-mail. Użyj formy nazwa@example.com (dla adresu nadawcy także Nazwa <nazwa@example.com>).',
  },
  '${field} must be a whole number from 1 to 65535.': {
    de_DE: '${field} muss eine ganze Zahl von 1 bis 65535 sein.',
    es_ES: '${field} debe ser un número entero entre 1 y 65535.',
    fr_FR: '${field} doit être un nombre entier de 1 à 65535.',
    pl_PL: 'Pole ${field} musi być liczbą całkowitą od 1 do 65535.',
  },
  '${field} must be a server name such as smtp.example.com, or an IP address.': {
    de_DE: '${field} muss ein Servername wie smtp.example.com oder eine IP-Adresse sein.',
    es_ES: '${field} debe ser un nombre de servidor como smtp.example.com o una dirección IP.',
    fr_FR: '${field} doit être un nom de serveur comme smtp.example.com ou une adresse IP.',
    pl_PL: 'Pole ${field} musi być nazwą serwera, np. smtp.example.com, lub adresem IP.',
  },
  'Your StartOS server has no email (SMTP) settings. Set them up in the StartOS system settings, or choose Custom Credentials here.': {
    de_DE: 'Ihr StartOS-Server hat keine E-Mail-(SMTP-)Einstellungen. Richten Sie sie in den StartOS-Systemeinstellungen ein oder wählen Sie hier eigene Zugangsdaten.',
    es_ES: 'Su servidor StartOS no tiene configuración de correo (SMTP). Configúrela en los ajustes del sistema de StartOS o elija aquí credenciales propias.',
    fr_FR: "Votre serveur StartOS n'a pas de réglages e-mail (SMTP). Configurez-les dans les paramètres système de StartOS, ou choisissez ici vos propres identifiants.",
    pl_PL: 'Twój serwer StartOS nie ma ustawień e-mail (SMTP). Skonfiguruj je w ustawieniach systemowych StartOS lub wybierz tutaj własne dane logowania.',
  },
  '${field} cannot be written to isso.cfg: ${reason}': {
    de_DE: '${field} kann nicht in isso.cfg geschrieben werden: ${reason}',
    es_ES: '${field} no se puede escribir en isso.cfg: ${reason}',
    fr_FR: "${field} ne peut pas être écrit dans isso.cfg : ${reason}",
    pl_PL: 'Nie można zapisać pola ${field} w isso.cfg: ${reason}',
  },
  // results
  'Email notifications are on': {
    de_DE: 'E-Mail-Benachrichtigungen sind eingeschaltet',
    es_ES: 'Las notificaciones por correo están activadas',
    fr_FR: 'Les notifications par e-mail sont activées',
    pl_PL: 'Powiadomienia e-mail są włączone',
  },
  'Isso sends email through ${server} as ${from}. Messages about new comments go to ${to}.': {
    de_DE: 'Isso versendet E-Mails über ${server} als ${from}. Nachrichten zu neuen Kommentaren gehen an ${to}.',
    es_ES: 'Isso envía correo a través de ${server} como ${from}. Los avisos de comentarios nuevos van a ${to}.',
    fr_FR: 'Isso envoie les e-mails via ${server} en tant que ${from}. Les messages sur les nouveaux commentaires vont à ${to}.',
    pl_PL: 'Isso wysyła e-maile przez ${server} jako ${from}. Wiadomości o nowych komentarzach trafiają do ${to}.',
  },
  'Email notifications are off': {
    de_DE: 'E-Mail-Benachrichtigungen sind ausgeschaltet',
    es_ES: 'Las notificaciones por correo están desactivadas',
    fr_FR: 'Les notifications par e-mail sont désactivées',
    pl_PL: 'Powiadomienia e-mail są wyłączone',
  },
  'Isso sends no email and writes new comments (with their approve and delete links) to the service log instead. The mail server settings and password were removed from ${file}.': {
    de_DE: 'Isso versendet keine E-Mails und schreibt neue Kommentare (mit Links zum Freigeben und Löschen) stattdessen ins Dienstprotokoll. Die Mailserver-Einstellungen und das Passwort wurden aus ${file} entfernt.',
    es_ES: 'Isso no envía correo y, en su lugar, escribe los comentarios nuevos (con sus enlaces para aprobar y borrar) en el registro del servicio. La configuración del servidor de correo y la contraseña se quitaron de ${file}.',
    fr_FR: "Isso n'envoie pas d'e-mail et écrit plutôt les nouveaux commentaires (avec leurs liens d'approbation et de suppression) dans le journal du service. Les réglages du serveur de messagerie et le mot de passe ont été retirés de ${file}.",
    pl_PL: 'Isso nie wysyła e-maili, tylko zapisuje nowe komentarze (z linkami do zatwierdzenia i usunięcia) w logu usługi. Ustawienia serwera poczty i hasło zostały usunięte z ${file}.',
  },
})
