import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

export function settingsHandlers(
  services: Services,
): PartialHandlerTable<
  'settings:setLocale' | 'settings:updateTill' | 'settings:setQris' | 'settings:setAutoLock'
> {
  const { till } = services
  return {
    'settings:setLocale': {
      // The language can be switched on the sign-in screen and the wizard's first step too.
      permission: 'public',
      handle: async ({ locale }) => {
        await services.settings.set('locale', locale)
        return { locale }
      },
    },
    'settings:updateTill': {
      permission: 'settings.manage',
      handle: (i) => till.update(i),
    },
    'settings:setQris': {
      permission: 'settings.manage',
      handle: (i) => till.setQris(i.payload),
    },
    'settings:setAutoLock': {
      permission: 'settings.manage',
      handle: async ({ minutes }) => {
        await services.settings.set('auth.autoLockMinutes', minutes)
        return { minutes }
      },
    },
  }
}
