import type { Services } from '../../core/services'
import { authorize } from '../authorize'
import type { PartialHandlerTable } from '../handler-types'
import type { printingChannelNames } from '../../../shared/contracts/printing.names'

export function printingHandlers(
  services: Services,
): PartialHandlerTable<(typeof printingChannelNames)[number]> {
  const { printing } = services
  return {
    // The till reads autoPrint / copies after each sale, so every signed-in role may read.
    'print:settings': { permission: 'app.use', writes: false, handle: () => printing.settings() },
    'print:saveSettings': {
      permission: 'settings.manage',
      writes: true,
      handle: (input) => printing.saveSettings(input),
    },
    'print:detect': {
      permission: 'settings.manage',
      writes: false,
      handle: () => printing.detect(),
    },
    'print:status': { permission: 'app.use', writes: false, handle: () => printing.status() },
    'print:receiptPreview': {
      permission: 'sell',
      writes: false,
      handle: (input) => printing.receiptPreview(input),
    },
    'print:receipt': {
      permission: 'sell',
      // Writes only the print log, never the sale.
      writes: true,
      handle: (input, caller) => {
        if (input.copy) authorize(caller.actor, 'reprint')
        return printing.printReceipt(caller.actor, input)
      },
    },
    'print:testPage': {
      permission: 'settings.manage',
      writes: true,
      handle: (_input, caller) => printing.testPage(caller.actor),
    },
    'labels:render': {
      permission: 'manage.products',
      writes: false,
      handle: (input) => printing.renderLabels(input),
    },
    'labels:assignBarcodes': {
      permission: 'manage.products',
      writes: true,
      handle: (input, caller) => printing.assignBarcodes(caller.actor, input.productIds),
    },
  }
}
