import { messages } from '../locales'

// New comments in StartOS's notifications: the notification (notifications/message.ts)
// and the Server form's field (notifications/serverField.ts).
export const notify = messages({
  'New comment': {
    de_DE: 'Neuer Kommentar',
    es_ES: 'Nuevo comentario',
    fr_FR: 'Nouveau commentaire',
    pl_PL: 'Nowy komentarz',
  },
  'New comment waiting for approval': {
    de_DE: 'Neuer Kommentar wartet auf Freigabe',
    es_ES: 'Nuevo comentario pendiente de aprobación',
    fr_FR: 'Nouveau commentaire en attente d’approbation',
    pl_PL: 'Nowy komentarz czeka na zatwierdzenie',
  },
  'New comments: ${count}': {
    de_DE: 'Neue Kommentare: ${count}',
    es_ES: 'Comentarios nuevos: ${count}',
    fr_FR: 'Nouveaux commentaires : ${count}',
    pl_PL: 'Nowe komentarze: ${count}',
  },
  'New comments waiting for approval: ${count}': {
    de_DE: 'Neue Kommentare, die auf Freigabe warten: ${count}',
    es_ES: 'Comentarios nuevos pendientes de aprobación: ${count}',
    fr_FR: 'Nouveaux commentaires en attente d’approbation : ${count}',
    pl_PL: 'Nowe komentarze czekające na zatwierdzenie: ${count}',
  },
  'New comments: ${count}, ${waiting} of them waiting for approval': {
    de_DE: 'Neue Kommentare: ${count}, davon warten ${waiting} auf Freigabe',
    es_ES: 'Comentarios nuevos: ${count}, ${waiting} de ellos pendientes de aprobación',
    fr_FR: 'Nouveaux commentaires : ${count}, dont ${waiting} en attente d’approbation',
    pl_PL: 'Nowe komentarze: ${count}, w tym czekające na zatwierdzenie: ${waiting}',
  },
  '${site}: ${title}': {
    de_DE: '${site}: ${title}',
    es_ES: '${site}: ${title}',
    fr_FR: '${site} : ${title}',
    pl_PL: '${site}: ${title}',
  },
  'first blog': {
    de_DE: 'erster Blog',
    es_ES: 'primer blog',
    fr_FR: 'premier blog',
    pl_PL: 'pierwszy blog',
  },
  '${author} on ${page}: ${text}': {
    de_DE: '${author} auf ${page}: ${text}',
    es_ES: '${author} en ${page}: ${text}',
    fr_FR: '${author} sur ${page} : ${text}',
    pl_PL: '${author} na ${page}: ${text}',
  },
  'Anonymous': {
    de_DE: 'Anonym',
    es_ES: 'Anónimo',
    fr_FR: 'Anonyme',
    pl_PL: 'Anonim',
  },
  'an unknown page': {
    de_DE: 'einer unbekannten Seite',
    es_ES: 'una página desconocida',
    fr_FR: 'une page inconnue',
    pl_PL: 'nieznanej stronie',
  },
  'And ${count} more: see the details.': {
    de_DE: 'Und ${count} weitere: siehe Details.',
    es_ES: 'Y ${count} más: vea los detalles.',
    fr_FR: 'Et ${count} de plus : voir les détails.',
    pl_PL: 'I więcej: ${count}. Zobacz szczegóły.',
  },
  'waiting for approval': {
    de_DE: 'wartet auf Freigabe',
    es_ES: 'pendiente de aprobación',
    fr_FR: 'en attente d’approbation',
    pl_PL: 'czeka na zatwierdzenie',
  },
  'published': {
    de_DE: 'veröffentlicht',
    es_ES: 'publicado',
    fr_FR: 'publié',
    pl_PL: 'opublikowany',
  },
  'And ${count} more, not listed here.': {
    de_DE: 'Und ${count} weitere, hier nicht aufgeführt.',
    es_ES: 'Y ${count} más, que no se listan aquí.',
    fr_FR: 'Et ${count} de plus, non listés ici.',
    pl_PL: 'I więcej, niewymienionych tutaj: ${count}.',
  },
  'Approve, edit or delete comments in the ${panel} interface, logged in with the admin password.': {
    de_DE: 'Kommentare geben Sie in der Oberfläche ${panel} frei, bearbeiten oder löschen sie dort, angemeldet mit dem Admin-Passwort.',
    es_ES: 'Apruebe, edite o borre comentarios en la interfaz ${panel}, con la contraseña de administración.',
    fr_FR: 'Approuvez, modifiez ou supprimez les commentaires dans l’interface ${panel}, connecté avec le mot de passe d’administration.',
    pl_PL: 'Zatwierdzaj, edytuj lub usuwaj komentarze w interfejsie ${panel}, po zalogowaniu hasłem administratora.',
  },
  "Isso's e-mails about new comments also hold a link to delete each one, and one to approve each that waits.": {
    de_DE: 'Die E-Mails von Isso zu neuen Kommentaren enthalten auch einen Link, um jeden zu löschen, und einen, um jeden wartenden freizugeben.',
    es_ES: 'Los correos de Isso sobre comentarios nuevos también traen un enlace para borrar cada uno y otro para aprobar cada uno pendiente.',
    fr_FR: 'Les e-mails d’Isso sur les nouveaux commentaires contiennent aussi un lien pour supprimer chacun, et un pour approuver chacun de ceux en attente.',
    pl_PL: 'E-maile od Isso o nowych komentarzach zawierają też link do usunięcia każdego z nich i link do zatwierdzenia każdego oczekującego.',
  },
  'StartOS notifications': {
    de_DE: 'StartOS-Benachrichtigungen',
    es_ES: 'Notificaciones de StartOS',
    fr_FR: 'Notifications StartOS',
    pl_PL: 'Powiadomienia StartOS',
  },
  'Which new comments StartOS tells you about, within about a minute, in its notifications. Works without e-mail. Comments imported by the Import action are never announced.': {
    de_DE: 'Über welche neuen Kommentare StartOS Sie nach etwa einer Minute in seinen Benachrichtigungen informiert. Funktioniert ohne E-Mail. Mit der Import-Aktion importierte Kommentare werden nie gemeldet.',
    es_ES: 'De qué comentarios nuevos le avisa StartOS, en cerca de un minuto, en sus notificaciones. Funciona sin correo. Los comentarios importados con la acción de importación nunca se anuncian.',
    fr_FR: 'Les nouveaux commentaires que StartOS vous signale, en une minute environ, dans ses notifications. Fonctionne sans e-mail. Les commentaires importés par l’action d’import ne sont jamais signalés.',
    pl_PL: 'O których nowych komentarzach StartOS informuje Cię w swoich powiadomieniach, w ciągu mniej więcej minuty. Działa bez e-maila. Komentarze zaimportowane akcją importu nigdy nie są zgłaszane.',
  },
  'Automatic: comments waiting for approval when moderation is on, every new comment when it is off': {
    de_DE: 'Automatisch: bei eingeschalteter Moderation Kommentare, die auf Freigabe warten, sonst jeder neue Kommentar',
    es_ES: 'Automático: con la moderación activada, los comentarios pendientes de aprobación; si no, cada comentario nuevo',
    fr_FR: 'Automatique : les commentaires en attente d’approbation quand la modération est activée, sinon chaque nouveau commentaire',
    pl_PL: 'Automatycznie: przy włączonej moderacji komentarze czekające na zatwierdzenie, w przeciwnym razie każdy nowy komentarz',
  },
  'Every new comment': {
    de_DE: 'Jeder neue Kommentar',
    es_ES: 'Cada comentario nuevo',
    fr_FR: 'Chaque nouveau commentaire',
    pl_PL: 'Każdy nowy komentarz',
  },
  'Only comments waiting for approval': {
    de_DE: 'Nur Kommentare, die auf Freigabe warten',
    es_ES: 'Solo comentarios pendientes de aprobación',
    fr_FR: 'Seulement les commentaires en attente d’approbation',
    pl_PL: 'Tylko komentarze czekające na zatwierdzenie',
  },
  'None': {
    de_DE: 'Keine',
    es_ES: 'Ninguna',
    fr_FR: 'Aucune',
    pl_PL: 'Żadne',
  },
  'StartOS notifications: choose one of the offered options.': {
    de_DE: 'StartOS-Benachrichtigungen: Wählen Sie eine der angebotenen Möglichkeiten.',
    es_ES: 'Notificaciones de StartOS: elija una de las opciones ofrecidas.',
    fr_FR: 'Notifications StartOS : choisissez l’une des options proposées.',
    pl_PL: 'Powiadomienia StartOS: wybierz jedną z podanych opcji.',
  },
})
