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
    'shifts:current': { permission: 'sell', handle: () => shifts.current() },
    'shifts:open': {
      permission: 'sell',
      handle: (i, caller) => shifts.open(caller.actor, i.openingFloat),
    },
    'shifts:cash': {
      permission: 'sell',
      // Paid-outs ask `cash.payout` (and above the shift's limit `shift.manage`) inside.
      handle: (i, caller) =>
        shifts.cashMove(caller.actor, permissionOrApproval(caller), i.kind, i.amount, i.reason),
    },
    'shifts:drawer': {
      permission: 'drawer.open',
      handle: (i, caller) => shifts.drawerOpened(caller.actor, i.reason),
    },
    'shifts:close': {
      permission: 'sell',
      // `force` from the till is ignored: main knows who opened the shift.
      handle: (i, caller) => shifts.close(caller.actor, permissionOrApproval(caller), i),
    },
    'shifts:history': { permission: 'sell', handle: (i) => shifts.history(i.limit) },
  }
}
