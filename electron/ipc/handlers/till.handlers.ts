import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'
import { permissionOrApproval } from '../permission-or-approval'

export function tillHandlers(
  services: Services,
): PartialHandlerTable<
  | 'till:openCart'
  | 'till:saveCart'
  | 'till:hold'
  | 'till:held'
  | 'till:resume'
  | 'till:removeLine'
  | 'till:settings'
  | 'till:setLocation'
> {
  const { tillCart, till } = services
  return {
    'till:openCart': { permission: 'sell', handle: () => tillCart.openCart() },
    // Each of these may take units out of the open cart: main compares with the saved cart.
    'till:saveCart': {
      permission: 'sell',
      handle: (i, caller) => tillCart.saveCart(caller.actor, permissionOrApproval(caller), i.cart),
    },
    'till:hold': {
      permission: 'sell',
      handle: (i, caller) =>
        tillCart.hold(caller.actor, permissionOrApproval(caller), i.cart, i.label),
    },
    'till:held': { permission: 'sell', handle: () => tillCart.held() },
    'till:resume': {
      permission: 'sell',
      handle: (i, caller) => tillCart.resume(caller.actor, permissionOrApproval(caller), i.id),
    },
    'till:removeLine': {
      permission: 'cart.removeLine',
      handle: (i, caller) => tillCart.removeLine(caller.actor, i),
    },
    'till:settings': { permission: 'app.use', handle: () => till.get() },
    'till:setLocation': {
      // Moving the till to an exhibition changes where every sale takes stock from.
      permission: 'settings.manage',
      handle: (i) => till.setLocation(i.locationId),
    },
  }
}
