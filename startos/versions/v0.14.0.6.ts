import { IMPOSSIBLE, VersionInfo } from '@start9labs/start-sdk'

// Nothing on the volume changes: isso.cfg stays as it is, and store.json only gains keys
// when the new features are used (extra sites, per-site e-mail choices).
export const v0_14_0_6 = VersionInfo.of({
  version: '0.14.0:6',
  releaseNotes: {
    en_US: `- Several blogs on one Isso: "Add Site" gives a blog its own comments, admin panel, admin password and settings, served under /<name>/ on the same address. "Remove Site" keeps its comments unless you ask otherwise.
- Your isso.cfg is never written over while you are saving it, and never "repaired": StartOS applies the keys it needs to the copy Isso reads, not to your file. If Isso cannot start with the file, it waits, says why, and starts by itself once the file is fixed.
- Disqus imports work (they added nothing before), dry runs report exactly what an import adds, and another Isso's database can be moved in whole. New: "Export comments".
- New: "Check a Website", "Send a Test E-mail", and the number of comments waiting for approval on the dashboard.
- The embed code is shorter (Isso sends its own settings to the page) and offers Hugo, Jekyll and Eleventy layouts.`,
    de_DE: `- Mehrere Blogs mit einem Isso: „Website hinzufügen“ gibt einem Blog eigene Kommentare, einen eigenen Admin-Bereich, ein eigenes Admin-Passwort und eigene Einstellungen, unter /<name>/ derselben Adresse. „Website entfernen“ behält ihre Kommentare, sofern Sie nichts anderes wählen.
- Ihre isso.cfg wird nie überschrieben, während Sie sie speichern, und nie „repariert“: StartOS setzt die nötigen Schlüssel in der Kopie, die Isso liest, nicht in Ihrer Datei. Kann Isso mit der Datei nicht starten, wartet es, nennt den Grund und startet von selbst, sobald die Datei korrigiert ist.
- Disqus-Importe funktionieren (bisher fügten sie nichts hinzu), Probeläufe melden genau, was ein Import hinzufügt, und die Datenbank eines anderen Isso lässt sich vollständig übernehmen. Neu: „Kommentare exportieren“.
- Neu: „Website prüfen“, „Test-E-Mail senden“ und die Zahl der auf Freigabe wartenden Kommentare im Dashboard.
- Der Einbettungscode ist kürzer (Isso schickt seine Einstellungen selbst an die Seite) und bietet Layouts für Hugo, Jekyll und Eleventy.`,
    es_ES: `- Varios blogs en un solo Isso: «Añadir sitio» da a un blog sus propios comentarios, panel de administración, contraseña y ajustes, servido bajo /<nombre>/ en la misma dirección. «Quitar sitio» conserva sus comentarios salvo que elija lo contrario.
- Su isso.cfg nunca se sobrescribe mientras lo guarda, ni se «repara»: StartOS aplica las claves que necesita a la copia que lee Isso, no a su archivo. Si Isso no puede iniciarse con el archivo, espera, dice por qué y se inicia solo en cuanto el archivo se corrige.
- Las importaciones de Disqus funcionan (antes no añadían nada), las pruebas indican exactamente lo que añadirá una importación, y la base de datos de otro Isso se puede traer entera. Nuevo: «Exportar comentarios».
- Nuevo: «Comprobar un sitio web», «Enviar un correo de prueba» y el número de comentarios pendientes de aprobación en el panel.
- El código para insertar es más corto (Isso envía sus propios ajustes a la página) y ofrece plantillas para Hugo, Jekyll y Eleventy.`,
    fr_FR: `- Plusieurs blogs sur un seul Isso : « Ajouter un site » donne à un blog ses propres commentaires, panneau d'administration, mot de passe et réglages, servis sous /<nom>/ à la même adresse. « Retirer un site » garde ses commentaires, sauf si vous choisissez le contraire.
- Votre isso.cfg n'est jamais écrasé pendant que vous l'enregistrez, ni « réparé » : StartOS applique les clés dont il a besoin à la copie que lit Isso, pas à votre fichier. Si Isso ne peut pas démarrer avec le fichier, il attend, dit pourquoi et démarre de lui-même une fois le fichier corrigé.
- Les imports Disqus fonctionnent (ils n'ajoutaient rien jusqu'ici), les essais indiquent exactement ce qu'un import ajoutera, et la base d'un autre Isso peut être reprise entière. Nouveau : « Exporter les commentaires ».
- Nouveau : « Vérifier un site web », « Envoyer un e-mail de test » et le nombre de commentaires en attente de validation dans le tableau de bord.
- Le code d'intégration est plus court (Isso envoie lui-même ses réglages à la page) et propose des gabarits Hugo, Jekyll et Eleventy.`,
    pl_PL: `- Kilka blogów w jednym Isso: „Dodaj witrynę” daje blogowi własne komentarze, panel administracyjny, hasło i ustawienia, dostępne pod /<nazwa>/ tego samego adresu. „Usuń witrynę” zachowuje jej komentarze, chyba że wybierzesz inaczej.
- Twój isso.cfg nigdy nie jest nadpisywany w trakcie zapisywania ani „naprawiany”: StartOS ustawia potrzebne klucze w kopii, którą czyta Isso, a nie w Twoim pliku. Jeśli Isso nie może wystartować z tym plikiem, czeka, podaje powód i uruchamia się samo, gdy plik zostanie poprawiony.
- Import z Disqus działa (wcześniej nic nie dodawał), próby pokazują dokładnie, co import doda, a bazę innego Isso można przenieść w całości. Nowość: „Eksportuj komentarze”.
- Nowość: „Sprawdź stronę internetową”, „Wyślij testowy e-mail” i liczba komentarzy czekających na zatwierdzenie w panelu.
- Kod do osadzenia jest krótszy (Isso samo przesyła stronie swoje ustawienia) i oferuje szablony dla Hugo, Jekyll i Eleventy.`,
  },
  migrations: {
    up: async () => {},
    // Older versions would ignore extra sites and rewrite isso.cfg at start: restore a
    // backup made before the update instead.
    down: IMPOSSIBLE,
  },
})
