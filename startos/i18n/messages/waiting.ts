import { messages } from '../locales'

// The waiting-comments health check's message.
export const waiting = messages({
  'No comments are waiting for approval.': {
    de_DE: 'Keine Kommentare warten auf Freigabe.',
    es_ES: 'No hay comentarios pendientes de aprobación.',
    fr_FR: "Aucun commentaire n'attend d'approbation.",
    pl_PL: 'Żadne komentarze nie czekają na zatwierdzenie.',
  },
  'New comments wait for your approval, and nobody is told of them: e-mail and StartOS notifications are off.': {
    de_DE: 'Neue Kommentare warten auf Ihre Freigabe, und niemand erfährt davon: E-Mail und StartOS-Benachrichtigungen sind ausgeschaltet.',
    es_ES: 'Los comentarios nuevos esperan su aprobación y nadie recibe aviso: el correo y las notificaciones de StartOS están desactivados.',
    fr_FR: "Les nouveaux commentaires attendent votre approbation, et personne n'en est averti : l'e-mail et les notifications StartOS sont désactivés.",
    pl_PL: 'Nowe komentarze czekają na Twoje zatwierdzenie i nikt nie dostaje o nich wiadomości: e-mail i powiadomienia StartOS są wyłączone.',
  },
  'Comments waiting for approval: ${count}.': {
    de_DE: 'Kommentare, die auf Freigabe warten: ${count}.',
    es_ES: 'Comentarios pendientes de aprobación: ${count}.',
    fr_FR: 'Commentaires en attente d’approbation : ${count}.',
    pl_PL: 'Komentarze czekające na zatwierdzenie: ${count}.',
  },
  'Isso deletes the oldest from ${date} on unless you approve it.': {
    de_DE: 'Isso löscht den ältesten ab dem ${date}, wenn Sie ihn nicht freigeben.',
    es_ES: 'Isso borrará el más antiguo a partir del ${date} si no lo aprueba.',
    fr_FR: "Isso supprime le plus ancien à partir du ${date} si vous ne l'approuvez pas.",
    pl_PL: 'Isso usunie najstarszy od ${date}, jeśli go nie zatwierdzisz.',
  },
  'Isso deletes the oldest at its next clean-up unless you approve it.': {
    de_DE: 'Isso löscht den ältesten beim nächsten Aufräumen, wenn Sie ihn nicht freigeben.',
    es_ES: 'Isso borrará el más antiguo en su próxima limpieza si no lo aprueba.',
    fr_FR: "Isso supprime le plus ancien lors de son prochain nettoyage si vous ne l'approuvez pas.",
    pl_PL: 'Isso usunie najstarszy przy najbliższym porządkowaniu, jeśli go nie zatwierdzisz.',
  },
  'Nobody is told of them: e-mail and StartOS notifications are off.': {
    de_DE: 'Niemand erfährt davon: E-Mail und StartOS-Benachrichtigungen sind ausgeschaltet.',
    es_ES: 'Nadie recibe aviso de ellos: el correo y las notificaciones de StartOS están desactivados.',
    fr_FR: "Personne n'en est averti : l'e-mail et les notifications StartOS sont désactivés.",
    pl_PL: 'Nikt nie dostaje o nich wiadomości: e-mail i powiadomienia StartOS są wyłączone.',
  },
  'Moderation is off now, so they stay hidden and are never deleted by themselves.': {
    de_DE: 'Die Moderation ist jetzt ausgeschaltet, daher bleiben sie verborgen und werden nie von selbst gelöscht.',
    es_ES: 'La moderación está desactivada ahora, así que siguen ocultos y nunca se borran solos.',
    fr_FR: "La modération est désormais désactivée : ils restent masqués et ne sont jamais supprimés d'eux-mêmes.",
    pl_PL: 'Moderacja jest teraz wyłączona, więc pozostają ukryte i nigdy nie zostaną usunięte same.',
  },
})
