import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'
import { sessionUser } from './auth.handlers'

export interface AppFacts {
  version: string
  dataDir: string
  deviceId: string
  deviceCode: string
}

export function appHandlers(
  services: Services,
  facts: AppFacts,
): PartialHandlerTable<'app:info' | 'settings:setLocale' | 'demo:seed' | 'demo:decline'> {
  return {
    'app:info': {
      permission: 'public',
      writes: false,
      handle: async (_input, caller) => ({
        version: facts.version,
        deviceId: facts.deviceId,
        deviceCode: facts.deviceCode,
        dataDir: facts.dataDir,
        locale: caller.locale,
        offerDemo: caller.actor !== null && (await services.demo.shouldOffer()),
        user: caller.actor ? sessionUser(caller.actor) : null,
        setupMode: await services.auth.setupMode(),
        autoLockMinutes: (await services.settings.get('auth.autoLockMinutes')) ?? 0,
        defaultLocationId: await services.defaultLocationId(),
      }),
    },
    'settings:setLocale': {
      // The language can be switched on the sign-in screen too.
      permission: 'public',
      writes: true,
      handle: async ({ locale }) => {
        await services.settings.set('locale', locale)
        return { locale }
      },
    },
    'demo:seed': {
      permission: 'manage.products',
      writes: true,
      handle: async (_input, caller) => ({ products: await services.demo.seed(caller.actor) }),
    },
    'demo:decline': {
      permission: 'app.use',
      writes: true,
      handle: async () => {
        await services.demo.decline()
        return null
      },
    },
  }
}
