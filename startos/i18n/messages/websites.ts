import { messages } from '../locales'

// The set-websites action: its form, its refusals and its result.
export const websites = messages({
  'Websites': {
    de_DE: 'Websites',
    es_ES: 'Sitios web',
    fr_FR: 'Sites web',
    pl_PL: 'Witryny',
  },
  'Choose which websites may show comments from this server.': {
    de_DE: 'Legen Sie fest, welche Websites Kommentare von diesem Server anzeigen dürfen.',
    es_ES: 'Elija qué sitios web pueden mostrar comentarios de este servidor.',
    fr_FR: 'Choisissez les sites web autorisés à afficher les commentaires de ce serveur.',
    pl_PL: 'Wybierz, które witryny mogą wyświetlać komentarze z tego serwera.',
  },
  'The address of each website that embeds comments, exactly as it appears in the browser without any page path, for example https://blog.example.com. www.example.com and example.com are different websites: if your blog answers on both, list both. Use https:// (http:// only for .onion addresses and for previews on your own computer, such as http://localhost:1313) and add a port only if it is not the standard one.': {
    de_DE: 'Die Adresse jeder Website, die Kommentare einbettet, genau wie im Browser, aber ohne Seitenpfad, zum Beispiel https://blog.example.com. www.example.com und example.com sind verschiedene Websites: Wenn Ihr Blog unter beiden erreichbar ist, tragen Sie beide ein. Verwenden Sie https:// (http:// nur für .onion-Adressen und für Vorschauen auf Ihrem eigenen Computer, etwa http://localhost:1313) und geben Sie einen Port nur an, wenn es nicht der Standard-Port ist.',
    es_ES: 'La dirección de cada sitio web que inserta los comentarios, tal como aparece en el navegador pero sin la ruta de la página, por ejemplo https://blog.example.com. www.example.com y example.com son sitios distintos: si su blog responde en ambos, añada los dos. Use https:// (http:// solo para direcciones .onion y para vistas previas en su propio ordenador, como http://localhost:1313) y añada un puerto solo si no es el estándar.',
    fr_FR: "L'adresse de chaque site qui intègre les commentaires, telle qu'elle apparaît dans le navigateur mais sans chemin de page, par exemple https://blog.example.com. www.example.com et example.com sont des sites différents : si votre blog répond sur les deux, ajoutez les deux. Utilisez https:// (http:// uniquement pour les adresses .onion et pour les aperçus sur votre propre ordinateur, comme http://localhost:1313) et n'indiquez un port que s'il n'est pas le port standard.",
    pl_PL: 'Adres każdej witryny, która osadza komentarze, dokładnie tak jak w przeglądarce, ale bez ścieżki strony, na przykład https://blog.example.com. www.example.com i example.com to różne witryny: jeśli Twój blog działa pod oboma adresami, dodaj oba. Używaj https:// (http:// tylko dla adresów .onion i dla podglądu na własnym komputerze, np. http://localhost:1313) i podawaj port tylko wtedy, gdy nie jest standardowy.',
  },
  'https:// followed by the host name, nothing after it': {
    de_DE: 'https:// gefolgt vom Hostnamen, nichts danach',
    es_ES: 'https:// seguido del nombre del host, nada más',
    fr_FR: "https:// suivi du nom d'hôte, rien après",
    pl_PL: 'https:// i nazwa hosta, nic więcej',
  },
  'Websites: add at least one website, for example https://blog.example.com. Without one, no page can show comments.': {
    de_DE: 'Websites: Fügen Sie mindestens eine Website hinzu, zum Beispiel https://blog.example.com. Ohne sie kann keine Seite Kommentare anzeigen.',
    es_ES: 'Sitios web: añada al menos un sitio, por ejemplo https://blog.example.com. Sin él, ninguna página puede mostrar comentarios.',
    fr_FR: "Sites web : ajoutez au moins un site, par exemple https://blog.example.com. Sans site, aucune page ne peut afficher de commentaires.",
    pl_PL: 'Witryny: dodaj co najmniej jedną witrynę, na przykład https://blog.example.com. Bez niej żadna strona nie wyświetli komentarzy.',
  },
  'Websites: one entry is empty. Type an address such as https://blog.example.com or remove the entry.': {
    de_DE: 'Websites: Ein Eintrag ist leer. Geben Sie eine Adresse wie https://blog.example.com ein oder entfernen Sie den Eintrag.',
    es_ES: 'Sitios web: una entrada está vacía. Escriba una dirección como https://blog.example.com o elimine la entrada.',
    fr_FR: "Sites web : une entrée est vide. Saisissez une adresse comme https://blog.example.com ou supprimez l'entrée.",
    pl_PL: 'Witryny: jeden wpis jest pusty. Wpisz adres, np. https://blog.example.com, albo usuń wpis.',
  },
  'Websites: ‘${entry}’ contains a space or line break. Enter one address per entry, such as https://blog.example.com.': {
    de_DE: 'Websites: ‘${entry}’ enthält ein Leerzeichen oder einen Zeilenumbruch. Geben Sie eine Adresse pro Eintrag ein, zum Beispiel https://blog.example.com.',
    es_ES: 'Sitios web: ‘${entry}’ contiene un espacio o un salto de línea. Escriba una dirección por entrada, como https://blog.example.com.',
    fr_FR: 'Sites web : ‘${entry}’ contient une espace ou un saut de ligne. Saisissez une adresse par entrée, comme https://blog.example.com.',
    pl_PL: 'Witryny: ‘${entry}’ zawiera spację lub złamanie wiersza. Wpisz jeden adres na wpis, np. https://blog.example.com.',
  },
  'Websites: ‘${entry}’ contains *. Wildcards are not supported: list every website separately, such as https://blog.example.com.': {
    de_DE: 'Websites: ‘${entry}’ enthält *. Platzhalter werden nicht unterstützt: Tragen Sie jede Website einzeln ein, zum Beispiel https://blog.example.com.',
    es_ES: 'Sitios web: ‘${entry}’ contiene *. No se admiten comodines: añada cada sitio por separado, como https://blog.example.com.',
    fr_FR: 'Sites web : ‘${entry}’ contient *. Les jokers ne sont pas pris en charge : ajoutez chaque site séparément, comme https://blog.example.com.',
    pl_PL: 'Witryny: ‘${entry}’ zawiera *. Symbole wieloznaczne nie są obsługiwane: dodaj każdą witrynę osobno, np. https://blog.example.com.',
  },
  'Websites: ‘${entry}’ is not a valid website address. Enter it like https://blog.example.com.': {
    de_DE: 'Websites: ‘${entry}’ ist keine gültige Website-Adresse. Geben Sie sie so ein: https://blog.example.com.',
    es_ES: 'Sitios web: ‘${entry}’ no es una dirección de sitio web válida. Escríbala así: https://blog.example.com.',
    fr_FR: "Sites web : ‘${entry}’ n'est pas une adresse de site valide. Saisissez-la ainsi : https://blog.example.com.",
    pl_PL: 'Witryny: ‘${entry}’ nie jest prawidłowym adresem witryny. Wpisz go tak: https://blog.example.com.',
  },
  'Websites: ‘${entry}’ has no port. A local preview needs the port its server shows, such as http://localhost:1313 (Hugo) or http://localhost:4000 (Jekyll).': {
    de_DE: 'Websites: ‘${entry}’ hat keinen Port. Eine lokale Vorschau braucht den Port, den ihr Server anzeigt, etwa http://localhost:1313 (Hugo) oder http://localhost:4000 (Jekyll).',
    es_ES: 'Sitios web: ‘${entry}’ no tiene puerto. Una vista previa local necesita el puerto que muestra su servidor, como http://localhost:1313 (Hugo) o http://localhost:4000 (Jekyll).',
    fr_FR: "Sites web : ‘${entry}’ n'a pas de port. Un aperçu local a besoin du port qu'affiche son serveur, comme http://localhost:1313 (Hugo) ou http://localhost:4000 (Jekyll).",
    pl_PL: 'Witryny: ‘${entry}’ nie ma portu. Lokalny podgląd wymaga portu, który pokazuje jego serwer, np. http://localhost:1313 (Hugo) lub http://localhost:4000 (Jekyll).',
  },
  'Websites: ‘${entry}’ has no https:// in front. Did you mean ${suggestion}?': {
    de_DE: 'Websites: Vor ‘${entry}’ fehlt https://. Meinten Sie ${suggestion}?',
    es_ES: 'Sitios web: a ‘${entry}’ le falta https:// delante. ¿Quería decir ${suggestion}?',
    fr_FR: 'Sites web : ‘${entry}’ ne commence pas par https://. Vouliez-vous dire ${suggestion} ?',
    pl_PL: 'Witryny: przed ‘${entry}’ brakuje https://. Czy chodziło o ${suggestion}?',
  },
  'Websites: ‘${entry}’ must use https:// (plain http:// works only for .onion addresses and local previews such as http://localhost:1313). Enter ${suggestion}.': {
    de_DE: 'Websites: ‘${entry}’ muss https:// verwenden (einfaches http:// nur für .onion-Adressen und lokale Vorschauen wie http://localhost:1313). Geben Sie ${suggestion} ein.',
    es_ES: 'Sitios web: ‘${entry}’ debe usar https:// (http:// solo sirve para direcciones .onion y vistas previas locales como http://localhost:1313). Escriba ${suggestion}.',
    fr_FR: 'Sites web : ‘${entry}’ doit utiliser https:// (http:// seulement pour les adresses .onion et les aperçus locaux comme http://localhost:1313). Saisissez ${suggestion}.',
    pl_PL: 'Witryny: ‘${entry}’ musi używać https:// (zwykłe http:// tylko dla adresów .onion i lokalnego podglądu, np. http://localhost:1313). Wpisz ${suggestion}.',
  },
  'Websites: ‘${entry}’ has a path. Enter only ${suggestion}.': {
    de_DE: 'Websites: ‘${entry}’ enthält einen Pfad. Geben Sie nur ${suggestion} ein.',
    es_ES: 'Sitios web: ‘${entry}’ tiene una ruta. Escriba solo ${suggestion}.',
    fr_FR: 'Sites web : ‘${entry}’ contient un chemin. Saisissez seulement ${suggestion}.',
    pl_PL: 'Witryny: ‘${entry}’ zawiera ścieżkę. Wpisz tylko ${suggestion}.',
  },
  'Websites: ‘${entry}’ has a query (?…). Enter only ${suggestion}.': {
    de_DE: 'Websites: ‘${entry}’ enthält eine Abfrage (?…). Geben Sie nur ${suggestion} ein.',
    es_ES: 'Sitios web: ‘${entry}’ tiene una consulta (?…). Escriba solo ${suggestion}.',
    fr_FR: 'Sites web : ‘${entry}’ contient une requête (?…). Saisissez seulement ${suggestion}.',
    pl_PL: 'Witryny: ‘${entry}’ zawiera zapytanie (?…). Wpisz tylko ${suggestion}.',
  },
  'Websites: ‘${entry}’ has a fragment (#…). Enter only ${suggestion}.': {
    de_DE: 'Websites: ‘${entry}’ enthält einen Anker (#…). Geben Sie nur ${suggestion} ein.',
    es_ES: 'Sitios web: ‘${entry}’ tiene un fragmento (#…). Escriba solo ${suggestion}.',
    fr_FR: 'Sites web : ‘${entry}’ contient une ancre (#…). Saisissez seulement ${suggestion}.',
    pl_PL: 'Witryny: ‘${entry}’ zawiera fragment (#…). Wpisz tylko ${suggestion}.',
  },
  'Websites: ‘${entry}’ contains a user name or password (…@). Enter only ${suggestion}.': {
    de_DE: 'Websites: ‘${entry}’ enthält einen Benutzernamen oder ein Passwort (…@). Geben Sie nur ${suggestion} ein.',
    es_ES: 'Sitios web: ‘${entry}’ contiene un usuario o una contraseña (…@). Escriba solo ${suggestion}.',
    fr_FR: "Sites web : ‘${entry}’ contient un nom d'utilisateur ou un mot de passe (…@). Saisissez seulement ${suggestion}.",
    pl_PL: 'Witryny: ‘${entry}’ zawiera nazwę użytkownika lub hasło (…@). Wpisz tylko ${suggestion}.',
  },
  'Websites saved': {
    de_DE: 'Websites gespeichert',
    es_ES: 'Sitios web guardados',
    fr_FR: 'Sites web enregistrés',
    pl_PL: 'Witryny zapisane',
  },
  'These websites may now show comments.': {
    de_DE: 'Diese Websites dürfen jetzt Kommentare anzeigen.',
    es_ES: 'Estos sitios web ya pueden mostrar comentarios.',
    fr_FR: 'Ces sites web peuvent maintenant afficher les commentaires.',
    pl_PL: 'Te witryny mogą teraz wyświetlać komentarze.',
  },
  'Website ${number}': {
    de_DE: 'Website ${number}',
    es_ES: 'Sitio web ${number}',
    fr_FR: 'Site web ${number}',
    pl_PL: 'Witryna ${number}',
  },
  'Blog ${site}: no website is allowed yet, add its address with the Websites action.': {
    de_DE: 'Blog ${site}: Noch ist keine Website zugelassen, fügen Sie ihre Adresse mit der Aktion „Websites“ hinzu.',
    es_ES: 'Blog ${site}: aún no hay ningún sitio web permitido, añada su dirección con la acción «Sitios web».',
    fr_FR: "Blog ${site} : aucun site web n'est encore autorisé, ajoutez son adresse avec l'action « Sites web ».",
    pl_PL: 'Blog ${site}: żadna witryna nie jest jeszcze dozwolona, dodaj jej adres akcją „Witryny”.',
  },
  "No website is allowed yet: add your blog's address with the Websites action.": {
    de_DE: 'Noch ist keine Website zugelassen: Fügen Sie die Adresse Ihres Blogs mit der Aktion „Websites“ hinzu.',
    es_ES: 'Aún no hay ningún sitio web permitido: añada la dirección de su blog con la acción «Sitios web».',
    fr_FR: "Aucun site web n'est encore autorisé : ajoutez l'adresse de votre blog avec l'action « Sites web ».",
    pl_PL: 'Żadna witryna nie jest jeszcze dozwolona: dodaj adres swojego bloga akcją „Witryny”.',
  },
  'No website may show comments yet: add the address of your blog, such as https://blog.example.com.': {
    de_DE: 'Noch darf keine Website Kommentare anzeigen: Fügen Sie die Adresse Ihres Blogs hinzu, etwa https://blog.example.com.',
    es_ES: 'Aún ningún sitio web puede mostrar comentarios: añada la dirección de su blog, por ejemplo https://blog.example.com.',
    fr_FR: "Aucun site web ne peut encore afficher de commentaires : ajoutez l'adresse de votre blog, par exemple https://blog.example.com.",
    pl_PL: 'Żadna witryna nie może jeszcze pokazywać komentarzy: dodaj adres swojego bloga, np. https://blog.example.com.',
  },
})
