/**
 * A sale's totals as every screen and receipt shows them: Subtotal is BEFORE any discount, so
 * Subtotal − Diskon (line + cart) + Pembulatan = TOTAL reads true wherever it is printed.
 *
 * The stored `subtotal` of a sale is after line discounts (the base the cart discount is taken
 * from); this is the one place that turns it into the before-discount figure people expect.
 */
export interface StoredSaleTotals {
  /** Σ line totals, each already net of its own line discount. */
  subtotal: number
  cartDiscount: number
  rounding: number
  total: number
  lines: readonly { discount: number }[]
}

export interface ShownSaleTotals {
  /** Σ qty × unit price: before any discount. */
  subtotal: number
  lineDiscounts: number
  cartDiscount: number
  /** Every discount together: lineDiscounts + cartDiscount. */
  discount: number
  rounding: number
  total: number
}

export function shownSaleTotals(sale: StoredSaleTotals): ShownSaleTotals {
  const lineDiscounts = sale.lines.reduce((sum, line) => sum + line.discount, 0)
  return {
    subtotal: sale.subtotal + lineDiscounts,
    lineDiscounts,
    cartDiscount: sale.cartDiscount,
    discount: lineDiscounts + sale.cartDiscount,
    rounding: sale.rounding,
    total: sale.total,
  }
}
