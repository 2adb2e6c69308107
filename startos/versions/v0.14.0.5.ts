import { IMPOSSIBLE, VersionInfo } from '@start9labs/start-sdk'
import { newSalt } from '../secrets'
import type { Volume } from '../sites'
import { upgradeCommunityInstall } from './communityUpgrade'

export const v0_14_0_5 = (volume: Volume) => VersionInfo.of({
  version: '0.14.0:5',
  releaseNotes: {
    en_US: `A rewrite of the package. If you used an earlier Isso package for StartOS, your comments, websites, e-mail settings, admin password and hand edits to isso.cfg are kept.
- isso.cfg is now edited in place: your comments, extra keys and sections survive every action.
- Isso gets a private random [hash] salt if it had none. It used to run with the salt published in Isso's documentation, which let anyone test guessed e-mail addresses against the hashes shown next to comments. As a result, commenters' generated avatars (identicons) change once.
- The moderation panel is always on, and Isso will not start while the admin password is missing, empty or Isso's published default: run "Set Admin Password" when asked.
- If you chose the server's SMTP settings for e-mail, Isso now follows changes to them automatically.
- The health check now fails when Isso answers with an error, not only when it does not answer.`,
    de_DE: `Eine Neufassung des Pakets. Wenn Sie ein früheres Isso-Paket für StartOS verwendet haben, bleiben Ihre Kommentare, Websites, E-Mail-Einstellungen, das Admin-Passwort und Ihre eigenen Änderungen an isso.cfg erhalten.
- isso.cfg wird jetzt an Ort und Stelle bearbeitet: Ihre Kommentare, zusätzlichen Schlüssel und Abschnitte bleiben bei jeder Aktion erhalten.
- Isso erhält einen eigenen zufälligen [hash]-Salt, falls keiner vorhanden war. Bisher lief es mit dem in der Isso-Dokumentation veröffentlichten Salt, womit jeder erratene E-Mail-Adressen mit den neben Kommentaren angezeigten Hashes abgleichen konnte. Dadurch ändern sich die generierten Avatare (Identicons) der Kommentierenden einmalig.
- Der Moderationsbereich ist immer aktiv, und Isso startet nicht, solange das Admin-Passwort fehlt, leer oder Issos veröffentlichtes Standardpasswort ist: Führen Sie „Admin-Passwort festlegen“ aus, wenn Sie dazu aufgefordert werden.
- Wenn Sie für E-Mails die SMTP-Einstellungen des Servers gewählt haben, folgt Isso deren Änderungen jetzt automatisch.
- Die Zustandsprüfung schlägt jetzt auch fehl, wenn Isso mit einem Fehler antwortet, nicht nur, wenn es gar nicht antwortet.`,
    es_ES: `Una reescritura del paquete. Si usaba un paquete anterior de Isso para StartOS, se conservan sus comentarios, sitios web, ajustes de correo, la contraseña de administrador y sus cambios manuales en isso.cfg.
- isso.cfg ahora se edita en su sitio: sus comentarios, claves y secciones adicionales sobreviven a cada acción.
- Isso recibe una sal [hash] aleatoria y privada si no tenía ninguna. Antes funcionaba con la sal publicada en la documentación de Isso, lo que permitía a cualquiera comprobar direcciones de correo adivinadas contra los hashes que se muestran junto a los comentarios. Por ello, los avatares generados (identicons) de quienes comentan cambian una vez.
- El panel de moderación está siempre activo, e Isso no se inicia mientras la contraseña de administrador falte, esté vacía o sea la predeterminada publicada de Isso: ejecute «Establecer la contraseña de administrador» cuando se le pida.
- Si eligió los ajustes SMTP del servidor para el correo, Isso ahora sigue sus cambios automáticamente.
- La comprobación de estado ahora falla también cuando Isso responde con un error, no solo cuando no responde.`,
    fr_FR: `Une réécriture du paquet. Si vous utilisiez un ancien paquet Isso pour StartOS, vos commentaires, sites, réglages e-mail, mot de passe administrateur et modifications manuelles d'isso.cfg sont conservés.
- isso.cfg est désormais modifié sur place : vos commentaires, clés et sections supplémentaires survivent à chaque action.
- Isso reçoit un sel [hash] aléatoire et privé s'il n'en avait pas. Il utilisait jusqu'ici le sel publié dans la documentation d'Isso, ce qui permettait à n'importe qui de tester des adresses e-mail devinées contre les empreintes affichées à côté des commentaires. En conséquence, les avatars générés (identicons) des commentateurs changent une fois.
- Le panneau de modération est toujours actif, et Isso ne démarre pas tant que le mot de passe administrateur est absent, vide ou égal au mot de passe par défaut publié d'Isso : lancez « Définir le mot de passe administrateur » quand cela vous est demandé.
- Si vous aviez choisi les réglages SMTP du serveur pour les e-mails, Isso suit désormais automatiquement leurs changements.
- Le contrôle de santé échoue désormais aussi quand Isso répond par une erreur, pas seulement quand il ne répond pas.`,
    pl_PL: `Przepisany pakiet. Jeśli używałeś wcześniejszego pakietu Isso dla StartOS, Twoje komentarze, strony, ustawienia e-mail, hasło administratora i ręczne zmiany w isso.cfg zostają zachowane.
- isso.cfg jest teraz edytowany w miejscu: Twoje komentarze, dodatkowe klucze i sekcje przetrwają każdą akcję.
- Isso otrzymuje prywatną, losową sól [hash], jeśli jej nie miał. Dotąd działał z solą opublikowaną w dokumentacji Isso, co pozwalało każdemu sprawdzać zgadywane adresy e-mail z hashami widocznymi przy komentarzach. W efekcie generowane awatary (identicony) komentujących zmienią się jednorazowo.
- Panel moderacji jest zawsze włączony, a Isso nie uruchomi się, dopóki hasło administratora jest puste, go brak lub jest to publicznie znane hasło domyślne Isso: uruchom „Ustaw hasło administratora”, gdy pojawi się prośba.
- Jeśli do wysyłki e-maili wybrałeś ustawienia SMTP serwera, Isso teraz automatycznie śledzi ich zmiany.
- Kontrola stanu kończy się teraz niepowodzeniem także wtedy, gdy Isso odpowiada błędem, a nie tylko gdy nie odpowiada.`,
  },
  migrations: {
    // From any older data version: the community package's 0.14.0:0 to 0.14.0:4.
    up: async () => {
      const outcome = await upgradeCommunityInstall(volume, newSalt())
      console.info(`upgrade from the community package: isso.cfg ${outcome}`)
    },
    down: IMPOSSIBLE,
  },
})
