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
  'The current admin password stops working as soon as this runs. Keep the new one shown afterwards.': {
    de_DE: 'Das aktuelle Admin-Passwort funktioniert sofort nicht mehr. Bewahren Sie das danach angezeigte neue Passwort auf.',
    es_ES: 'La contraseña de administrador actual deja de funcionar en cuanto se ejecuta. Guarde la nueva que se muestra después.',
    fr_FR: "Le mot de passe administrateur actuel cesse de fonctionner dès l'exécution. Conservez le nouveau affiché ensuite.",
    pl_PL: 'Obecne hasło administratora przestaje działać od razu po uruchomieniu. Zachowaj nowe hasło pokazane potem.',
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
  'Admin password of site ${site} set': {
    de_DE: 'Admin-Passwort der Website ${site} festgelegt',
    es_ES: 'Contraseña de administrador del sitio ${site} establecida',
    fr_FR: 'Mot de passe administrateur du site ${site} défini',
    pl_PL: 'Ustawiono hasło administratora witryny ${site}',
  },
  'Copy this password into your password manager now. To moderate the comments of site ${site}, open ${admin} on the comments address and enter the password; there is no user name. Running this action again replaces it.': {
    de_DE: 'Kopieren Sie dieses Passwort jetzt in Ihren Passwortmanager. Um die Kommentare der Website ${site} zu moderieren, öffnen Sie ${admin} unter der Kommentar-Adresse und geben Sie das Passwort ein; einen Benutzernamen gibt es nicht. Wenn Sie diese Aktion erneut ausführen, wird es ersetzt.',
    es_ES: 'Copie ahora esta contraseña en su gestor de contraseñas. Para moderar los comentarios del sitio ${site}, abra ${admin} en la dirección de comentarios e introduzca la contraseña; no hay nombre de usuario. Ejecutar esta acción de nuevo la reemplaza.',
    fr_FR: "Copiez ce mot de passe dans votre gestionnaire de mots de passe maintenant. Pour modérer les commentaires du site ${site}, ouvrez ${admin} à l'adresse des commentaires et saisissez le mot de passe ; il n'y a pas de nom d'utilisateur. Exécuter à nouveau cette action le remplace.",
    pl_PL: 'Skopiuj teraz to hasło do menedżera haseł. Aby moderować komentarze witryny ${site}, otwórz ${admin} pod adresem komentarzy i wpisz hasło; nazwy użytkownika nie ma. Ponowne uruchomienie tej akcji je zastępuje.',
  },
})
