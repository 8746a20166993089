import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'
import { sessionUser } from './auth.handlers'

export interface AppFacts {
  version: string
  dataDir: string
  deviceId: string
  /** The separate practice books (mode latihan), never the real ledger. */
  training: boolean
}

export function appHandlers(services: Services, facts: AppFacts): PartialHandlerTable<'app:info'> {
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
  }
}
