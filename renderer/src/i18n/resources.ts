import { common as enCommon } from './locales/en/common'
import { common as idCommon } from './locales/id/common'

// One namespace per feature; each feature owns its two files under locales/.
export const resources = {
  id: { common: idCommon },
  en: { common: enCommon },
} as const

export const namespaces = Object.keys(resources.id) as Array<keyof typeof resources.id>
