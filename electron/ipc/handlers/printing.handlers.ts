import type { Services } from '../../core/services'
import type { OsPrinter } from '../../printing/os-print/os-printer'
import type { Actor } from '../../services/core/context'
import { authorize } from '../authorize'
import type { PartialHandlerTable } from '../handler-types'
import { printOnOs } from '../os-print'
import type { printingChannelNames } from '../../../shared/contracts/printing.names'

/**
 * `osPrinter`: Electron's OS print (electron/main/electron-os-printer.ts); absent in browser mode and
 * tests, where the OS print channels answer OS_PRINT_UNAVAILABLE.
 */
export function printingHandlers(
  services: Services,
  osPrinter?: OsPrinter,
): PartialHandlerTable<(typeof printingChannelNames)[number]> {
  const { printing } = services
  /**
   * A copy prints for whoever may reprint, and for the person who recorded it: recording a
   * copy (`sales:reprint`) needs `reprint` or a supervisor's approval given for that copy, and
   * the printing belongs to it (a cashier's approved reprint must not be refused at the printer).
   */
  const authorizeCopy = async (actor: Actor, saleId: string) => {
    if (actor.permissions.has('reprint')) return
    if ((await printing.copyRecordedBy(saleId)) === actor.userId) return
    authorize(actor, 'reprint')
  }
  return {
    // The till reads autoPrint / copies after each sale, so every signed-in role may read.
    'print:settings': { permission: 'app.use', handle: () => printing.settings() },
    'print:saveSettings': {
      permission: 'settings.manage',
      handle: (input) => printing.saveSettings(input),
    },
    'print:detect': {
      permission: 'settings.manage',
      handle: () => printing.detect(),
    },
    'print:status': { permission: 'app.use', handle: () => printing.status() },
    'print:receiptPreview': {
      permission: 'sell',
      handle: (input) => printing.receiptPreview(input),
    },
    'print:receipt': {
      permission: 'sell',
      // Writes only the print log, never the sale.
      handle: async (input, caller) => {
        if (input.copy) await authorizeCopy(caller.actor, input.saleId)
        return printing.printReceipt(caller.actor, input)
      },
    },
    'print:testPage': {
      permission: 'settings.manage',
      handle: (_input, caller) => printing.testPage(caller.actor),
    },
    'labels:render': {
      permission: 'manage.products',
      handle: (input) => printing.renderLabels(input),
    },
    'print:receiptPdf': {
      permission: 'sell',
      handle: (input) => printing.receiptPdf(input),
    },
    'print:receiptOs': {
      permission: 'sell',
      handle: async (input, caller) => {
        if (input.copy) await authorizeCopy(caller.actor, input.saleId)
        return printOnOs(osPrinter, await printing.receiptOsJob(input))
      },
    },
    'labels:pdf': {
      permission: 'manage.products',
      handle: (input) => printing.labelsPdf(input),
    },
    'labels:printOs': {
      permission: 'manage.products',
      handle: async (input) => printOnOs(osPrinter, await printing.labelsOsJob(input)),
    },
    'labels:assignBarcodes': {
      permission: 'manage.products',
      handle: (input, caller) => printing.assignBarcodes(caller.actor, input.productIds),
    },
  }
}
