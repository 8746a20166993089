import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

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
      permission: 'app.use',
      writes: false,
      handle: async (_input, caller) => ({
        version: facts.version,
        deviceId: facts.deviceId,
        deviceCode: facts.deviceCode,
        dataDir: facts.dataDir,
        locale: caller.locale,
        offerDemo: await services.demo.shouldOffer(),
        user: { id: caller.actor.userId, name: caller.actor.name, role: caller.actor.role },
        defaultLocationId: await services.defaultLocationId(),
      }),
    },
    'settings:setLocale': {
      permission: 'app.use',
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
