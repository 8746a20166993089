import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

export function salesHandlers(
  services: Services,
): PartialHandlerTable<'sales:checkout' | 'sales:get' | 'payments:methods' | 'stock:receive'> {
  return {
    'sales:checkout': {
      permission: 'sell',
      writes: true,
      handle: (input, caller) => services.checkout.checkout(caller.actor, input),
    },
    'sales:get': { permission: 'sell', writes: false, handle: (i) => services.checkout.get(i.id) },
    'payments:methods': {
      permission: 'app.use',
      writes: false,
      handle: () => services.payments.methods(),
    },
    'stock:receive': {
      permission: 'stock.receive',
      writes: true,
      handle: (input, caller) => services.inventory.receive(caller.actor, input),
    },
  }
}
