import { i18n } from '../i18n'

// The headings StartOS groups the actions under. StartOS shows the groups in the
// code-unit order of their translated names (Angular's keyvalue pipe in its actions
// page), not in the order the package registers them, and puts an action without a group
// under "Other". So every action has a group, and each name is chosen, in every
// language, so that the owner's first steps come first and the comments next:
//   en  Connect Your Website < Manage Comments < Server Settings < Several Blogs
//   de  Anbindung Ihrer Website < Kommentare verwalten < Mehrere Blogs < Servereinstellungen
//   es  Conectar su sitio web < Gestionar comentarios < Opciones del servidor < Varios blogs
//   fr  Connecter votre site web < Gérer les commentaires < Plusieurs blogs < Réglages du serveur
//   pl  Integracja z witryną < Komentarze < Ustawienia serwera < Wiele blogów
// test/actions/screenOrder.test.ts checks this order with the exported metadata.
export const GROUPS = {
  /** Websites, Embed Code, Check a Page: what connects a blog to Isso. */
  website: i18n('Connect Your Website'),
  /** Reviewing waiting comments, import and export. */
  comments: i18n('Manage Comments'),
  /** Server, e-mail and the admin password. */
  server: i18n('Server Settings'),
  /** Adding and removing further blogs. */
  blogs: i18n('Several Blogs'),
} as const
