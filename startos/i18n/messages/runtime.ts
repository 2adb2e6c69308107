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
  'Moderation panel': {
    de_DE: 'Moderationsbereich',
    es_ES: 'Panel de moderación',
    fr_FR: 'Panneau de modération',
    pl_PL: 'Panel moderacji',
  },
  'Open this in your browser to review, approve and delete comments. Log in with the admin password (there is no username).': {
    de_DE: 'Öffnen Sie dies im Browser, um Kommentare zu prüfen, freizugeben und zu löschen. Melden Sie sich mit dem Admin-Passwort an (es gibt keinen Benutzernamen).',
    es_ES: 'Ábralo en su navegador para revisar, aprobar y eliminar comentarios. Inicie sesión con la contraseña de administrador (no hay nombre de usuario).',
    fr_FR: 'Ouvrez-le dans votre navigateur pour relire, approuver et supprimer des commentaires. Connectez-vous avec le mot de passe administrateur (il n’y a pas de nom d’utilisateur).',
    pl_PL: 'Otwórz w przeglądarce, aby przeglądać, zatwierdzać i usuwać komentarze. Zaloguj się hasłem administratora (nie ma nazwy użytkownika).',
  },
})
