import { messages } from '../locales'

// The export-comments action: metadata, result and every failure it can explain.
export const exportMessages = messages({
  'Export comments': {
    de_DE: 'Kommentare exportieren',
    es_ES: 'Exportar comentarios',
    fr_FR: 'Exporter les commentaires',
    pl_PL: 'Eksportuj komentarze',
  },
  'Writes every thread and comment to a Disqus XML file in the db/exports folder (the newest five are kept, and backups include them). This package imports it back with replies; other comment systems read Disqus XML too.': {
    de_DE: 'Schreibt alle Threads und Kommentare in eine Disqus-XML-Datei im Ordner db/exports (die neuesten fünf bleiben erhalten und sind in Sicherungen enthalten). Dieses Paket importiert sie samt Antworten wieder; auch andere Kommentarsysteme lesen Disqus-XML.',
    es_ES: 'Escribe todos los hilos y comentarios en un archivo XML de Disqus en la carpeta db/exports (se conservan los cinco más recientes y las copias de seguridad los incluyen). Este paquete lo vuelve a importar con las respuestas; otros sistemas de comentarios también leen XML de Disqus.',
    fr_FR: 'Écrit tous les fils et commentaires dans un fichier XML Disqus du dossier db/exports (les cinq plus récents sont conservés et inclus dans les sauvegardes). Ce paquet le réimporte avec les réponses ; d’autres systèmes de commentaires lisent aussi le XML Disqus.',
    pl_PL: 'Zapisuje wszystkie wątki i komentarze do pliku XML Disqus w folderze db/exports (zachowywanych jest pięć najnowszych, są też w kopiach zapasowych). Ten pakiet importuje go z powrotem razem z odpowiedziami; inne systemy komentarzy także czytają XML Disqus.',
  },
  'Comments exported': {
    de_DE: 'Kommentare exportiert',
    es_ES: 'Comentarios exportados',
    fr_FR: 'Commentaires exportés',
    pl_PL: 'Komentarze wyeksportowane',
  },
  'Exported ${threads} threads and ${comments} comments (${replies} replies, ${pending} pending, ${deleted} deleted) to ${path} (${kb} kB).': {
    de_DE: '${threads} Threads und ${comments} Kommentare (${replies} Antworten, ${pending} wartend, ${deleted} gelöscht) nach ${path} exportiert (${kb} kB).',
    es_ES: 'Se exportaron ${threads} hilos y ${comments} comentarios (${replies} respuestas, ${pending} pendientes, ${deleted} eliminados) a ${path} (${kb} kB).',
    fr_FR: '${threads} fils et ${comments} commentaires (${replies} réponses, ${pending} en attente, ${deleted} supprimés) exportés vers ${path} (${kb} ko).',
    pl_PL: 'Wyeksportowano ${threads} wątków i ${comments} komentarzy (${replies} odpowiedzi, ${pending} oczekujących, ${deleted} usuniętych) do ${path} (${kb} kB).',
  },
  "An added blog's exports go to its own folder, db/<name>/exports.": {
    de_DE: 'Die Exporte eines hinzugefügten Blogs landen in seinem eigenen Ordner, db/<name>/exports.',
    es_ES: 'Las exportaciones de un blog añadido van a su propia carpeta, db/<nombre>/exports.',
    fr_FR: "Les exports d'un blog ajouté vont dans son propre dossier, db/<nom>/exports.",
    pl_PL: 'Eksporty dodanego bloga trafiają do jego własnego folderu, db/<nazwa>/exports.',
  },
  'The file is below for copying.': {
    de_DE: 'Die Datei steht unten zum Kopieren bereit.',
    es_ES: 'El archivo está abajo para copiarlo.',
    fr_FR: 'Le fichier est ci-dessous, prêt à copier.',
    pl_PL: 'Plik jest poniżej do skopiowania.',
  },
  'It is larger than ${kb} kB, so it is not shown here: it stays on the volume and in backups.': {
    de_DE: 'Sie ist größer als ${kb} kB und wird deshalb hier nicht angezeigt: Sie bleibt auf dem Volume und in den Sicherungen.',
    es_ES: 'Ocupa más de ${kb} kB, así que no se muestra aquí: queda en el volumen y en las copias de seguridad.',
    fr_FR: 'Il dépasse ${kb} ko et n’est donc pas affiché ici : il reste sur le volume et dans les sauvegardes.',
    pl_PL: 'Jest większy niż ${kb} kB, więc nie jest tu pokazany: zostaje na woluminie i w kopiach zapasowych.',
  },
  'Importing it back (Import comments, Disqus) restores threads, comments, replies, names, e-mails and times to the second. Disqus XML has no place for websites, edit times, votes, reply notifications or pending comments: those come back empty, and pending comments come back deleted (kept only as empty placeholders when they have replies). The file keeps them in its isso: elements.': {
    de_DE: 'Ein erneuter Import (Kommentare importieren, Disqus) stellt Threads, Kommentare, Antworten, Namen, E-Mail-Adressen und Zeiten auf die Sekunde genau wieder her. Disqus-XML hat keinen Platz für Websites, Bearbeitungszeiten, Bewertungen, Antwort-Benachrichtigungen und wartende Kommentare: Diese kommen leer zurück, und wartende Kommentare kommen gelöscht zurück (nur als leere Platzhalter erhalten, wenn sie Antworten haben). Die Datei bewahrt sie in ihren isso:-Elementen.',
    es_ES: 'Volver a importarlo (Importar comentarios, Disqus) restaura hilos, comentarios, respuestas, nombres, correos y horas al segundo. El XML de Disqus no tiene lugar para sitios web, horas de edición, votos, avisos de respuesta ni comentarios pendientes: vuelven vacíos, y los comentarios pendientes vuelven como eliminados (solo quedan como marcadores vacíos si tienen respuestas). El archivo los guarda en sus elementos isso:.',
    fr_FR: 'Le réimporter (Importer des commentaires, Disqus) restaure fils, commentaires, réponses, noms, e-mails et heures à la seconde près. Le XML Disqus n’a pas de place pour les sites web, heures de modification, votes, notifications de réponse ni commentaires en attente : ils reviennent vides, et les commentaires en attente reviennent supprimés (gardés seulement comme emplacements vides s’ils ont des réponses). Le fichier les conserve dans ses éléments isso:.',
    pl_PL: 'Ponowny import (Importuj komentarze, Disqus) przywraca wątki, komentarze, odpowiedzi, nazwy, e-maile i czasy z dokładnością do sekundy. XML Disqus nie ma miejsca na strony WWW, czasy edycji, głosy, powiadomienia o odpowiedziach ani oczekujące komentarze: wracają puste, a oczekujące komentarze wracają jako usunięte (zostają tylko jako puste miejsca, gdy mają odpowiedzi). Plik przechowuje je w swoich elementach isso:.',
  },
  'Importers keep only the path of a page address, so ${count} threads would move: ${examples}.': {
    de_DE: 'Importprogramme behalten von einer Seitenadresse nur den Pfad, daher würden ${count} Threads verschoben: ${examples}.',
    es_ES: 'Los importadores solo conservan la ruta de la dirección de una página, así que ${count} hilos cambiarían de lugar: ${examples}.',
    fr_FR: 'Les importateurs ne gardent que le chemin d’une adresse de page, donc ${count} fils seraient déplacés : ${examples}.',
    pl_PL: 'Importery zachowują tylko ścieżkę adresu strony, więc ${count} wątków zostałoby przeniesionych: ${examples}.',
  },
  '${count} threads have no comments; importers skip them.': {
    de_DE: '${count} Threads haben keine Kommentare; Importprogramme überspringen sie.',
    es_ES: '${count} hilos no tienen comentarios; los importadores los omiten.',
    fr_FR: '${count} fils n’ont aucun commentaire ; les importateurs les ignorent.',
    pl_PL: '${count} wątków nie ma komentarzy; importery je pomijają.',
  },
  '${count} comments held control characters XML cannot carry; the file leaves them out.': {
    de_DE: '${count} Kommentare enthielten Steuerzeichen, die XML nicht aufnehmen kann; die Datei lässt sie weg.',
    es_ES: '${count} comentarios contenían caracteres de control que XML no admite; el archivo los omite.',
    fr_FR: '${count} commentaires contenaient des caractères de contrôle que XML ne peut pas porter ; le fichier les omet.',
    pl_PL: '${count} komentarzy zawierało znaki sterujące, których XML nie obsługuje; plik je pomija.',
  },
  'Older exports removed: ${names}.': {
    de_DE: 'Ältere Exporte entfernt: ${names}.',
    es_ES: 'Exportaciones antiguas eliminadas: ${names}.',
    fr_FR: 'Anciens exports supprimés : ${names}.',
    pl_PL: 'Usunięto starsze eksporty: ${names}.',
  },
  // failures
  'There is no database yet: Isso creates it when it starts for the first time.': {
    de_DE: 'Es gibt noch keine Datenbank: Isso legt sie beim ersten Start an.',
    es_ES: 'Todavía no hay base de datos: Isso la crea la primera vez que se inicia.',
    fr_FR: 'Il n’y a pas encore de base de données : Isso la crée à son premier démarrage.',
    pl_PL: 'Nie ma jeszcze bazy danych: Isso tworzy ją przy pierwszym uruchomieniu.',
  },
  'The database is not an Isso database (${detail}).': {
    de_DE: 'Die Datenbank ist keine Isso-Datenbank (${detail}).',
    es_ES: 'La base de datos no es una base de datos de Isso (${detail}).',
    fr_FR: 'La base de données n’est pas une base Isso (${detail}).',
    pl_PL: 'Baza danych nie jest bazą Isso (${detail}).',
  },
  'The database could not be read: ${detail}': {
    de_DE: 'Die Datenbank konnte nicht gelesen werden: ${detail}',
    es_ES: 'No se pudo leer la base de datos: ${detail}',
    fr_FR: 'La base de données n’a pas pu être lue : ${detail}',
    pl_PL: 'Nie udało się odczytać bazy danych: ${detail}',
  },
  'The export did not finish in time and was stopped.': {
    de_DE: 'Der Export wurde nicht rechtzeitig fertig und wurde abgebrochen.',
    es_ES: 'La exportación no terminó a tiempo y se detuvo.',
    fr_FR: 'L’export ne s’est pas terminé à temps et a été arrêté.',
    pl_PL: 'Eksport nie zakończył się na czas i został zatrzymany.',
  },
  'The export failed: ${detail}': {
    de_DE: 'Der Export ist fehlgeschlagen: ${detail}',
    es_ES: 'La exportación falló: ${detail}',
    fr_FR: 'L’export a échoué : ${detail}',
    pl_PL: 'Eksport nie powiódł się: ${detail}',
  },
})
