import type { shiftPrintChannelNames } from '../../../shared/contracts/shift-print.names'
import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

export function shiftPrintHandlers(
  services: Services,
): PartialHandlerTable<(typeof shiftPrintChannelNames)[number]> {
  const { shiftPrint } = services
  return {
    'shifts:zPreview': {
      permission: 'sell',
      handle: (input, caller) => shiftPrint.preview(input, caller.locale),
    },
    'shifts:zPdf': {
      permission: 'sell',
      handle: (input, caller) => shiftPrint.pdf(input.shiftId, caller.locale),
    },
    'shifts:printZ': {
      permission: 'sell',
      // Writes the audit entry of the print, never the shift.
      handle: (input, caller) => shiftPrint.print(caller.actor, input.shiftId, caller.locale),
    },
  }
}
