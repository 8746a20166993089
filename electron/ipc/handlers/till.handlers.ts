import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

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
  | 'settings:updateTill'
  | 'settings:setQris'
> {
  const { tillCart, till } = services
  return {
    'till:openCart': { permission: 'sell', writes: false, handle: () => tillCart.openCart() },
    'till:saveCart': { permission: 'sell', writes: true, handle: (i) => tillCart.saveCart(i.cart) },
    'till:hold': {
      permission: 'sell',
      writes: true,
      handle: (i, caller) => tillCart.hold(caller.actor, i.cart, i.label),
    },
    'till:held': { permission: 'sell', writes: false, handle: () => tillCart.held() },
    'till:resume': { permission: 'sell', writes: true, handle: (i) => tillCart.resume(i.id) },
    'till:removeLine': {
      permission: 'cart.removeLine',
      writes: true,
      handle: (i, caller) => tillCart.recordRemoval(caller.actor, i),
    },
    'till:settings': { permission: 'app.use', writes: false, handle: () => till.get() },
    'till:setLocation': {
      // Moving the till to an exhibition changes where every sale takes stock from.
      permission: 'settings.manage',
      writes: true,
      handle: (i) => till.setLocation(i.locationId),
    },
    'settings:updateTill': {
      permission: 'settings.manage',
      writes: true,
      handle: (i) => till.update(i),
    },
    'settings:setQris': {
      permission: 'settings.manage',
      writes: true,
      handle: (i) => till.setQris(i.payload),
    },
  }
}
