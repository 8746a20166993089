import type { Services } from '../../core/services'
import { authorize } from '../authorize'
import type { PartialHandlerTable } from '../handler-types'

export function salesHandlers(
  services: Services,
): PartialHandlerTable<
  | 'sales:checkout'
  | 'sales:get'
  | 'sales:list'
  | 'sales:byReceipt'
  | 'sales:void'
  | 'sales:return'
  | 'sales:reprint'
> {
  const { afterSale } = services
  return {
    'sales:checkout': {
      permission: 'sell',
      // Discounts and price overrides are checked inside, where the catalogue price is known.
      handle: (input, caller) =>
        services.checkout.checkout(caller.actor, input, (p) => authorize(caller.actor, p)),
    },
    'sales:get': { permission: 'sell', handle: (i) => services.checkout.get(i.id) },
    'sales:list': { permission: 'sell', handle: (i) => afterSale.list(i) },
    'sales:byReceipt': {
      permission: 'sell',
      handle: (i) => afterSale.byReceipt(i.receiptNo),
    },
    'sales:void': {
      permission: 'void',
      handle: (i, caller) => afterSale.voidSale(caller.actor, i.saleId, i.reason),
    },
    'sales:return': {
      permission: 'refund',
      handle: (i, caller) => afterSale.returnItems(caller.actor, i),
    },
    'sales:reprint': {
      permission: 'reprint',
      handle: (i, caller) => afterSale.reprint(caller.actor, i.saleId),
    },
  }
}
