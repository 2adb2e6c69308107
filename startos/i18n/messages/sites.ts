import { messages } from '../locales'

// Several sites on one server: the site choice in every action, adding and removing sites.
export const sites = messages({
  'First site (at /)': {
    de_DE: 'Erste Website (unter /)',
    es_ES: 'Primer sitio (en /)',
    fr_FR: 'Premier site (à /)',
    pl_PL: 'Pierwsza witryna (pod /)',
  },
  '${site} (at ${path})': {
    de_DE: '${site} (unter ${path})',
    es_ES: '${site} (en ${path})',
    fr_FR: '${site} (à ${path})',
    pl_PL: '${site} (pod ${path})',
  },
  Site: { de_DE: 'Website', es_ES: 'Sitio', fr_FR: 'Site', pl_PL: 'Witryna' },
  'Which of your sites to change. Each keeps its own websites, settings and comments.': {
    de_DE: 'Welche Ihrer Websites geändert wird. Jede hat ihre eigenen Adressen, Einstellungen und Kommentare.',
    es_ES: 'Cuál de sus sitios cambiar. Cada uno conserva sus propias direcciones, ajustes y comentarios.',
    fr_FR: 'Lequel de vos sites modifier. Chacun garde ses propres adresses, réglages et commentaires.',
    pl_PL: 'Którą z Twoich witryn zmienić. Każda ma własne adresy, ustawienia i komentarze.',
  },
  'Site ${site} does not exist any more, so nothing was changed.': {
    de_DE: 'Die Website ${site} gibt es nicht mehr, daher wurde nichts geändert.',
    es_ES: 'El sitio ${site} ya no existe, así que no se cambió nada.',
    fr_FR: "Le site ${site} n'existe plus, rien n'a donc été modifié.",
    pl_PL: 'Witryna ${site} już nie istnieje, więc nic nie zmieniono.',
  },
})
