import type { Services } from '../../core/services'
import { AppError } from '../../services/core/errors'
import type { PartialHandlerTable } from '../handler-types'
import { sessionUser } from './auth.handlers'

export interface AppFacts {
  version: string
  dataDir: string
  deviceId: string
  /** The separate practice books (mode latihan), never the real ledger. */
  training: boolean
}

export function appHandlers(
  services: Services,
  facts: AppFacts,
): PartialHandlerTable<'app:info' | 'settings:setLocale' | 'demo:seed' | 'demo:decline'> {
  return {
    'app:info': {
      permission: 'public',
      handle: async (_input, caller) => {
        const setupRequired = !(await services.setup.done())
        return {
          version: facts.version,
          deviceId: facts.deviceId,
          // Read each time: the wizard writes it while the app runs.
          deviceCode: (await services.settings.get('device.code')) ?? '',
          dataDir: facts.dataDir,
          locale: caller.locale,
          user: caller.actor ? sessionUser(caller.actor) : null,
          setupRequired,
          training: facts.training,
          autoLockMinutes: (await services.settings.get('auth.autoLockMinutes')) ?? 0,
          defaultLocationId: await services.defaultLocationId(),
        }
      },
    },
    'settings:setLocale': {
      // The language can be switched on the sign-in screen and the wizard's first step too.
      permission: 'public',
      handle: async ({ locale }) => {
        await services.settings.set('locale', locale)
        return { locale }
      },
    },
    'demo:seed': {
      permission: 'manage.products',
      handle: async (_input, caller) => {
        // The demo catalogue never enters the real books: only the training folder takes it.
        if (!facts.training) throw new AppError('TRAINING_ONLY')
        return { products: await services.demo.seed(caller.actor) }
      },
    },
    'demo:decline': {
      permission: 'app.use',
      handle: async () => {
        await services.demo.decline()
        return null
      },
    },
  }
}
