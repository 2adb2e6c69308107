import { messages } from '../locales'

// The configure-server action, plus two notes every isso.cfg-writing action shows.
export const server = messages({
  Server: { de_DE: 'Server', es_ES: 'Servidor', fr_FR: 'Serveur', pl_PL: 'Serwer' },
  'Moderation, spam protection and what visitors can do with their comments.': {
    de_DE: 'Moderation, Spam-Schutz und was Besucher mit ihren Kommentaren tun können.',
    es_ES: 'Moderación, protección contra spam y lo que los visitantes pueden hacer con sus comentarios.',
    fr_FR: 'Modération, protection contre le spam et ce que les visiteurs peuvent faire de leurs commentaires.',
    pl_PL: 'Moderacja, ochrona przed spamem i to, co odwiedzający mogą robić ze swoimi komentarzami.',
  },
  // durations
  Amount: { de_DE: 'Anzahl', es_ES: 'Cantidad', fr_FR: 'Quantité', pl_PL: 'Liczba' },
  Unit: { de_DE: 'Einheit', es_ES: 'Unidad', fr_FR: 'Unité', pl_PL: 'Jednostka' },
  Minutes: { de_DE: 'Minuten', es_ES: 'Minutos', fr_FR: 'Minutes', pl_PL: 'Minuty' },
  Hours: { de_DE: 'Stunden', es_ES: 'Horas', fr_FR: 'Heures', pl_PL: 'Godziny' },
  Days: { de_DE: 'Tage', es_ES: 'Días', fr_FR: 'Jours', pl_PL: 'Dni' },
  Weeks: { de_DE: 'Wochen', es_ES: 'Semanas', fr_FR: 'Semaines', pl_PL: 'Tygodnie' },
  // comments (Gravatar's MD5 and /latest: checked with Isso 0.14.0 in test/embed/realIsso.test.ts)
  Comments: { de_DE: 'Kommentare', es_ES: 'Comentarios', fr_FR: 'Commentaires', pl_PL: 'Komentarze' },
  'Edit window': {
    de_DE: 'Bearbeitungszeitraum',
    es_ES: 'Plazo de edición',
    fr_FR: 'Délai de modification',
    pl_PL: 'Czas na edycję',
  },
  'How long after posting a visitor can still edit or delete their own comment, from the same browser. From 1 minute to 30 days.': {
    de_DE: 'Wie lange Besucher ihren eigenen Kommentar nach dem Absenden noch bearbeiten oder löschen können, im selben Browser. Von 1 Minute bis 30 Tage.',
    es_ES: 'Cuánto tiempo después de publicar puede un visitante editar o borrar su propio comentario, desde el mismo navegador. De 1 minuto a 30 días.',
    fr_FR: 'Combien de temps après la publication un visiteur peut encore modifier ou supprimer son propre commentaire, depuis le même navigateur. De 1 minute à 30 jours.',
    pl_PL: 'Jak długo po opublikowaniu odwiedzający może edytować lub usunąć własny komentarz, z tej samej przeglądarki. Od 1 minuty do 30 dni.',
  },
  'Show avatars (Gravatar)': {
    de_DE: 'Avatare anzeigen (Gravatar)',
    es_ES: 'Mostrar avatares (Gravatar)',
    fr_FR: 'Afficher les avatars (Gravatar)',
    pl_PL: 'Pokazuj awatary (Gravatar)',
  },
  "Shows each commenter's Gravatar picture, found from their e-mail address. Readers' browsers then load the pictures from gravatar.com, and Isso's public API shows an unsalted MD5 of each commenter's e-mail address, which anyone can compare with addresses they guess.": {
    de_DE: 'Zeigt das Gravatar-Bild jedes Kommentierenden, gefunden über seine E-Mail-Adresse. Die Browser der Leser laden die Bilder dann von gravatar.com, und die öffentliche API von Isso zeigt einen ungesalzenen MD5-Wert der E-Mail-Adresse jedes Kommentierenden, den jeder mit erratenen Adressen vergleichen kann.',
    es_ES: 'Muestra la imagen de Gravatar de cada comentarista, encontrada a partir de su correo electrónico. Los navegadores de los lectores cargan entonces las imágenes desde gravatar.com, y la API pública de Isso muestra un MD5 sin sal del correo de cada comentarista, que cualquiera puede comparar con direcciones que adivine.',
    fr_FR: "Affiche l'image Gravatar de chaque commentateur, trouvée à partir de son adresse e-mail. Les navigateurs des lecteurs chargent alors les images depuis gravatar.com, et l'API publique d'Isso montre un MD5 non salé de l'adresse e-mail de chaque commentateur, que chacun peut comparer à des adresses devinées.",
    pl_PL: 'Pokazuje obrazek Gravatar każdego komentującego, znaleziony na podstawie adresu e-mail. Przeglądarki czytelników pobierają wtedy obrazki z gravatar.com, a publiczne API Isso pokazuje niesolony skrót MD5 adresu e-mail każdego komentującego, który każdy może porównać z odgadniętymi adresami.',
  },
  'Latest comments list': {
    de_DE: 'Liste der neuesten Kommentare',
    es_ES: 'Lista de últimos comentarios',
    fr_FR: 'Liste des derniers commentaires',
    pl_PL: 'Lista najnowszych komentarzy',
  },
  "Opens Isso's /latest address, which returns the newest comments of all pages as JSON for a script of your own. Isso's embed code shows no such list itself.": {
    de_DE: 'Öffnet die Adresse /latest von Isso, die die neuesten Kommentare aller Seiten als JSON für ein eigenes Skript liefert. Der Einbettungscode von Isso zeigt selbst keine solche Liste.',
    es_ES: 'Abre la dirección /latest de Isso, que devuelve los comentarios más recientes de todas las páginas en JSON para un script propio. El código para insertar de Isso no muestra esa lista por sí mismo.',
    fr_FR: "Ouvre l'adresse /latest d'Isso, qui renvoie les commentaires les plus récents de toutes les pages en JSON pour un script de votre cru. Le code d'intégration d'Isso n'affiche pas de telle liste lui-même.",
    pl_PL: 'Otwiera adres /latest Isso, który zwraca najnowsze komentarze ze wszystkich stron jako JSON dla Twojego własnego skryptu. Kod do osadzenia Isso sam nie pokazuje takiej listy.',
  },
  'Reply notifications': {
    de_DE: 'Benachrichtigung bei Antworten',
    es_ES: 'Avisos de respuestas',
    fr_FR: 'Notifications de réponse',
    pl_PL: 'Powiadomienia o odpowiedziach',
  },
  'Lets commenters ask to be e-mailed when someone replies to them. Needs e-mail to be set up; turning on moderation as well keeps spam out of their inboxes.': {
    de_DE: 'Kommentierende können sich per E-Mail benachrichtigen lassen, wenn jemand antwortet. Dafür muss E-Mail eingerichtet sein; mit eingeschalteter Moderation landet kein Spam in ihren Postfächern.',
    es_ES: 'Permite a quienes comentan recibir un correo cuando alguien les responde. Requiere configurar el correo; activar también la moderación evita que les llegue spam.',
    fr_FR: "Permet aux commentateurs d'être prévenus par e-mail quand quelqu'un leur répond. Nécessite la configuration de l'e-mail ; activer aussi la modération évite que du spam arrive dans leur boîte.",
    pl_PL: 'Pozwala komentującym otrzymać e-mail, gdy ktoś im odpowie. Wymaga skonfigurowania poczty; włączenie moderacji chroni ich skrzynki przed spamem.',
  },
  // moderation
  Moderation: { de_DE: 'Moderation', es_ES: 'Moderación', fr_FR: 'Modération', pl_PL: 'Moderacja' },
  'Hold new comments for approval': {
    de_DE: 'Neue Kommentare zur Freigabe zurückhalten',
    es_ES: 'Retener los comentarios nuevos hasta aprobarlos',
    fr_FR: "Retenir les nouveaux commentaires jusqu'à approbation",
    pl_PL: 'Wstrzymuj nowe komentarze do zatwierdzenia',
  },
  'New comments stay hidden until you approve them in the admin panel.': {
    de_DE: 'Neue Kommentare bleiben verborgen, bis Sie sie im Admin-Bereich freigeben.',
    es_ES: 'Los comentarios nuevos permanecen ocultos hasta que los apruebe en el panel de administración.',
    fr_FR: "Les nouveaux commentaires restent cachés jusqu'à ce que vous les approuviez dans le panneau d'administration.",
    pl_PL: 'Nowe komentarze pozostają ukryte, dopóki nie zatwierdzisz ich w panelu administratora.',
  },
  'Trust e-mail addresses with a published comment': {
    de_DE: 'E-Mail-Adressen mit veröffentlichtem Kommentar vertrauen',
    es_ES: 'Confiar en direcciones de correo con un comentario publicado',
    fr_FR: 'Faire confiance aux adresses e-mail ayant un commentaire publié',
    pl_PL: 'Ufaj adresom e-mail z opublikowanym komentarzem',
  },
  'Publishes a comment at once if a comment with the same e-mail address was published in the last 6 months, including one published while moderation was off. Anyone can type any address, so this saves work but is no security check.': {
    de_DE: 'Veröffentlicht einen Kommentar sofort, wenn in den letzten 6 Monaten ein Kommentar mit derselben E-Mail-Adresse veröffentlicht wurde, auch einer, der ohne Moderation erschien. Jeder kann jede Adresse eintippen: Das spart Arbeit, ist aber keine Sicherheitsprüfung.',
    es_ES: 'Publica un comentario enseguida si en los últimos 6 meses se publicó uno con la misma dirección de correo, también uno publicado con la moderación desactivada. Cualquiera puede escribir cualquier dirección: ahorra trabajo, pero no es un control de seguridad.',
    fr_FR: "Publie un commentaire aussitôt si un commentaire avec la même adresse e-mail a été publié dans les 6 derniers mois, y compris pendant que la modération était désactivée. N'importe qui peut saisir n'importe quelle adresse : cela fait gagner du temps, mais ce n'est pas un contrôle de sécurité.",
    pl_PL: 'Publikuje komentarz od razu, jeśli w ciągu ostatnich 6 miesięcy opublikowano komentarz z tym samym adresem e-mail, także przy wyłączonej moderacji. Każdy może wpisać dowolny adres, więc to oszczędza pracę, ale nie jest zabezpieczeniem.',
  },
  'Delete unapproved comments after': {
    de_DE: 'Nicht freigegebene Kommentare löschen nach',
    es_ES: 'Borrar los comentarios no aprobados tras',
    fr_FR: 'Supprimer les commentaires non approuvés après',
    pl_PL: 'Usuwaj niezatwierdzone komentarze po',
  },
  'Comments still waiting for approval after this long are deleted. Isso checks when it starts and then once per this period, so a comment goes between one and about two periods after it was posted. Only while moderation is on. From 1 hour to 365 days.': {
    de_DE: 'Kommentare, die nach dieser Zeit noch auf Freigabe warten, werden gelöscht. Isso prüft beim Start und danach einmal pro Zeitraum, ein Kommentar verschwindet also zwischen einem und etwa zwei Zeiträumen nach dem Schreiben. Nur bei eingeschalteter Moderation. Von 1 Stunde bis 365 Tage.',
    es_ES: 'Los comentarios que tras este tiempo sigan pendientes de aprobación se borran. Isso lo comprueba al arrancar y después una vez por periodo, así que un comentario desaparece entre uno y unos dos periodos después de publicarse. Solo con la moderación activada. De 1 hora a 365 días.',
    fr_FR: "Les commentaires encore en attente d'approbation après cette durée sont supprimés. Isso vérifie au démarrage puis une fois par période : un commentaire disparaît donc entre une et environ deux périodes après sa publication. Seulement avec la modération activée. De 1 heure à 365 jours.",
    pl_PL: 'Komentarze, które po tym czasie wciąż czekają na zatwierdzenie, są usuwane. Isso sprawdza przy starcie, a potem raz na okres, więc komentarz znika po czasie od jednego do około dwóch okresów od napisania. Tylko przy włączonej moderacji. Od 1 godziny do 365 dni.',
  },
  // spam protection (limits per /24 or /48 network: utils.anonymize; test/embed/realIsso.test.ts)
  'Spam protection': {
    de_DE: 'Spam-Schutz',
    es_ES: 'Protección contra spam',
    fr_FR: 'Protection contre le spam',
    pl_PL: 'Ochrona przed spamem',
  },
  'Use spam protection': {
    de_DE: 'Spam-Schutz verwenden',
    es_ES: 'Usar protección contra spam',
    fr_FR: 'Utiliser la protection contre le spam',
    pl_PL: 'Używaj ochrony przed spamem',
  },
  'Turns on the limits and requirements below. When off, none of them apply.': {
    de_DE: 'Schaltet die Grenzen und Anforderungen unten ein. Ausgeschaltet gilt keine davon.',
    es_ES: 'Activa los límites y requisitos de abajo. Si está desactivada, no se aplica ninguno.',
    fr_FR: "Active les limites et exigences ci-dessous. Désactivée, aucune ne s'applique.",
    pl_PL: 'Włącza poniższe limity i wymagania. Po wyłączeniu żadne z nich nie obowiązuje.',
  },
  'Comments per minute': {
    de_DE: 'Kommentare pro Minute',
    es_ES: 'Comentarios por minuto',
    fr_FR: 'Commentaires par minute',
    pl_PL: 'Komentarze na minutę',
  },
  'How many new comments one network may post per minute: Isso counts every visitor in the same /24 (IPv4) or /48 (IPv6) network as one. From 1 to 100.': {
    de_DE: 'Wie viele neue Kommentare ein Netzwerk pro Minute schreiben darf: Isso zählt alle Besucher im selben /24-Netz (IPv4) oder /48-Netz (IPv6) als einen. Von 1 bis 100.',
    es_ES: 'Cuántos comentarios nuevos puede publicar una red por minuto: Isso cuenta a todos los visitantes de la misma red /24 (IPv4) o /48 (IPv6) como uno solo. De 1 a 100.',
    fr_FR: "Combien de nouveaux commentaires un réseau peut publier par minute : Isso compte tous les visiteurs d'un même réseau /24 (IPv4) ou /48 (IPv6) comme un seul. De 1 à 100.",
    pl_PL: 'Ile nowych komentarzy jedna sieć może dodać na minutę: Isso liczy wszystkich odwiedzających z tej samej sieci /24 (IPv4) lub /48 (IPv6) jako jednego. Od 1 do 100.',
  },
  'Top-level comments per page': {
    de_DE: 'Hauptkommentare pro Seite',
    es_ES: 'Comentarios principales por página',
    fr_FR: 'Commentaires principaux par page',
    pl_PL: 'Komentarze główne na stronę',
  },
  'How many comments that are not replies one network (the same /24 for IPv4, /48 for IPv6) may ever post under the same page. From 1 to 1000.': {
    de_DE: 'Wie viele Kommentare, die keine Antworten sind, ein Netzwerk (dasselbe /24 bei IPv4, /48 bei IPv6) insgesamt unter derselben Seite schreiben darf. Von 1 bis 1000.',
    es_ES: 'Cuántos comentarios que no son respuestas puede publicar en total una red (la misma /24 en IPv4, /48 en IPv6) en la misma página. De 1 a 1000.',
    fr_FR: 'Combien de commentaires qui ne sont pas des réponses un réseau (le même /24 en IPv4, /48 en IPv6) peut publier au total sous la même page. De 1 à 1000.',
    pl_PL: 'Ile komentarzy, które nie są odpowiedziami, jedna sieć (ta sama /24 dla IPv4, /48 dla IPv6) może łącznie dodać pod tą samą stroną. Od 1 do 1000.',
  },
  'Allow replies to your own comment': {
    de_DE: 'Antworten auf den eigenen Kommentar erlauben',
    es_ES: 'Permitir responder al propio comentario',
    fr_FR: 'Autoriser les réponses à son propre commentaire',
    pl_PL: 'Zezwalaj na odpowiedzi na własny komentarz',
  },
  'Lets visitors reply to their own comment while they can still edit it.': {
    de_DE: 'Besucher dürfen auf ihren eigenen Kommentar antworten, solange sie ihn noch bearbeiten können.',
    es_ES: 'Permite a los visitantes responder a su propio comentario mientras aún pueden editarlo.',
    fr_FR: 'Permet aux visiteurs de répondre à leur propre commentaire tant qu’ils peuvent encore le modifier.',
    pl_PL: 'Pozwala odwiedzającym odpowiadać na własny komentarz, dopóki mogą go jeszcze edytować.',
  },
  'Require a name': {
    de_DE: 'Namen verlangen',
    es_ES: 'Exigir un nombre',
    fr_FR: 'Exiger un nom',
    pl_PL: 'Wymagaj imienia',
  },
  'Comments without a name are refused.': {
    de_DE: 'Kommentare ohne Namen werden abgelehnt.',
    es_ES: 'Se rechazan los comentarios sin nombre.',
    fr_FR: 'Les commentaires sans nom sont refusés.',
    pl_PL: 'Komentarze bez imienia są odrzucane.',
  },
  'Require an e-mail address': {
    de_DE: 'E-Mail-Adresse verlangen',
    es_ES: 'Exigir un correo electrónico',
    fr_FR: 'Exiger une adresse e-mail',
    pl_PL: 'Wymagaj adresu e-mail',
  },
  "Comments without an e-mail address are refused. Isso does not check the address. Your pages do not show it, but the admin panel and Isso's e-mails to you do, and with Gravatar on, its MD5 hash is public.": {
    de_DE: 'Kommentare ohne E-Mail-Adresse werden abgelehnt. Isso prüft die Adresse nicht. Ihre Seiten zeigen sie nicht, wohl aber der Admin-Bereich und die E-Mails von Isso an Sie, und mit Gravatar ist ihr MD5-Hash öffentlich.',
    es_ES: 'Se rechazan los comentarios sin dirección de correo. Isso no comprueba la dirección. Sus páginas no la muestran, pero el panel de administración y los correos de Isso para usted sí, y con Gravatar activado su hash MD5 es público.',
    fr_FR: "Les commentaires sans adresse e-mail sont refusés. Isso ne vérifie pas l'adresse. Vos pages ne l'affichent pas, mais le panneau d'administration et les e-mails d'Isso qui vous sont adressés oui, et avec Gravatar son empreinte MD5 est publique.",
    pl_PL: 'Komentarze bez adresu e-mail są odrzucane. Isso nie sprawdza adresu. Twoje strony go nie pokazują, ale panel administracyjny i e-maile od Isso do Ciebie tak, a przy włączonym Gravatarze jego skrót MD5 jest publiczny.',
  },
  // refusals
  'Edit window: enter a whole number from 1 minute to 30 days, for example 15 minutes.': {
    de_DE: 'Bearbeitungszeitraum: Geben Sie eine ganze Zahl von 1 Minute bis 30 Tage ein, zum Beispiel 15 Minuten.',
    es_ES: 'Plazo de edición: escriba un número entero de 1 minuto a 30 días, por ejemplo 15 minutos.',
    fr_FR: 'Délai de modification : saisissez un nombre entier de 1 minute à 30 jours, par exemple 15 minutes.',
    pl_PL: 'Czas na edycję: wpisz liczbę całkowitą od 1 minuty do 30 dni, na przykład 15 minut.',
  },
  'Delete unapproved comments after: enter a whole number from 1 hour to 365 days, for example 30 days.': {
    de_DE: 'Nicht freigegebene Kommentare löschen nach: Geben Sie eine ganze Zahl von 1 Stunde bis 365 Tage ein, zum Beispiel 30 Tage.',
    es_ES: 'Borrar los comentarios no aprobados tras: escriba un número entero de 1 hora a 365 días, por ejemplo 30 días.',
    fr_FR: 'Supprimer les commentaires non approuvés après : saisissez un nombre entier de 1 heure à 365 jours, par exemple 30 jours.',
    pl_PL: 'Usuwaj niezatwierdzone komentarze po: wpisz liczbę całkowitą od 1 godziny do 365 dni, na przykład 30 dni.',
  },
  'Comments per minute: enter a whole number from 1 to 100.': {
    de_DE: 'Kommentare pro Minute: Geben Sie eine ganze Zahl von 1 bis 100 ein.',
    es_ES: 'Comentarios por minuto: escriba un número entero de 1 a 100.',
    fr_FR: 'Commentaires par minute : saisissez un nombre entier de 1 à 100.',
    pl_PL: 'Komentarze na minutę: wpisz liczbę całkowitą od 1 do 100.',
  },
  'Top-level comments per page: enter a whole number from 1 to 1000.': {
    de_DE: 'Hauptkommentare pro Seite: Geben Sie eine ganze Zahl von 1 bis 1000 ein.',
    es_ES: 'Comentarios principales por página: escriba un número entero de 1 a 1000.',
    fr_FR: 'Commentaires principaux par page : saisissez un nombre entier de 1 à 1000.',
    pl_PL: 'Komentarze główne na stronę: wpisz liczbę całkowitą od 1 do 1000.',
  },
  // results
  'Server settings saved': {
    de_DE: 'Server-Einstellungen gespeichert',
    es_ES: 'Ajustes del servidor guardados',
    fr_FR: 'Réglages du serveur enregistrés',
    pl_PL: 'Ustawienia serwera zapisane',
  },
  'If Isso is running, it restarts by itself to apply the change.': {
    de_DE: 'Läuft Isso gerade, startet es von selbst neu, um die Änderung zu übernehmen.',
    es_ES: 'Si Isso está en marcha, se reinicia solo para aplicar el cambio.',
    fr_FR: "Si Isso tourne, il redémarre de lui-même pour appliquer le changement.",
    pl_PL: 'Jeśli Isso działa, uruchomi się ponownie samo, aby zastosować zmianę.',
  },
})
