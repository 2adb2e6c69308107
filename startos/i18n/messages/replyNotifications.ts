import { messages } from '../locales'

// Reply notifications need e-mail: the refusals of configure-server and configure-smtp.
export const replyNotifications = messages({
  'Reply notifications need e-mail, which is off: visitors would be offered replies by e-mail that never arrive. Set up Email Notifications first, or turn Reply notifications off.': {
    de_DE: '„Benachrichtigung bei Antworten“ braucht E-Mail, und E-Mail ist ausgeschaltet: Besuchern würden Antworten per E-Mail angeboten, die nie ankommen. Richten Sie zuerst die E-Mail-Benachrichtigungen ein oder schalten Sie „Benachrichtigung bei Antworten“ aus.',
    es_ES: 'Las notificaciones de respuestas necesitan el correo, que está desactivado: a los visitantes se les ofrecerían avisos de respuestas por correo que nunca llegan. Configure primero las Notificaciones por correo o desactive las notificaciones de respuestas.',
    fr_FR: "Les notifications de réponse ont besoin de l'e-mail, qui est désactivé : on proposerait aux visiteurs des réponses par e-mail qui n'arrivent jamais. Configurez d'abord les Notifications par e-mail, ou désactivez les notifications de réponse.",
    pl_PL: 'Powiadomienia o odpowiedziach wymagają e-maila, który jest wyłączony: odwiedzającym oferowano by powiadomienia e-mail, które nigdy nie dotrą. Najpierw skonfiguruj Powiadomienia e-mail albo wyłącz powiadomienia o odpowiedziach.',
  },
  'Reply notifications are on, and they need e-mail: visitors would be offered replies by e-mail that never arrive. Turn Reply notifications off in the Server action first, then turn e-mail off.': {
    de_DE: '„Benachrichtigung bei Antworten“ ist eingeschaltet und braucht E-Mail: Besuchern würden Antworten per E-Mail angeboten, die nie ankommen. Schalten Sie zuerst in der Aktion „Server“ die „Benachrichtigung bei Antworten“ aus und dann E-Mail.',
    es_ES: 'Las notificaciones de respuestas están activadas y necesitan el correo: a los visitantes se les ofrecerían avisos por correo que nunca llegan. Desactive primero las notificaciones de respuestas en la acción «Servidor» y después el correo.',
    fr_FR: "Les notifications de réponse sont activées et ont besoin de l'e-mail : on proposerait aux visiteurs des réponses par e-mail qui n'arrivent jamais. Désactivez d'abord les notifications de réponse dans l'action « Serveur », puis l'e-mail.",
    pl_PL: 'Powiadomienia o odpowiedziach są włączone i wymagają e-maila: odwiedzającym oferowano by powiadomienia e-mail, które nigdy nie dotrą. Najpierw wyłącz powiadomienia o odpowiedziach w akcji „Serwer”, a potem e-mail.',
  },
})
