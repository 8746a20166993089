import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

export function paymentsHandlers(
  services: Services,
): PartialHandlerTable<'payments:methods' | 'payments:save'> {
  return {
    'payments:methods': {
      permission: 'app.use',
      handle: () => services.payments.methods(),
    },
    'payments:save': {
      permission: 'settings.manage',
      handle: (i) => services.payments.save(i),
    },
  }
}
