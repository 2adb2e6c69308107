import { messages } from '../locales'

// Messages shared by several features.
export const common = messages({
  Configure: { de_DE: 'Konfigurieren', es_ES: 'Configurar', fr_FR: 'Configurer', pl_PL: 'Konfiguracja' },
})
