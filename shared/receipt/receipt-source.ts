/** Everything a receipt shows, already computed by the sale; the receipt code does no pricing. */
export interface ReceiptSource {
  store: ReceiptStore
  receiptNo: string
  createdAtIso: string
  /** IANA zone the date is printed in; the showroom runs on WIB (`Asia/Jakarta`). */
  timeZone?: string
  cashierName: string
  locationName: string
  lines: ReceiptLine[]
  subtotal: number
  /** Positive Rupiah taken off the whole cart. */
  cartDiscount: number
  /** Signed Rupiah: total = subtotal - cartDiscount + rounding. */
  rounding: number
  total: number
  tenders: ReceiptTender[]
  change: number
  /** Present on reprints; `reprintCount` is 1 for the first reprint. */
  copy?: { reprintCount: number }
  /** Indonesian / English labels for foreign buyers. */
  bilingual: boolean
  voided?: boolean
  /** Sold in the practice books (mode latihan): the receipt says it proves no payment. */
  training?: boolean
}

export interface ReceiptStore {
  name: string
  address: string[]
  footer: string[]
}

export interface ReceiptLine {
  name: string
  qty: number
  unitPrice: number
  /** Positive Rupiah taken off this line: lineTotal = qty * unitPrice - discount. */
  discount: number
  lineTotal: number
  discountReason?: string
}

export interface ReceiptTender {
  methodName: string
  amount: number
  reference?: string
  isCash: boolean
}
