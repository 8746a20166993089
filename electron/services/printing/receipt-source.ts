import type { SaleDto } from '../../../shared/sales/sales-dto'
import type { ReceiptSource, ReceiptStore } from '../../../shared/receipt/receipt-source'

export interface ReceiptSourceOptions {
  /** A reprint: the receipt carries `SALINAN / COPY (cetak ke-{reprintCount + 1})`. */
  copy?: boolean
  bilingual: boolean
  timeZone?: string
  /** The practice books: every receipt carries `BUKAN BUKTI PEMBAYARAN`. */
  training?: boolean
}

/**
 * A recorded sale as the receipt shows it. Every amount comes from the sale as stored; the
 * receipt never recomputes a price. Cash shows what the customer handed over (the tendered
 * amount), so `Tunai` minus `Kembali` is what stayed in the drawer.
 */
export function saleToReceiptSource(
  sale: SaleDto,
  store: ReceiptStore,
  options: ReceiptSourceOptions,
): ReceiptSource {
  const source: ReceiptSource = {
    store: { name: store.name, address: [...store.address], footer: [...store.footer] },
    receiptNo: sale.receiptNo,
    createdAtIso: sale.createdAt,
    cashierName: sale.cashierName,
    locationName: sale.locationName,
    lines: sale.lines.map((line) => ({
      name: line.name,
      qty: line.qty,
      unitPrice: line.unitPrice,
      discount: line.discount,
      lineTotal: line.lineTotal,
      ...(line.discountReason ? { discountReason: line.discountReason } : {}),
    })),
    subtotal: sale.subtotal,
    cartDiscount: sale.cartDiscount,
    rounding: sale.rounding,
    total: sale.total,
    tenders: sale.payments.map((payment) => ({
      methodName: payment.methodName,
      amount: payment.kind === 'cash' ? payment.tendered : payment.amount,
      isCash: payment.kind === 'cash',
      ...(payment.reference ? { reference: payment.reference } : {}),
    })),
    change: sale.change,
    bilingual: options.bilingual,
  }
  if (options.timeZone) source.timeZone = options.timeZone
  if (options.copy) source.copy = { reprintCount: sale.reprintCount }
  if (sale.voided) source.voided = true
  if (options.training) source.training = true
  return source
}
