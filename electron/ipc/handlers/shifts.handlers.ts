import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'
import { permissionOrApproval } from '../permission-or-approval'

export function shiftsHandlers(
  services: Services,
): PartialHandlerTable<
  | 'shifts:current'
  | 'shifts:open'
  | 'shifts:cash'
  | 'shifts:drawer'
  | 'shifts:close'
  | 'shifts:history'
> {
  const { shifts } = services
  return {
    'shifts:current': { permission: 'sell', writes: false, handle: () => shifts.current() },
    'shifts:open': {
      permission: 'sell',
      writes: true,
      handle: (i, caller) => shifts.open(caller.actor, i.openingFloat),
    },
    'shifts:cash': {
      permission: 'sell',
      writes: true,
      // Paid-outs ask `cash.payout` (and above the shift's limit `shift.manage`) inside.
      handle: (i, caller) =>
        shifts.cashMove(caller.actor, permissionOrApproval(caller), i.kind, i.amount, i.reason),
    },
    'shifts:drawer': {
      permission: 'drawer.open',
      writes: true,
      handle: (i, caller) => shifts.drawerOpened(caller.actor, i.reason),
    },
    'shifts:close': {
      permission: 'sell',
      writes: true,
      // `force` from the till is ignored: main knows who opened the shift.
      handle: (i, caller) => shifts.close(caller.actor, permissionOrApproval(caller), i),
    },
    'shifts:history': { permission: 'sell', writes: false, handle: (i) => shifts.history(i.limit) },
  }
}
