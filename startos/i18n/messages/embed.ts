import { messages } from '../locales'

// The embed-code action: address choice, snippets and why an address suits only private use.
export const embed = messages({
  'Embed Code': { de_DE: 'Einbettungscode', es_ES: 'Código para insertar', fr_FR: "Code d'intégration", pl_PL: 'Kod do osadzenia' },
  'Get the HTML to paste into your website: comments under each post, and comment counters for index pages.': {
    de_DE: 'Den HTML-Code für Ihre Website holen: Kommentare unter jedem Beitrag und Kommentarzähler für Übersichtsseiten.',
    es_ES: 'Obtenga el HTML para pegar en su sitio web: comentarios bajo cada entrada y contadores de comentarios para las páginas de índice.',
    fr_FR: 'Obtenez le HTML à coller dans votre site : les commentaires sous chaque article et des compteurs de commentaires pour les pages de liste.',
    pl_PL: 'Pobierz kod HTML do wklejenia na stronę: komentarze pod każdym wpisem i liczniki komentarzy na stronach z listą wpisów.',
  },
  Address: { de_DE: 'Adresse', es_ES: 'Dirección', fr_FR: 'Adresse', pl_PL: 'Adres' },
  "The address of Isso that your website's visitors load comments from. A public domain with HTTPS works for everyone; the others only suit private use.": {
    de_DE: 'Die Adresse von Isso, von der die Besucher Ihrer Website die Kommentare laden. Eine öffentliche Domain mit HTTPS funktioniert für alle; die anderen eignen sich nur für den privaten Gebrauch.',
    es_ES: 'La dirección de Isso desde la que los visitantes de su sitio cargan los comentarios. Un dominio público con HTTPS funciona para todos; las demás solo sirven para uso privado.',
    fr_FR: "L'adresse d'Isso depuis laquelle les visiteurs de votre site chargent les commentaires. Un domaine public en HTTPS fonctionne pour tout le monde ; les autres ne conviennent qu'à un usage privé.",
    pl_PL: 'Adres Isso, z którego odwiedzający Twoją stronę ładują komentarze. Publiczna domena z HTTPS działa dla wszystkich; pozostałe nadają się tylko do użytku prywatnego.',
  },
  'public domain, recommended': {
    de_DE: 'öffentliche Domain, empfohlen',
    es_ES: 'dominio público, recomendado',
    fr_FR: 'domaine public, recommandé',
    pl_PL: 'domena publiczna, zalecana',
  },
  'private domain': { de_DE: 'private Domain', es_ES: 'dominio privado', fr_FR: 'domaine privé', pl_PL: 'domena prywatna' },
  Tor: { de_DE: 'Tor', es_ES: 'Tor', fr_FR: 'Tor', pl_PL: 'Tor' },
  'local network': { de_DE: 'lokales Netzwerk', es_ES: 'red local', fr_FR: 'réseau local', pl_PL: 'sieć lokalna' },
  'local network IP address': {
    de_DE: 'IP-Adresse im lokalen Netzwerk',
    es_ES: 'dirección IP de la red local',
    fr_FR: 'adresse IP du réseau local',
    pl_PL: 'adres IP w sieci lokalnej',
  },
  'public IP address': { de_DE: 'öffentliche IP-Adresse', es_ES: 'dirección IP pública', fr_FR: 'adresse IP publique', pl_PL: 'publiczny adres IP' },
  'Isso has no address yet. Start the service, then run this action again.': {
    de_DE: 'Isso hat noch keine Adresse. Starten Sie den Dienst und führen Sie die Aktion dann erneut aus.',
    es_ES: 'Isso aún no tiene dirección. Inicie el servicio y vuelva a ejecutar esta acción.',
    fr_FR: "Isso n'a pas encore d'adresse. Démarrez le service, puis relancez cette action.",
    pl_PL: 'Isso nie ma jeszcze adresu. Uruchom usługę, a potem ponownie tę akcję.',
  },
  'The address ${url} is no longer available. Run this action again and pick another one.': {
    de_DE: 'Die Adresse ${url} ist nicht mehr verfügbar. Führen Sie die Aktion erneut aus und wählen Sie eine andere.',
    es_ES: 'La dirección ${url} ya no está disponible. Vuelva a ejecutar esta acción y elija otra.',
    fr_FR: "L'adresse ${url} n'est plus disponible. Relancez cette action et choisissez-en une autre.",
    pl_PL: 'Adres ${url} nie jest już dostępny. Uruchom akcję ponownie i wybierz inny.',
  },
  'isso.cfg has a value Isso would refuse: ${detail}. Fix it, then run this action again.': {
    de_DE: 'isso.cfg enthält einen Wert, den Isso ablehnen würde: ${detail}. Korrigieren Sie ihn und führen Sie die Aktion erneut aus.',
    es_ES: 'isso.cfg tiene un valor que Isso rechazaría: ${detail}. Corríjalo y vuelva a ejecutar esta acción.',
    fr_FR: "isso.cfg contient une valeur qu'Isso refuserait : ${detail}. Corrigez-la, puis relancez cette action.",
    pl_PL: 'isso.cfg zawiera wartość, którą Isso by odrzucił: ${detail}. Popraw ją i uruchom akcję ponownie.',
  },
  // texts inside the snippets
  'Title of this post': { de_DE: 'Titel dieses Beitrags', es_ES: 'Título de esta entrada', fr_FR: 'Titre de cet article', pl_PL: 'Tytuł tego wpisu' },
  '/path-of-the-post/': { de_DE: '/pfad-des-beitrags/', es_ES: '/ruta-de-la-entrada/', fr_FR: "/chemin-de-l-article/", pl_PL: '/sciezka-wpisu/' },
  Comments: { de_DE: 'Kommentare', es_ES: 'Comentarios', fr_FR: 'Commentaires', pl_PL: 'Komentarze' },
  // result entries
  "Paste this into each post's page where the comments should appear.": {
    de_DE: 'Fügen Sie dies in die Seite jedes Beitrags dort ein, wo die Kommentare erscheinen sollen.',
    es_ES: 'Pegue esto en la página de cada entrada, donde deban aparecer los comentarios.',
    fr_FR: "Collez ceci dans la page de chaque article, là où les commentaires doivent s'afficher.",
    pl_PL: 'Wklej to na stronie każdego wpisu w miejscu, gdzie mają się pojawić komentarze.',
  },
  'Thread with a title': { de_DE: 'Thread mit Titel', es_ES: 'Hilo con título', fr_FR: 'Fil avec titre', pl_PL: 'Wątek z tytułem' },
  "Use this instead of the <section> line above when Isso cannot open your pages; put the post's title in data-title.": {
    de_DE: 'Verwenden Sie dies statt der <section>-Zeile oben, wenn Isso Ihre Seiten nicht öffnen kann; tragen Sie den Titel des Beitrags in data-title ein.',
    es_ES: 'Use esto en lugar de la línea <section> de arriba cuando Isso no pueda abrir sus páginas; ponga el título de la entrada en data-title.',
    fr_FR: "Utilisez ceci à la place de la ligne <section> ci-dessus quand Isso ne peut pas ouvrir vos pages ; mettez le titre de l'article dans data-title.",
    pl_PL: 'Użyj tego zamiast wiersza <section> powyżej, gdy Isso nie może otworzyć Twoich stron; wpisz tytuł wpisu w data-title.',
  },
  'Comment counter': { de_DE: 'Kommentarzähler', es_ES: 'Contador de comentarios', fr_FR: 'Compteur de commentaires', pl_PL: 'Licznik komentarzy' },
  "For index pages: the script once per page, then one link per post with the post's path in href. Isso replaces the link text with the number of comments.": {
    de_DE: 'Für Übersichtsseiten: das Skript einmal pro Seite, dann ein Link pro Beitrag mit dem Pfad des Beitrags in href. Isso ersetzt den Linktext durch die Anzahl der Kommentare.',
    es_ES: 'Para páginas de índice: el script una vez por página y luego un enlace por entrada con la ruta de la entrada en href. Isso sustituye el texto del enlace por el número de comentarios.',
    fr_FR: "Pour les pages de liste : le script une fois par page, puis un lien par article avec le chemin de l'article dans href. Isso remplace le texte du lien par le nombre de commentaires.",
    pl_PL: 'Dla stron z listą wpisów: skrypt raz na stronę, potem jeden link na wpis ze ścieżką wpisu w href. Isso zastępuje tekst linku liczbą komentarzy.',
  },
  "Isso creates a post's comment thread when the first comment arrives, and reads the thread's title by fetching the post from your website. If your StartOS server cannot reach your website (a site on a private network, behind a login, or not yet published), that first comment fails: use the thread with a title instead, with the post's real title in data-title. The snippets mirror Isso's current settings (required name and email, reply notifications, Gravatar); get them again after changing those.": {
    de_DE: 'Isso legt den Kommentar-Thread eines Beitrags beim ersten Kommentar an und liest dessen Titel, indem es den Beitrag von Ihrer Website abruft. Kann Ihr StartOS-Server Ihre Website nicht erreichen (Website in einem privaten Netz, hinter einer Anmeldung oder noch nicht veröffentlicht), scheitert dieser erste Kommentar: Verwenden Sie dann den Thread mit Titel und tragen Sie den echten Titel des Beitrags in data-title ein. Die Snippets spiegeln die aktuellen Einstellungen von Isso (Name und E-Mail erforderlich, Antwortbenachrichtigungen, Gravatar); holen Sie sie nach einer Änderung erneut.',
    es_ES: 'Isso crea el hilo de comentarios de una entrada al llegar el primer comentario y obtiene su título descargando la entrada desde su sitio web. Si su servidor StartOS no puede acceder a su sitio (un sitio en una red privada, tras un inicio de sesión o aún sin publicar), ese primer comentario falla: use entonces el hilo con título, con el título real de la entrada en data-title. Los fragmentos reflejan la configuración actual de Isso (nombre y correo obligatorios, notificaciones de respuestas, Gravatar); vuelva a obtenerlos después de cambiarla.',
    fr_FR: "Isso crée le fil de commentaires d'un article à l'arrivée du premier commentaire et lit son titre en récupérant l'article sur votre site. Si votre serveur StartOS ne peut pas joindre votre site (site sur un réseau privé, derrière une connexion ou pas encore publié), ce premier commentaire échoue : utilisez alors le fil avec titre, avec le vrai titre de l'article dans data-title. Les extraits reflètent les réglages actuels d'Isso (nom et e-mail obligatoires, notifications de réponse, Gravatar) ; récupérez-les à nouveau après les avoir modifiés.",
    pl_PL: 'Isso tworzy wątek komentarzy wpisu przy pierwszym komentarzu i odczytuje jego tytuł, pobierając wpis z Twojej strony. Jeśli serwer StartOS nie może połączyć się z Twoją stroną (strona w sieci prywatnej, za logowaniem lub jeszcze nieopublikowana), ten pierwszy komentarz się nie powiedzie: użyj wtedy wątku z tytułem i wpisz prawdziwy tytuł wpisu w data-title. Fragmenty kodu odzwierciedlają bieżące ustawienia Isso (wymagane imię i e-mail, powiadomienia o odpowiedziach, Gravatar); pobierz je ponownie po ich zmianie.',
  },
  // why an address only suits private use
  'For a public website, pick a public domain with https; if there is none, add one to the Comments endpoint interface in StartOS. This address has these limits:': {
    de_DE: 'Wählen Sie für eine öffentliche Website eine öffentliche Domain mit https; gibt es keine, fügen Sie der Schnittstelle „Kommentar-Endpunkt“ in StartOS eine hinzu. Diese Adresse hat folgende Grenzen:',
    es_ES: 'Para un sitio web público, elija un dominio público con https; si no hay ninguno, añada uno a la interfaz «Punto de acceso de comentarios» en StartOS. Esta dirección tiene estos límites:',
    fr_FR: "Pour un site public, choisissez un domaine public en https ; s'il n'y en a pas, ajoutez-en un à l'interface « Point d’accès des commentaires » dans StartOS. Cette adresse a ces limites :",
    pl_PL: 'Dla publicznej strony wybierz publiczną domenę z https; jeśli jej nie ma, dodaj ją do interfejsu „Punkt dostępu komentarzy” w StartOS. Ten adres ma następujące ograniczenia:',
  },
  'This is a Tor address: only visitors using Tor Browser can load the comments.': {
    de_DE: 'Dies ist eine Tor-Adresse: Nur Besucher mit dem Tor Browser können die Kommentare laden.',
    es_ES: 'Es una dirección Tor: solo los visitantes que usan Tor Browser pueden cargar los comentarios.',
    fr_FR: "C'est une adresse Tor : seuls les visiteurs utilisant Tor Browser peuvent charger les commentaires.",
    pl_PL: 'To adres Tor: komentarze załadują tylko odwiedzający korzystający z Tor Browser.',
  },
  'This address only works inside your own network (or VPN): visitors from the internet cannot load the comments.': {
    de_DE: 'Diese Adresse funktioniert nur in Ihrem eigenen Netzwerk (oder VPN): Besucher aus dem Internet können die Kommentare nicht laden.',
    es_ES: 'Esta dirección solo funciona dentro de su propia red (o VPN): los visitantes desde Internet no pueden cargar los comentarios.',
    fr_FR: 'Cette adresse ne fonctionne que dans votre propre réseau (ou VPN) : les visiteurs venant d’Internet ne peuvent pas charger les commentaires.',
    pl_PL: 'Ten adres działa tylko w Twojej własnej sieci (lub VPN): odwiedzający z internetu nie załadują komentarzy.',
  },
  "Its HTTPS certificate is signed by your StartOS server, which visitors' browsers do not trust unless they installed its root certificate.": {
    de_DE: 'Ihr HTTPS-Zertifikat ist von Ihrem StartOS-Server signiert; Browser von Besuchern vertrauen ihm nur, wenn sie dessen Stammzertifikat installiert haben.',
    es_ES: 'Su certificado HTTPS lo firma su servidor StartOS, en el que los navegadores de los visitantes no confían salvo que hayan instalado su certificado raíz.',
    fr_FR: "Son certificat HTTPS est signé par votre serveur StartOS, auquel les navigateurs des visiteurs ne font pas confiance sauf s'ils ont installé son certificat racine.",
    pl_PL: 'Jej certyfikat HTTPS jest podpisany przez Twój serwer StartOS, któremu przeglądarki odwiedzających nie ufają, chyba że zainstalowano jego certyfikat główny.',
  },
  'It uses plain http: browsers block it on a website served over https (mixed content), and comments travel unencrypted.': {
    de_DE: 'Sie verwendet einfaches http: Browser blockieren sie auf einer per https ausgelieferten Website (gemischte Inhalte), und Kommentare werden unverschlüsselt übertragen.',
    es_ES: 'Usa http sin cifrar: los navegadores la bloquean en un sitio servido por https (contenido mixto) y los comentarios viajan sin cifrar.',
    fr_FR: 'Elle utilise http simple : les navigateurs la bloquent sur un site servi en https (contenu mixte), et les commentaires circulent sans chiffrement.',
    pl_PL: 'Używa zwykłego http: przeglądarki blokują go na stronie serwowanej przez https (treści mieszane), a komentarze są przesyłane bez szyfrowania.',
  },
})
