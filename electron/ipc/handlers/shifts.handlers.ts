import type { Services } from '../../core/services'
import { authorize } from '../authorize'
import type { PartialHandlerTable } from '../handler-types'

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
      handle: (i, caller) => shifts.cashMove(caller.actor, i.kind, i.amount, i.reason),
    },
    'shifts:drawer': {
      permission: 'drawer.open',
      writes: true,
      handle: (i, caller) => shifts.drawerOpened(caller.actor, i.reason),
    },
    'shifts:close': {
      permission: 'sell',
      writes: true,
      handle: (i, caller) => {
        if (i.force) authorize(caller.actor, 'shift.manage')
        return shifts.close(caller.actor, i)
      },
    },
    'shifts:history': { permission: 'sell', writes: false, handle: (i) => shifts.history(i.limit) },
  }
}
