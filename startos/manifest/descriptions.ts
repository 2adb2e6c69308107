// Shown in the StartOS marketplace. The SDK limits short to 80 and long to 500 characters
// (test/bundle/bundle.test.ts checks it).
export const short = {
  en_US: 'Self-hosted comments for your website, without third parties',
  de_DE: 'Selbst gehostete Kommentare für Ihre Website, ohne Dritte',
  es_ES: 'Comentarios autoalojados para su sitio web, sin terceros',
  fr_FR: 'Commentaires auto-hébergés pour votre site web, sans tiers',
  pl_PL: 'Komentarze na własnym serwerze dla Twojej strony, bez pośredników',
}

export const long = {
  en_US:
    'Isso is a lightweight comment server, an alternative to Disqus. Visitors comment without an account; you moderate in its admin panel, on the same public address as the comments and protected by your password. Comments live in a database on your server, never with a third party. Add your websites, set an admin password, then paste the embed code into your blog.',
  de_DE:
    'Isso ist ein schlanker Kommentar-Server, eine Alternative zu Disqus. Besucher kommentieren ohne Konto; Sie moderieren im Admin-Bereich, der unter derselben öffentlichen Adresse wie die Kommentare liegt und durch Ihr Passwort geschützt ist. Die Kommentare liegen in einer Datenbank auf Ihrem Server, nie bei Dritten. Fügen Sie Ihre Websites hinzu, setzen Sie ein Admin-Passwort und fügen Sie den Einbettungscode in Ihr Blog ein.',
  es_ES:
    'Isso es un servidor de comentarios ligero, una alternativa a Disqus. Los visitantes comentan sin cuenta; usted modera desde su panel de administración, en la misma dirección pública que los comentarios y protegido por su contraseña. Los comentarios se guardan en una base de datos en su servidor, nunca en manos de terceros. Añada sus sitios web, establezca una contraseña de administrador y pegue el código de inserción en su blog.',
  fr_FR:
    "Isso est un serveur de commentaires léger, une alternative à Disqus. Les visiteurs commentent sans compte ; vous modérez depuis son panneau d'administration, à la même adresse publique que les commentaires et protégé par votre mot de passe. Les commentaires restent dans une base de données sur votre serveur, jamais chez un tiers. Ajoutez vos sites, définissez un mot de passe administrateur, puis collez le code d'intégration dans votre blog.",
  pl_PL:
    'Isso to lekki serwer komentarzy, alternatywa dla Disqus. Odwiedzający komentują bez konta; Ty moderujesz w jego panelu administratora, pod tym samym publicznym adresem co komentarze, chronionym Twoim hasłem. Komentarze są przechowywane w bazie danych na Twoim serwerze, nigdy u pośredników. Dodaj swoje strony, ustaw hasło administratora i wklej kod do osadzenia na blogu.',
}
