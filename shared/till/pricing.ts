/**
 * Cart arithmetic shared by the till (to show totals as the cashier works) and the
 * checkout service (the authority). Integer Rupiah throughout; every split of a discount
 * over lines uses largest remainders so the parts always add up to the whole.
 */

export type AdjustmentKind = 'percent' | 'amount'

export interface Adjustment {
  kind: AdjustmentKind
  /** Percent: 1–100. Amount: whole Rupiah. */
  value: number
  reason: string
}

export type RoundingUnit = 0 | 100 | 500 | 1000
export type RoundingMode = 'down' | 'nearest' | 'up'
export interface CashRounding {
  unit: RoundingUnit
  mode: RoundingMode
}

export interface PricingLine {
  qty: number
  unitPrice: number
  discount?: Adjustment | null | undefined
}

export interface PricedLine {
  gross: number
  discount: number
  /** After the line's own discount. */
  total: number
  /** After its share of the cart discount: what this line really earned. */
  net: number
}

export interface PricedCart {
  lines: PricedLine[]
  subtotal: number
  cartDiscount: number
  /** Signed: negative when rounded down. Zero unless the sale is paid (partly) in cash. */
  rounding: number
  total: number
}

export class PricingError extends Error {
  constructor(
    readonly code: 'DISCOUNT_TOO_LARGE' | 'AMOUNT_TOO_LARGE',
    readonly lineIndex: number | null,
  ) {
    super(code)
  }
}

/**
 * The largest sale or line value accepted: far above any showroom sale, and small enough
 * that every product and proportion below it stays exact.
 */
export const MAX_AMOUNT = 999_999_999_999

/** The Rupiah a discount takes off `gross`; percent rounds half up to whole Rupiah. */
export function adjustmentAmount(gross: number, adjustment: Adjustment | null | undefined): number {
  if (!adjustment) return 0
  const amount =
    adjustment.kind === 'percent'
      ? Math.floor((gross * adjustment.value + 50) / 100)
      : adjustment.value
  return amount
}

export function roundCash(amount: number, rule: CashRounding): number {
  if (rule.unit === 0) return amount
  const below = Math.floor(amount / rule.unit) * rule.unit
  if (below === amount) return amount
  if (rule.mode === 'down') return below
  if (rule.mode === 'up') return below + rule.unit
  return amount - below >= rule.unit / 2 ? below + rule.unit : below
}

/** Splits `whole` over `weights` proportionally; the parts are integers summing to `whole`. */
export function allocate(whole: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum === 0 || whole === 0) return weights.map(() => 0)
  // BigInt keeps whole × weight exact even when it passes 2^53.
  const big = weights.map((w) => BigInt(whole) * BigInt(w))
  const parts = big.map((x) => Number(x / BigInt(sum)))
  const exact = big.map((x, i) => (parts[i] ?? 0) + Number(x % BigInt(sum)) / sum)
  let left = whole - parts.reduce((a, b) => a + b, 0)
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    parts[i] = (parts[i] ?? 0) + 1
    left -= 1
  }
  return parts
}

export function priceCart(
  lines: readonly PricingLine[],
  cartDiscount: Adjustment | null | undefined,
  rounding: CashRounding,
  paidWithCash: boolean,
): PricedCart {
  const priced = lines.map((line, index) => {
    const gross = line.qty * line.unitPrice
    if (gross > MAX_AMOUNT) throw new PricingError('AMOUNT_TOO_LARGE', index)
    const discount = adjustmentAmount(gross, line.discount)
    if (discount > gross) throw new PricingError('DISCOUNT_TOO_LARGE', index)
    return { gross, discount, total: gross - discount }
  })
  const subtotal = priced.reduce((s, l) => s + l.total, 0)
  if (subtotal > MAX_AMOUNT) throw new PricingError('AMOUNT_TOO_LARGE', null)
  const cartCut = adjustmentAmount(subtotal, cartDiscount)
  if (cartCut > subtotal) throw new PricingError('DISCOUNT_TOO_LARGE', null)
  const shares = allocate(
    cartCut,
    priced.map((l) => l.total),
  )
  const afterDiscount = subtotal - cartCut
  const total = paidWithCash ? roundCash(afterDiscount, rounding) : afterDiscount
  return {
    lines: priced.map((l, i) => ({ ...l, net: l.total - (shares[i] ?? 0) })),
    subtotal,
    cartDiscount: cartCut,
    rounding: total - afterDiscount,
    total,
  }
}

/**
 * The refund for returning `qty` more units of a line of `soldQty` units that earned
 * `net`, when `alreadyReturned` units came back before. Returning every unit refunds
 * exactly `net`, whatever the steps.
 */
export function refundShare(
  net: number,
  soldQty: number,
  alreadyReturned: number,
  qty: number,
): number {
  const upTo = (units: number) => Math.floor((net * units) / soldQty)
  return upTo(alreadyReturned + qty) - upTo(alreadyReturned)
}
