import { messages } from '../locales'

// The set-admin-password action. Its name is also the critical task's name.
export const adminPassword = messages({
  'Set Admin Password': {
    de_DE: 'Admin-Passwort festlegen',
    es_ES: 'Establecer la contraseña de administrador',
    fr_FR: 'Définir le mot de passe administrateur',
    pl_PL: 'Ustaw hasło administratora',
  },
  'Creates a new random password for the admin panel, where you approve, edit and delete comments.': {
    de_DE: 'Erzeugt ein neues zufälliges Passwort für den Admin-Bereich, in dem Sie Kommentare freigeben, bearbeiten und löschen.',
    es_ES: 'Crea una nueva contraseña aleatoria para el panel de administración, donde aprueba, edita y borra comentarios.',
    fr_FR: "Crée un nouveau mot de passe aléatoire pour le panneau d'administration, où vous approuvez, modifiez et supprimez les commentaires.",
    pl_PL: 'Tworzy nowe losowe hasło do panelu administratora, w którym zatwierdzasz, edytujesz i usuwasz komentarze.',
  },
  'Keep the new admin password shown afterwards.': {
    de_DE: 'Bewahren Sie das danach angezeigte neue Admin-Passwort auf.',
    es_ES: 'Guarde la nueva contraseña de administrador que se muestra después.',
    fr_FR: 'Conservez le nouveau mot de passe administrateur affiché ensuite.',
    pl_PL: 'Zachowaj nowe hasło administratora pokazane potem.',
  },
  'Once Isso restarts with the new password (right away when it is running), these stop working (with several blogs, for the chosen blog only): the current admin password, every open admin session, and the links in the e-mails Isso has already sent (approve and delete links in moderation e-mails, unsubscribe links in reply notifications). Keep the new password shown afterwards.': {
    de_DE: 'Sobald Isso mit dem neuen Passwort neu startet (sofort, wenn es läuft), funktioniert Folgendes nicht mehr (bei mehreren Blogs nur für den gewählten): das aktuelle Admin-Passwort, jede offene Admin-Sitzung und die Links in den bereits von Isso versandten E-Mails (Freigabe- und Lösch-Links in Moderations-E-Mails, Abmelde-Links in Antwort-Benachrichtigungen). Bewahren Sie das danach angezeigte neue Passwort auf.',
    es_ES: 'En cuanto Isso se reinicie con la nueva contraseña (de inmediato si está en marcha), dejan de funcionar (con varios blogs, solo para el blog elegido): la contraseña de administrador actual, todas las sesiones de administración abiertas y los enlaces de los correos que Isso ya ha enviado (enlaces para aprobar y eliminar en los correos de moderación, enlaces para darse de baja en los avisos de respuesta). Guarde la nueva contraseña que se muestra después.',
    fr_FR: "Dès qu'Isso redémarre avec le nouveau mot de passe (aussitôt s'il est en marche), ceci cesse de fonctionner (avec plusieurs blogs, pour le blog choisi seulement) : le mot de passe administrateur actuel, toute session d'administration ouverte et les liens des e-mails déjà envoyés par Isso (liens d'approbation et de suppression des e-mails de modération, liens de désabonnement des notifications de réponse). Conservez le nouveau mot de passe affiché ensuite.",
    pl_PL: 'Gdy Isso uruchomi się ponownie z nowym hasłem (od razu, jeśli działa), przestają działać (przy kilku blogach tylko dla wybranego): obecne hasło administratora, każda otwarta sesja administratora oraz linki w e-mailach już wysłanych przez Isso (linki zatwierdzania i usuwania w e-mailach moderacji, linki wypisania w powiadomieniach o odpowiedziach). Zachowaj nowe hasło pokazane potem.',
  },
  "From Isso's next start (right away when it is running), the old password, every open admin session, and the approve, delete and unsubscribe links in the e-mails sent before no longer work.": {
    de_DE: 'Ab dem nächsten Start von Isso (sofort, wenn es läuft) funktionieren das alte Passwort, jede offene Admin-Sitzung und die Freigabe-, Lösch- und Abmelde-Links in den zuvor versandten E-Mails nicht mehr.',
    es_ES: 'Desde el próximo inicio de Isso (de inmediato si está en marcha), la contraseña anterior, todas las sesiones de administración abiertas y los enlaces para aprobar, eliminar y darse de baja de los correos enviados antes dejan de funcionar.',
    fr_FR: "Dès le prochain démarrage d'Isso (aussitôt s'il est en marche), l'ancien mot de passe, toute session d'administration ouverte et les liens d'approbation, de suppression et de désabonnement des e-mails envoyés auparavant ne fonctionnent plus.",
    pl_PL: 'Od następnego uruchomienia Isso (od razu, jeśli działa) stare hasło, każda otwarta sesja administratora oraz linki zatwierdzania, usuwania i wypisania we wcześniej wysłanych e-mailach przestają działać.',
  },
  'E-mails sent from then on carry new links.': {
    de_DE: 'Danach versandte E-Mails enthalten neue Links.',
    es_ES: 'Los correos enviados a partir de entonces llevan enlaces nuevos.',
    fr_FR: 'Les e-mails envoyés ensuite contiennent de nouveaux liens.',
    pl_PL: 'E-maile wysłane od tej chwili zawierają nowe linki.',
  },
  'Admin password set': {
    de_DE: 'Admin-Passwort festgelegt',
    es_ES: 'Contraseña de administrador establecida',
    fr_FR: 'Mot de passe administrateur défini',
    pl_PL: 'Hasło administratora ustawione',
  },
  "Copy this password into your password manager now. To moderate comments, open this service's Admin panel interface and enter the password; there is no user name. Running this action again replaces it.": {
    de_DE: 'Kopieren Sie dieses Passwort jetzt in Ihren Passwort-Manager. Zum Moderieren öffnen Sie die Schnittstelle „Admin-Bereich“ dieses Dienstes und geben das Passwort ein; einen Benutzernamen gibt es nicht. Wenn Sie diese Aktion erneut ausführen, wird es ersetzt.',
    es_ES: 'Copie ahora esta contraseña en su gestor de contraseñas. Para moderar comentarios, abra la interfaz «Panel de administración» de este servicio e introduzca la contraseña; no hay nombre de usuario. Si vuelve a ejecutar esta acción, se sustituye.',
    fr_FR: "Copiez maintenant ce mot de passe dans votre gestionnaire de mots de passe. Pour modérer les commentaires, ouvrez l'interface « Panneau d’administration » de ce service et saisissez le mot de passe ; il n'y a pas de nom d'utilisateur. Relancer cette action le remplace.",
    pl_PL: 'Skopiuj teraz to hasło do menedżera haseł. Aby moderować komentarze, otwórz interfejs „Panel administracyjny” tej usługi i wpisz hasło; nazwy użytkownika nie ma. Ponowne uruchomienie tej akcji zastąpi hasło.',
  },
  "Which blog's admin password to replace. Each blog has its own admin panel and password.": {
    de_DE: 'Das Admin-Passwort welches Blogs ersetzt wird. Jeder Blog hat seinen eigenen Admin-Bereich und sein eigenes Passwort.',
    es_ES: 'De qué blog reemplazar la contraseña de administrador. Cada blog tiene su propio panel de administración y su propia contraseña.',
    fr_FR: "Le blog dont le mot de passe administrateur est remplacé. Chaque blog a son propre panneau d'administration et son propre mot de passe.",
    pl_PL: 'Którego bloga hasło administratora zastąpić. Każdy blog ma własny panel administratora i własne hasło.',
  },
  'Admin password of blog ${site} set': {
    de_DE: 'Admin-Passwort des Blogs ${site} festgelegt',
    es_ES: 'Contraseña de administrador del blog ${site} establecida',
    fr_FR: 'Mot de passe administrateur du blog ${site} défini',
    pl_PL: 'Ustawiono hasło administratora bloga ${site}',
  },
  'Copy this password into your password manager now. To moderate the comments of blog ${site}, open ${admin} on the comments address and enter the password; there is no user name. Running this action again replaces it.': {
    de_DE: 'Kopieren Sie dieses Passwort jetzt in Ihren Passwortmanager. Um die Kommentare des Blogs ${site} zu moderieren, öffnen Sie ${admin} unter der Kommentar-Adresse und geben Sie das Passwort ein; einen Benutzernamen gibt es nicht. Wenn Sie diese Aktion erneut ausführen, wird es ersetzt.',
    es_ES: 'Copie ahora esta contraseña en su gestor de contraseñas. Para moderar los comentarios del blog ${site}, abra ${admin} en la dirección de comentarios e introduzca la contraseña; no hay nombre de usuario. Ejecutar esta acción de nuevo la reemplaza.',
    fr_FR: "Copiez ce mot de passe dans votre gestionnaire de mots de passe maintenant. Pour modérer les commentaires du blog ${site}, ouvrez ${admin} à l'adresse des commentaires et saisissez le mot de passe ; il n'y a pas de nom d'utilisateur. Exécuter à nouveau cette action le remplace.",
    pl_PL: 'Skopiuj teraz to hasło do menedżera haseł. Aby moderować komentarze bloga ${site}, otwórz ${admin} pod adresem komentarzy i wpisz hasło; nazwy użytkownika nie ma. Ponowne uruchomienie tej akcji je zastępuje.',
  },
})
