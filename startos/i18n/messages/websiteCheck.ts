import { messages } from '../locales'

// The check-website action: the form, the points, their statuses and every finding with
// its fix. The address limits reuse the embed-code messages.
export const websiteCheck = messages({
  // the action and its form
  'Check a Page': {
    de_DE: 'Seite prüfen',
    es_ES: 'Comprobar una página',
    fr_FR: 'Vérifier une page',
    pl_PL: 'Sprawdź stronę',
  },
  'Checks one page of your website: that it loads Isso correctly, that Isso accepts it, and how to fix what does not work. Nothing is changed or sent.': {
    de_DE: 'Prüft eine Seite Ihrer Website: ob sie Isso richtig einbindet, ob Isso sie akzeptiert und wie sich beheben lässt, was nicht funktioniert. Es wird nichts geändert oder gesendet.',
    es_ES: 'Comprueba una página de su sitio web: que carga Isso correctamente, que Isso la acepta y cómo arreglar lo que no funciona. No se cambia ni se envía nada.',
    fr_FR: "Vérifie une page de votre site : qu'elle charge Isso correctement, qu'Isso l'accepte, et comment corriger ce qui ne marche pas. Rien n'est modifié ni envoyé.",
    pl_PL: 'Sprawdza jedną stronę Twojej witryny: czy poprawnie ładuje Isso, czy Isso ją akceptuje i jak naprawić to, co nie działa. Nic nie jest zmieniane ani wysyłane.',
  },
  'Page address': { de_DE: 'Seitenadresse', es_ES: 'Dirección de la página', fr_FR: 'Adresse de la page', pl_PL: 'Adres strony' },
  'The https:// address of one post of your website that should show comments, as your visitors open it.': {
    de_DE: 'Die https://-Adresse eines Beitrags Ihrer Website, der Kommentare zeigen soll, so wie Ihre Besucher ihn öffnen.',
    es_ES: 'La dirección https:// de una entrada de su sitio web que debería mostrar comentarios, tal como la abren sus visitantes.',
    fr_FR: "L'adresse https:// d'un article de votre site qui devrait afficher des commentaires, telle que vos visiteurs l'ouvrent.",
    pl_PL: 'Adres https:// jednego wpisu Twojej witryny, który powinien pokazywać komentarze, tak jak otwierają go odwiedzający.',
  },
  'The page address must be a full https:// address, such as https://blog.example.com/my-post/.': {
    de_DE: 'Die Seitenadresse muss eine vollständige https://-Adresse sein, etwa https://blog.example.com/mein-beitrag/.',
    es_ES: 'La dirección de la página debe ser una dirección https:// completa, como https://blog.example.com/mi-entrada/.',
    fr_FR: "L'adresse de la page doit être une adresse https:// complète, comme https://blog.example.com/mon-article/.",
    pl_PL: 'Adres strony musi być pełnym adresem https://, np. https://blog.example.com/moj-wpis/.',
  },
  'Website check': { de_DE: 'Website-Prüfung', es_ES: 'Comprobación del sitio web', fr_FR: 'Vérification du site', pl_PL: 'Sprawdzenie witryny' },
  '${passed} passed, ${warnings} warnings, ${failed} failed.': {
    de_DE: '${passed} bestanden, ${warnings} Warnungen, ${failed} fehlgeschlagen.',
    es_ES: '${passed} correctos, ${warnings} avisos, ${failed} fallidos.',
    fr_FR: '${passed} réussis, ${warnings} avertissements, ${failed} échoués.',
    pl_PL: 'Zaliczone: ${passed}, ostrzeżenia: ${warnings}, błędy: ${failed}.',
  },
  // points and statuses
  'The page loads': { de_DE: 'Die Seite lädt', es_ES: 'La página carga', fr_FR: 'La page se charge', pl_PL: 'Strona się ładuje' },
  "Isso's script and comments element": {
    de_DE: 'Isso-Skript und Kommentar-Element',
    es_ES: 'Script de Isso y elemento de comentarios',
    fr_FR: "Script d'Isso et élément des commentaires",
    pl_PL: 'Skrypt Isso i element komentarzy',
  },
  "The script's address": { de_DE: 'Adresse des Skripts', es_ES: 'Dirección del script', fr_FR: 'Adresse du script', pl_PL: 'Adres skryptu' },
  'The page is on the Websites list': {
    de_DE: 'Die Seite steht auf der Website-Liste',
    es_ES: 'La página está en la lista de sitios web',
    fr_FR: 'La page figure dans la liste des sites web',
    pl_PL: 'Strona jest na liście witryn',
  },
  'Isso answers this website': {
    de_DE: 'Isso antwortet dieser Website',
    es_ES: 'Isso responde a este sitio web',
    fr_FR: 'Isso répond à ce site',
    pl_PL: 'Isso odpowiada tej witrynie',
  },
  'New threads get a title': {
    de_DE: 'Neue Threads erhalten einen Titel',
    es_ES: 'Los hilos nuevos reciben un título',
    fr_FR: 'Les nouveaux fils reçoivent un titre',
    pl_PL: 'Nowe wątki dostają tytuł',
  },
  'Visitors can edit their comments': {
    de_DE: 'Besucher können ihre Kommentare bearbeiten',
    es_ES: 'Los visitantes pueden editar sus comentarios',
    fr_FR: 'Les visiteurs peuvent modifier leurs commentaires',
    pl_PL: 'Odwiedzający mogą edytować swoje komentarze',
  },
  Language: { de_DE: 'Sprache', es_ES: 'Idioma', fr_FR: 'Langue', pl_PL: 'Język' },
  Passed: { de_DE: 'Bestanden', es_ES: 'Correcto', fr_FR: 'Réussi', pl_PL: 'Zaliczone' },
  Warning: { de_DE: 'Warnung', es_ES: 'Aviso', fr_FR: 'Avertissement', pl_PL: 'Ostrzeżenie' },
  Failed: { de_DE: 'Fehlgeschlagen', es_ES: 'Fallido', fr_FR: 'Échec', pl_PL: 'Błąd' },
  // the page
  'The page loaded from ${url} after these redirects: ${redirects}.': {
    de_DE: 'Die Seite wurde von ${url} geladen, nach diesen Weiterleitungen: ${redirects}.',
    es_ES: 'La página se cargó desde ${url} tras estas redirecciones: ${redirects}.',
    fr_FR: 'La page a été chargée depuis ${url} après ces redirections : ${redirects}.',
    pl_PL: 'Strona została załadowana z ${url} po tych przekierowaniach: ${redirects}.',
  },
  'The page loaded from ${url}.': {
    de_DE: 'Die Seite wurde von ${url} geladen.',
    es_ES: 'La página se cargó desde ${url}.',
    fr_FR: 'La page a été chargée depuis ${url}.',
    pl_PL: 'Strona została załadowana z ${url}.',
  },
  "The page is larger than 2 MB and only its first 2 MB were checked. If Isso's tags come later in the page, move them up.": {
    de_DE: 'Die Seite ist größer als 2 MB, nur die ersten 2 MB wurden geprüft. Stehen die Isso-Tags weiter hinten, verschieben Sie sie nach oben.',
    es_ES: 'La página ocupa más de 2 MB y solo se comprobaron sus primeros 2 MB. Si las etiquetas de Isso están más adelante, súbalas.',
    fr_FR: "La page dépasse 2 Mo et seuls ses 2 premiers Mo ont été vérifiés. Si les balises d'Isso viennent plus loin, remontez-les.",
    pl_PL: 'Strona ma ponad 2 MB i sprawdzono tylko pierwsze 2 MB. Jeśli znaczniki Isso są dalej, przenieś je wyżej.',
  },
  'The page or one of its redirects (${url}) is not https. Give the https:// address of the page, as your visitors see it.': {
    de_DE: 'Die Seite oder eine ihrer Weiterleitungen (${url}) ist kein https. Geben Sie die https://-Adresse der Seite an, wie Ihre Besucher sie sehen.',
    es_ES: 'La página o una de sus redirecciones (${url}) no es https. Indique la dirección https:// de la página, tal como la ven sus visitantes.',
    fr_FR: "La page ou l'une de ses redirections (${url}) n'est pas en https. Donnez l'adresse https:// de la page, telle que vos visiteurs la voient.",
    pl_PL: 'Strona lub jedno z jej przekierowań (${url}) nie używa https. Podaj adres https:// strony, tak jak widzą go odwiedzający.',
  },
  'The page did not answer within 15 seconds. Check that the website is online and reachable from your StartOS server, then run the check again.': {
    de_DE: 'Die Seite hat nicht innerhalb von 15 Sekunden geantwortet. Prüfen Sie, ob die Website online und von Ihrem StartOS-Server erreichbar ist, und prüfen Sie dann erneut.',
    es_ES: 'La página no respondió en 15 segundos. Compruebe que el sitio está en línea y es accesible desde su servidor StartOS y vuelva a ejecutar la comprobación.',
    fr_FR: "La page n'a pas répondu en 15 secondes. Vérifiez que le site est en ligne et joignable depuis votre serveur StartOS, puis relancez la vérification.",
    pl_PL: 'Strona nie odpowiedziała w ciągu 15 sekund. Sprawdź, czy witryna działa i jest osiągalna z serwera StartOS, a potem uruchom sprawdzenie ponownie.',
  },
  'The page could not be loaded from ${url} (${detail}). Check the address, and that the website is online with a valid https certificate.': {
    de_DE: 'Die Seite konnte nicht von ${url} geladen werden (${detail}). Prüfen Sie die Adresse und ob die Website mit gültigem https-Zertifikat online ist.',
    es_ES: 'No se pudo cargar la página desde ${url} (${detail}). Compruebe la dirección y que el sitio está en línea con un certificado https válido.',
    fr_FR: "La page n'a pas pu être chargée depuis ${url} (${detail}). Vérifiez l'adresse, et que le site est en ligne avec un certificat https valide.",
    pl_PL: 'Nie udało się załadować strony z ${url} (${detail}). Sprawdź adres oraz czy witryna działa z ważnym certyfikatem https.',
  },
  'The page ${url} answered with HTTP status ${detail} instead of 200. Give the address of a published post that opens in a browser.': {
    de_DE: 'Die Seite ${url} antwortete mit HTTP-Status ${detail} statt 200. Geben Sie die Adresse eines veröffentlichten Beitrags an, der sich im Browser öffnet.',
    es_ES: 'La página ${url} respondió con el estado HTTP ${detail} en lugar de 200. Indique la dirección de una entrada publicada que se abra en el navegador.',
    fr_FR: "La page ${url} a répondu avec le statut HTTP ${detail} au lieu de 200. Donnez l'adresse d'un article publié qui s'ouvre dans un navigateur.",
    pl_PL: 'Strona ${url} odpowiedziała kodem HTTP ${detail} zamiast 200. Podaj adres opublikowanego wpisu, który otwiera się w przeglądarce.',
  },
  'The page redirects more than 5 times (${redirects}). Give the address where the redirects end.': {
    de_DE: 'Die Seite leitet mehr als 5-mal weiter (${redirects}). Geben Sie die Adresse an, bei der die Weiterleitungen enden.',
    es_ES: 'La página redirige más de 5 veces (${redirects}). Indique la dirección en la que terminan las redirecciones.',
    fr_FR: "La page redirige plus de 5 fois (${redirects}). Donnez l'adresse où les redirections aboutissent.",
    pl_PL: 'Strona przekierowuje ponad 5 razy (${redirects}). Podaj adres, na którym przekierowania się kończą.',
  },
  // the embed
  'The page loads Isso\'s script and has the comments element (id="isso-thread").': {
    de_DE: 'Die Seite lädt das Isso-Skript und hat das Kommentar-Element (id="isso-thread").',
    es_ES: 'La página carga el script de Isso y tiene el elemento de comentarios (id="isso-thread").',
    fr_FR: 'La page charge le script d\'Isso et contient l\'élément des commentaires (id="isso-thread").',
    pl_PL: 'Strona ładuje skrypt Isso i ma element komentarzy (id="isso-thread").',
  },
  "The page loads Isso's script and has ${count} comment counter links.": {
    de_DE: 'Die Seite lädt das Isso-Skript und hat ${count} Links mit Kommentarzählern.',
    es_ES: 'La página carga el script de Isso y tiene ${count} enlaces con contador de comentarios.',
    fr_FR: "La page charge le script d'Isso et contient ${count} liens compteurs de commentaires.",
    pl_PL: 'Strona ładuje skrypt Isso i ma linki z licznikiem komentarzy (${count}).',
  },
  "The page does not load Isso's script (/js/embed.min.js). Paste the snippet from the Embed Code action into the page's HTML.": {
    de_DE: 'Die Seite lädt das Isso-Skript (/js/embed.min.js) nicht. Fügen Sie das Snippet aus der Aktion „Einbettungscode“ in das HTML der Seite ein.',
    es_ES: 'La página no carga el script de Isso (/js/embed.min.js). Pegue el fragmento de la acción «Código para insertar» en el HTML de la página.',
    fr_FR: "La page ne charge pas le script d'Isso (/js/embed.min.js). Collez l'extrait de l'action « Code d'intégration » dans le HTML de la page.",
    pl_PL: 'Strona nie ładuje skryptu Isso (/js/embed.min.js). Wklej fragment z akcji „Kod do osadzenia” do kodu HTML strony.',
  },
  'The page loads Isso\'s script but has no element with id="isso-thread" for the comments. Add <section id="isso-thread"></section> where the comments should appear.': {
    de_DE: 'Die Seite lädt das Isso-Skript, hat aber kein Element mit id="isso-thread" für die Kommentare. Fügen Sie <section id="isso-thread"></section> dort ein, wo die Kommentare erscheinen sollen.',
    es_ES: 'La página carga el script de Isso pero no tiene ningún elemento con id="isso-thread" para los comentarios. Añada <section id="isso-thread"></section> donde deban aparecer los comentarios.',
    fr_FR: 'La page charge le script d\'Isso mais n\'a aucun élément avec id="isso-thread" pour les commentaires. Ajoutez <section id="isso-thread"></section> là où les commentaires doivent apparaître.',
    pl_PL: 'Strona ładuje skrypt Isso, ale nie ma elementu z id="isso-thread" na komentarze. Dodaj <section id="isso-thread"></section> tam, gdzie mają się pojawić komentarze.',
  },
  "The page has the comments element but loads only the counter script (count.min.js), which shows no comments. Load /js/embed.min.js as in the Embed Code action's snippet.": {
    de_DE: 'Die Seite hat das Kommentar-Element, lädt aber nur das Zählerskript (count.min.js), das keine Kommentare zeigt. Laden Sie /js/embed.min.js wie im Snippet der Aktion „Einbettungscode“.',
    es_ES: 'La página tiene el elemento de comentarios pero solo carga el script contador (count.min.js), que no muestra comentarios. Cargue /js/embed.min.js como en el fragmento de la acción «Código para insertar».',
    fr_FR: "La page contient l'élément des commentaires mais ne charge que le script compteur (count.min.js), qui n'affiche aucun commentaire. Chargez /js/embed.min.js comme dans l'extrait de l'action « Code d'intégration ».",
    pl_PL: 'Strona ma element komentarzy, ale ładuje tylko skrypt licznika (count.min.js), który nie pokazuje komentarzy. Załaduj /js/embed.min.js jak we fragmencie z akcji „Kod do osadzenia”.',
  },
  // the script's address
  'The script calls ${endpoint}, a public https address of this server.': {
    de_DE: 'Das Skript ruft ${endpoint} auf, eine öffentliche https-Adresse dieses Servers.',
    es_ES: 'El script llama a ${endpoint}, una dirección https pública de este servidor.',
    fr_FR: 'Le script appelle ${endpoint}, une adresse https publique de ce serveur.',
    pl_PL: 'Skrypt wywołuje ${endpoint}, publiczny adres https tego serwera.',
  },
  "The script calls ${endpoint}, but this server's addresses are not known yet. Start the service and run the check again.": {
    de_DE: 'Das Skript ruft ${endpoint} auf, aber die Adressen dieses Servers sind noch nicht bekannt. Starten Sie den Dienst und prüfen Sie erneut.',
    es_ES: 'El script llama a ${endpoint}, pero aún no se conocen las direcciones de este servidor. Inicie el servicio y vuelva a ejecutar la comprobación.',
    fr_FR: "Le script appelle ${endpoint}, mais les adresses de ce serveur ne sont pas encore connues. Démarrez le service et relancez la vérification.",
    pl_PL: 'Skrypt wywołuje ${endpoint}, ale adresy tego serwera nie są jeszcze znane. Uruchom usługę i sprawdź ponownie.',
  },
  'The script calls ${endpoint}, which is not an address of this server. Use ${address} (see the Embed Code action) in data-isso and src.': {
    de_DE: 'Das Skript ruft ${endpoint} auf, keine Adresse dieses Servers. Verwenden Sie ${address} (siehe Aktion „Einbettungscode“) in data-isso und src.',
    es_ES: 'El script llama a ${endpoint}, que no es una dirección de este servidor. Use ${address} (vea la acción «Código para insertar») en data-isso y src.',
    fr_FR: "Le script appelle ${endpoint}, qui n'est pas une adresse de ce serveur. Utilisez ${address} (voir l'action « Code d'intégration ») dans data-isso et src.",
    pl_PL: 'Skrypt wywołuje ${endpoint}, który nie jest adresem tego serwera. Użyj ${address} (zobacz akcję „Kod do osadzenia”) w data-isso i src.',
  },
  "The script calls ${endpoint}, the address of another blog on this server, ${site}, whose comments and Websites list are not this blog's. Use ${address} (see the Embed Code action) in data-isso and src, or check the page with that blog chosen.": {
    de_DE: 'Das Skript ruft ${endpoint} auf, die Adresse eines anderen Blogs dieses Servers, ${site}, dessen Kommentare und Websites-Liste nicht die dieses Blogs sind. Verwenden Sie ${address} (siehe Aktion „Einbettungscode“) in data-isso und src, oder prüfen Sie die Seite mit jenem Blog ausgewählt.',
    es_ES: 'El script llama a ${endpoint}, la dirección de otro blog de este servidor, ${site}, cuyos comentarios y lista de sitios web no son los de este blog. Use ${address} (vea la acción «Código para insertar») en data-isso y src, o compruebe la página eligiendo ese blog.',
    fr_FR: "Le script appelle ${endpoint}, l'adresse d'un autre blog de ce serveur, ${site}, dont les commentaires et la liste des sites web ne sont pas ceux de ce blog. Utilisez ${address} (voir l'action « Code d'intégration ») dans data-isso et src, ou vérifiez la page en choisissant ce blog-là.",
    pl_PL: 'Skrypt wywołuje ${endpoint}, adres innego bloga na tym serwerze, ${site}, którego komentarze i lista witryn nie należą do tego bloga. Użyj ${address} (zobacz akcję „Kod do osadzenia”) w data-isso i src albo sprawdź stronę, wybierając tamten blog.',
  },
  'The script calls ${endpoint} over plain http from an https page, which browsers block. Use an https address of this server from the Embed Code action.': {
    de_DE: 'Das Skript ruft ${endpoint} über einfaches http von einer https-Seite auf, was Browser blockieren. Verwenden Sie eine https-Adresse dieses Servers aus der Aktion „Einbettungscode“.',
    es_ES: 'El script llama a ${endpoint} por http sin cifrar desde una página https, lo que los navegadores bloquean. Use una dirección https de este servidor de la acción «Código para insertar».',
    fr_FR: "Le script appelle ${endpoint} en http simple depuis une page https, ce que les navigateurs bloquent. Utilisez une adresse https de ce serveur tirée de l'action « Code d'intégration ».",
    pl_PL: 'Skrypt wywołuje ${endpoint} przez zwykłe http ze strony https, co przeglądarki blokują. Użyj adresu https tego serwera z akcji „Kod do osadzenia”.',
  },
  'The script calls ${endpoint}, which visitors of a public website cannot use. Use a public domain with https: add one to the Comments endpoint interface in StartOS.': {
    de_DE: 'Das Skript ruft ${endpoint} auf, das Besucher einer öffentlichen Website nicht nutzen können. Verwenden Sie eine öffentliche Domain mit https: Fügen Sie der Schnittstelle „Kommentar-Endpunkt“ in StartOS eine hinzu.',
    es_ES: 'El script llama a ${endpoint}, que los visitantes de un sitio público no pueden usar. Use un dominio público con https: añada uno a la interfaz «Punto de acceso de comentarios» en StartOS.',
    fr_FR: "Le script appelle ${endpoint}, que les visiteurs d'un site public ne peuvent pas utiliser. Utilisez un domaine public en https : ajoutez-en un à l'interface « Point d’accès des commentaires » dans StartOS.",
    pl_PL: 'Skrypt wywołuje ${endpoint}, z którego odwiedzający publiczną witrynę nie mogą korzystać. Użyj publicznej domeny z https: dodaj ją do interfejsu „Punkt dostępu komentarzy” w StartOS.',
  },
  'The script calls ${endpoint}, which suits only private use. That is fine for a private website; for a public one, use a public domain with https.': {
    de_DE: 'Das Skript ruft ${endpoint} auf, das sich nur für den privaten Gebrauch eignet. Für eine private Website ist das in Ordnung; für eine öffentliche verwenden Sie eine öffentliche Domain mit https.',
    es_ES: 'El script llama a ${endpoint}, que solo sirve para uso privado. Está bien para un sitio privado; para uno público, use un dominio público con https.',
    fr_FR: "Le script appelle ${endpoint}, qui ne convient qu'à un usage privé. C'est bien pour un site privé ; pour un site public, utilisez un domaine public en https.",
    pl_PL: 'Skrypt wywołuje ${endpoint}, który nadaje się tylko do użytku prywatnego. Dla prywatnej witryny to w porządku; dla publicznej użyj publicznej domeny z https.',
  },
  // the origin and Isso's answer
  "The page's origin ${origin} is on the Websites list.": {
    de_DE: 'Der Ursprung der Seite, ${origin}, steht auf der Website-Liste.',
    es_ES: 'El origen de la página, ${origin}, está en la lista de sitios web.',
    fr_FR: "L'origine de la page, ${origin}, figure dans la liste des sites web.",
    pl_PL: 'Źródło strony, ${origin}, jest na liście witryn.',
  },
  "The page's origin ${origin} is not on the Websites list; ${listed} is, but Isso treats another scheme, port, www or capitalisation as another website. Add this origin with the Websites action.": {
    de_DE: 'Der Ursprung der Seite, ${origin}, steht nicht auf der Website-Liste; ${listed} steht darauf, aber Isso behandelt ein anderes Schema, einen anderen Port, www oder andere Groß-/Kleinschreibung als andere Website. Fügen Sie diesen Ursprung mit der Aktion „Websites“ hinzu.',
    es_ES: 'El origen de la página, ${origin}, no está en la lista de sitios web; ${listed} sí, pero Isso trata otro esquema, puerto, www o uso de mayúsculas como otro sitio. Añada este origen con la acción «Sitios web».',
    fr_FR: "L'origine de la page, ${origin}, ne figure pas dans la liste des sites web ; ${listed} y figure, mais Isso considère un autre schéma, port, www ou une autre casse comme un autre site web. Ajoutez cette origine avec l'action « Sites web ».",
    pl_PL: 'Źródła strony, ${origin}, nie ma na liście witryn; jest tam ${listed}, ale Isso traktuje inny schemat, port, www lub wielkość liter jako inną witrynę. Dodaj to źródło akcją „Witryny”.',
  },
  "The page's origin ${origin} is not on the Websites list, so browsers refuse Isso's answers. Add this origin with the Websites action.": {
    de_DE: 'Der Ursprung der Seite, ${origin}, steht nicht auf der Website-Liste, daher verweigern Browser die Antworten von Isso. Fügen Sie diesen Ursprung mit der Aktion „Websites“ hinzu.',
    es_ES: 'El origen de la página, ${origin}, no está en la lista de sitios web, así que los navegadores rechazan las respuestas de Isso. Añada este origen con la acción «Sitios web».',
    fr_FR: "L'origine de la page, ${origin}, ne figure pas dans la liste des sites web : les navigateurs refusent donc les réponses d'Isso. Ajoutez cette origine avec l'action « Sites web ».",
    pl_PL: 'Źródła strony, ${origin}, nie ma na liście witryn, więc przeglądarki odrzucają odpowiedzi Isso. Dodaj to źródło akcją „Witryny”.',
  },
  'Isso allows requests from ${origin} (Access-Control-Allow-Origin).': {
    de_DE: 'Isso erlaubt Anfragen von ${origin} (Access-Control-Allow-Origin).',
    es_ES: 'Isso permite peticiones desde ${origin} (Access-Control-Allow-Origin).',
    fr_FR: 'Isso autorise les requêtes depuis ${origin} (Access-Control-Allow-Origin).',
    pl_PL: 'Isso zezwala na żądania z ${origin} (Access-Control-Allow-Origin).',
  },
  'Isso did not answer (${detail}). Start the service, wait until it is running, then run the check again.': {
    de_DE: 'Isso hat nicht geantwortet (${detail}). Starten Sie den Dienst, warten Sie, bis er läuft, und prüfen Sie dann erneut.',
    es_ES: 'Isso no respondió (${detail}). Inicie el servicio, espere a que esté en marcha y vuelva a ejecutar la comprobación.',
    fr_FR: "Isso n'a pas répondu (${detail}). Démarrez le service, attendez qu'il tourne, puis relancez la vérification.",
    pl_PL: 'Isso nie odpowiedział (${detail}). Uruchom usługę, poczekaj, aż zacznie działać, i sprawdź ponownie.',
  },
  'Isso answers ${origin} with ${answered}, so browsers refuse its answers, although the origin is on the Websites list: Isso still runs with an older list. Restart the service.': {
    de_DE: 'Isso antwortet ${origin} mit ${answered}, daher verweigern Browser die Antworten, obwohl der Ursprung auf der Website-Liste steht: Isso läuft noch mit einer älteren Liste. Starten Sie den Dienst neu.',
    es_ES: 'Isso responde a ${origin} con ${answered}, así que los navegadores rechazan sus respuestas, aunque el origen está en la lista de sitios web: Isso sigue con una lista antigua. Reinicie el servicio.',
    fr_FR: "Isso répond à ${origin} avec ${answered}, donc les navigateurs refusent ses réponses, bien que l'origine figure dans la liste des sites web : Isso tourne encore avec une ancienne liste. Redémarrez le service.",
    pl_PL: 'Isso odpowiada ${origin} nagłówkiem ${answered}, więc przeglądarki odrzucają jego odpowiedzi, choć źródło jest na liście witryn: Isso działa jeszcze ze starszą listą. Uruchom usługę ponownie.',
  },
  'Isso answers ${origin} with ${answered}, so browsers refuse its answers. Add the origin with the Websites action.': {
    de_DE: 'Isso antwortet ${origin} mit ${answered}, daher verweigern Browser die Antworten. Fügen Sie den Ursprung mit der Aktion „Websites“ hinzu.',
    es_ES: 'Isso responde a ${origin} con ${answered}, así que los navegadores rechazan sus respuestas. Añada el origen con la acción «Sitios web».',
    fr_FR: "Isso répond à ${origin} avec ${answered}, donc les navigateurs refusent ses réponses. Ajoutez l'origine avec l'action « Sites web ».",
    pl_PL: 'Isso odpowiada ${origin} nagłówkiem ${answered}, więc przeglądarki odrzucają jego odpowiedzi. Dodaj źródło akcją „Witryny”.',
  },
  // the title of a new thread
  'The comments element sets data-title ("${title}"), so Isso does not need to open the page.': {
    de_DE: 'Das Kommentar-Element setzt data-title („${title}“), Isso muss die Seite also nicht öffnen.',
    es_ES: 'El elemento de comentarios define data-title («${title}»), así que Isso no necesita abrir la página.',
    fr_FR: "L'élément des commentaires définit data-title (« ${title} ») : Isso n'a pas besoin d'ouvrir la page.",
    pl_PL: 'Element komentarzy ustawia data-title („${title}”), więc Isso nie musi otwierać strony.',
  },
  'Isso can open ${url} to read the title of a new thread.': {
    de_DE: 'Isso kann ${url} öffnen, um den Titel eines neuen Threads zu lesen.',
    es_ES: 'Isso puede abrir ${url} para leer el título de un hilo nuevo.',
    fr_FR: "Isso peut ouvrir ${url} pour lire le titre d'un nouveau fil.",
    pl_PL: 'Isso może otworzyć ${url}, aby odczytać tytuł nowego wątku.',
  },
  'Isso cannot open ${url} (${detail}) to read the title of a new thread, so the first comment on this page would fail. Add data-title="the title of the post" to the element with id="isso-thread".': {
    de_DE: 'Isso kann ${url} nicht öffnen (${detail}), um den Titel eines neuen Threads zu lesen, daher würde der erste Kommentar auf dieser Seite scheitern. Fügen Sie dem Element mit id="isso-thread" data-title="Titel des Beitrags" hinzu.',
    es_ES: 'Isso no puede abrir ${url} (${detail}) para leer el título de un hilo nuevo, así que el primer comentario en esta página fallaría. Añada data-title="título de la entrada" al elemento con id="isso-thread".',
    fr_FR: "Isso ne peut pas ouvrir ${url} (${detail}) pour lire le titre d'un nouveau fil : le premier commentaire sur cette page échouerait. Ajoutez data-title=\"titre de l'article\" à l'élément avec id=\"isso-thread\".",
    pl_PL: 'Isso nie może otworzyć ${url} (${detail}), aby odczytać tytuł nowego wątku, więc pierwszy komentarz na tej stronie by się nie udał. Dodaj data-title="tytuł wpisu" do elementu z id="isso-thread".',
  },
  // the cookie
  'The page and Isso are both on the domain ${site}, so browsers keep the cookie that lets visitors edit or delete their own comment.': {
    de_DE: 'Seite und Isso liegen beide unter der Domain ${site}, daher behalten Browser das Cookie, mit dem Besucher ihren eigenen Kommentar bearbeiten oder löschen können.',
    es_ES: 'La página e Isso están ambos en el dominio ${site}, así que los navegadores conservan la cookie que permite a los visitantes editar o borrar su propio comentario.',
    fr_FR: 'La page et Isso sont tous deux sur le domaine ${site} : les navigateurs gardent le cookie qui permet aux visiteurs de modifier ou supprimer leur propre commentaire.',
    pl_PL: 'Strona i Isso są w tej samej domenie ${site}, więc przeglądarki zachowują plik cookie, który pozwala odwiedzającym edytować lub usuwać własny komentarz.',
  },
  "Isso is on the domain ${issoSite}, not on the page's (${pageSite}): Safari and Brave drop the cookie that lets visitors edit or delete their own comment. Give Isso an address under the page's domain (such as a subdomain) in StartOS and use it in the embed code.": {
    de_DE: 'Isso liegt unter der Domain ${issoSite}, nicht unter der der Seite (${pageSite}): Safari und Brave verwerfen das Cookie, mit dem Besucher ihren eigenen Kommentar bearbeiten oder löschen können. Geben Sie Isso in StartOS eine Adresse unter der Domain der Seite (etwa eine Subdomain) und verwenden Sie sie im Einbettungscode.',
    es_ES: 'Isso está en el dominio ${issoSite}, no en el de la página (${pageSite}): Safari y Brave descartan la cookie que permite a los visitantes editar o borrar su propio comentario. Dé a Isso en StartOS una dirección bajo el dominio de la página (por ejemplo, un subdominio) y úsela en el código para insertar.',
    fr_FR: "Isso est sur le domaine ${issoSite}, pas sur celui de la page (${pageSite}) : Safari et Brave rejettent le cookie qui permet aux visiteurs de modifier ou supprimer leur propre commentaire. Donnez à Isso dans StartOS une adresse sous le domaine de la page (un sous-domaine par exemple) et utilisez-la dans le code d'intégration.",
    pl_PL: 'Isso jest w domenie ${issoSite}, a nie w domenie strony (${pageSite}): Safari i Brave odrzucają plik cookie, który pozwala odwiedzającym edytować lub usuwać własny komentarz. Nadaj Isso w StartOS adres w domenie strony (np. subdomenę) i użyj go w kodzie do osadzenia.',
  },
  // the language
  "Isso shows its texts in each visitor's browser language (the first of them it has, or English).": {
    de_DE: 'Isso zeigt seine Texte in der Browsersprache jedes Besuchers (der ersten, die es kennt, sonst Englisch).',
    es_ES: 'Isso muestra sus textos en el idioma del navegador de cada visitante (el primero que tenga, o inglés).',
    fr_FR: "Isso affiche ses textes dans la langue du navigateur de chaque visiteur (la première qu'il connaît, sinon l'anglais).",
    pl_PL: 'Isso pokazuje swoje teksty w języku przeglądarki każdego odwiedzającego (pierwszym, który zna, albo po angielsku).',
  },
  'Isso shows its texts in each visitor\'s browser language, which may differ from the page\'s (${pageLang}). To match the page, add data-isso-lang="${lang}" to the script.': {
    de_DE: 'Isso zeigt seine Texte in der Browsersprache jedes Besuchers, die von der Sprache der Seite (${pageLang}) abweichen kann. Damit sie zur Seite passen, fügen Sie dem Skript data-isso-lang="${lang}" hinzu.',
    es_ES: 'Isso muestra sus textos en el idioma del navegador de cada visitante, que puede no ser el de la página (${pageLang}). Para que coincida, añada data-isso-lang="${lang}" al script.',
    fr_FR: 'Isso affiche ses textes dans la langue du navigateur de chaque visiteur, qui peut différer de celle de la page (${pageLang}). Pour suivre la page, ajoutez data-isso-lang="${lang}" au script.',
    pl_PL: 'Isso pokazuje swoje teksty w języku przeglądarki każdego odwiedzającego, który może się różnić od języka strony (${pageLang}). Aby pasowały do strony, dodaj do skryptu data-isso-lang="${lang}".',
  },
  'Isso shows its texts in ${lang}, as data-isso-lang says.': {
    de_DE: 'Isso zeigt seine Texte in ${lang}, wie data-isso-lang es angibt.',
    es_ES: 'Isso muestra sus textos en ${lang}, como indica data-isso-lang.',
    fr_FR: 'Isso affiche ses textes en ${lang}, comme le dit data-isso-lang.',
    pl_PL: 'Isso pokazuje swoje teksty w języku ${lang}, zgodnie z data-isso-lang.',
  },
  'Isso has no translation for data-isso-lang="${lang}", so each visitor gets the first of their browser\'s languages that Isso has, or English. Use one of its languages (such as de, es, fr or pl) or remove the attribute.': {
    de_DE: 'Isso hat keine Übersetzung für data-isso-lang="${lang}"; jeder Besucher erhält daher die erste Sprache seines Browsers, die Isso kennt, sonst Englisch. Verwenden Sie eine seiner Sprachen (etwa de, es, fr oder pl) oder entfernen Sie das Attribut.',
    es_ES: 'Isso no tiene traducción para data-isso-lang="${lang}", así que cada visitante recibe el primero de los idiomas de su navegador que Isso tenga, o inglés. Use uno de sus idiomas (como de, es, fr o pl) o quite el atributo.',
    fr_FR: 'Isso n\'a pas de traduction pour data-isso-lang="${lang}" : chaque visiteur obtient la première des langues de son navigateur qu\'Isso connaît, sinon l\'anglais. Utilisez une de ses langues (comme de, es, fr ou pl) ou retirez l\'attribut.',
    pl_PL: 'Isso nie ma tłumaczenia dla data-isso-lang="${lang}", więc każdy odwiedzający dostaje pierwszy z języków swojej przeglądarki, który Isso zna, albo angielski. Użyj jednego z jego języków (np. de, es, fr lub pl) albo usuń atrybut.',
  },
  "Isso's texts are in ${lang} (data-isso-lang) but the page is in ${pageLang}. Set data-isso-lang to the page's language.": {
    de_DE: 'Die Texte von Isso sind in ${lang} (data-isso-lang), die Seite aber in ${pageLang}. Setzen Sie data-isso-lang auf die Sprache der Seite.',
    es_ES: 'Los textos de Isso están en ${lang} (data-isso-lang) pero la página está en ${pageLang}. Ponga en data-isso-lang el idioma de la página.',
    fr_FR: "Les textes d'Isso sont en ${lang} (data-isso-lang) mais la page est en ${pageLang}. Mettez dans data-isso-lang la langue de la page.",
    pl_PL: 'Teksty Isso są w języku ${lang} (data-isso-lang), a strona w języku ${pageLang}. Ustaw w data-isso-lang język strony.',
  },
})
