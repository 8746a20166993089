import type { opnameChannelNames } from '../../../shared/contracts/opname.names'
import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

/**
 * Counting (create, scan, review) is stock work (`stock.adjust`); only posting, which changes
 * on-hand, needs `stock.count.post` — a stock clerk posts with a supervisor's approval.
 */
export function opnameHandlers(
  services: Services,
): PartialHandlerTable<(typeof opnameChannelNames)[number]> {
  const { opname } = services
  return {
    'opname:options': { permission: 'stock.adjust', handle: () => opname.options() },
    'opname:list': {
      permission: 'stock.adjust',
      handle: (input) => opname.list(input),
    },
    'opname:get': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.get(caller.actor, input.id),
    },
    'opname:create': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.create(caller.actor, input),
    },
    'opname:start': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.start(caller.actor, input.id),
    },
    'opname:openSession': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.openSession(caller.actor, input),
    },
    'opname:scan': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.scan(caller.actor, input),
    },
    'opname:count': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.count(caller.actor, input),
    },
    'opname:undo': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.undo(caller.actor, input),
    },
    'opname:review': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.review(caller.actor, input.id),
    },
    'opname:reopen': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.reopen(caller.actor, input.id),
    },
    'opname:confirmZero': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.confirmZero(caller.actor, input),
    },
    'opname:setReason': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.setReason(caller.actor, input),
    },
    'opname:post': {
      permission: 'stock.count.post',
      handle: (input, caller) => opname.post(caller.actor, input.id),
    },
    'opname:cancel': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.cancel(caller.actor, input),
    },
    'opname:beritaAcara': {
      permission: 'stock.adjust',
      handle: (input, caller) => opname.beritaAcara(caller.actor, caller.locale, input.id),
    },
  }
}
