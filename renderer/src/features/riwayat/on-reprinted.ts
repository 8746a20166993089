import type { SaleDto } from '../../../../shared/sales/sales-dto'
import type { ReceiptPrinter } from '../printing/use-receipt-print'

/**
 * Called once the server has recorded a reprint; `sale.reprintCount` is the number of the
 * copy. The copy goes to the till's receipt printer through the same path as a sale's
 * receipt, marked SALINAN / COPY; the printer's answer (or the reason it failed, with Retry)
 * shows in the drawer through `printer.state`.
 */
export function onReprinted(sale: SaleDto, printer: ReceiptPrinter): void {
  void printer.print({ saleId: sale.id, copy: true })
}
