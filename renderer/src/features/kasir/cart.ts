import type { InputOf } from '../../../../shared/contract'
import type { Cart, CartLine } from '../../../../shared/till/cart'
import {
  PricingError,
  priceCart,
  type Adjustment,
  type CashRounding,
} from '../../../../shared/till/pricing'

/**
 * The till's cart as pure data. Every function returns a new cart and never throws, so
 * the hook can apply them to React state and the tests can call them directly. Totals use
 * the same pricing code as the checkout service, so what the cashier sees is what is charged.
 */

/** The shared cart line (what is saved and checked out) plus what the till only displays. */
export interface TillLine extends CartLine {
  /** Units on hand when the line was last touched; null when unknown (a restored cart). */
  onHand: number | null
}

export interface TillCart {
  /** The future sale id: generated once per cart and reused on every submit. */
  id: string
  lines: TillLine[]
  /** The line that +, − and Delete act on: the last one added unless the cashier picked another. */
  selected: string | null
  /** A discount on the whole sale (with its reason), or null. */
  cartDiscount?: Adjustment | null
}

/** What the till needs of a product to sell it. */
export interface SellableProduct {
  id: string
  name: string
  sku: string
  price: number
  onHand: number
}

export interface CartTotals {
  /** Units across all lines. */
  items: number
  lines: number
  /** Σ qty × price: BEFORE any discount, so Subtotal − discounts + rounding = total. */
  subtotal: number
  /** Rupiah off the whole sale (cart discount). */
  cartDiscount: number
  /** Rupiah off the lines (line discounts), for the Diskon total. */
  lineDiscounts: number
  /** Signed Rupiah from cash rounding; zero unless the till rounds cash. */
  rounding: number
  total: number
  /** Per line, in cart order. */
  lineTotals: number[]
  /** Per line: Rupiah its own discount takes off. */
  lineDiscountAmounts: number[]
  /** Set when a discount exceeds what it discounts (the server refuses it too). */
  error: 'DISCOUNT_TOO_LARGE' | 'AMOUNT_TOO_LARGE' | null
}

/** The contract's bounds for a line quantity. */
export const MIN_QTY = 1
export const MAX_QTY = 100_000

const NO_ROUNDING: CashRounding = { unit: 0, mode: 'nearest' }

const clampQty = (qty: number): number =>
  Number.isFinite(qty) ? Math.min(MAX_QTY, Math.max(MIN_QTY, Math.trunc(qty))) : MIN_QTY

export function emptyCart(id: string): TillCart {
  return { id, lines: [], selected: null, cartDiscount: null }
}

/** Adds `qty` of a product: a new line at the bottom, or more on the line it already has. */
export function addProduct(cart: TillCart, product: SellableProduct, qty = 1): TillCart {
  const existing = cart.lines.find((line) => line.productId === product.id)
  if (existing) {
    return {
      ...cart,
      selected: product.id,
      lines: cart.lines.map((line) =>
        line === existing
          ? { ...line, qty: clampQty(line.qty + qty), onHand: product.onHand }
          : line,
      ),
    }
  }
  const line: TillLine = {
    productId: product.id,
    name: product.name,
    sku: product.sku,
    qty: clampQty(qty),
    listPrice: product.price,
    unitPrice: product.price,
    onHand: product.onHand,
  }
  return { ...cart, selected: product.id, lines: [...cart.lines, line] }
}

export function setQty(cart: TillCart, productId: string, qty: number): TillCart {
  if (!cart.lines.some((line) => line.productId === productId)) return cart
  return {
    ...cart,
    lines: cart.lines.map((line) =>
      line.productId === productId ? { ...line, qty: clampQty(qty) } : line,
    ),
  }
}

/** + and −: never below one unit (removing a line is its own, deliberate action). */
export function changeQty(cart: TillCart, productId: string, delta: number): TillCart {
  const line = cart.lines.find((l) => l.productId === productId)
  return line ? setQty(cart, productId, line.qty + delta) : cart
}

/** Removes a line; the selection moves to the line that took its place, or the one above. */
export function removeLine(cart: TillCart, productId: string): TillCart {
  const index = cart.lines.findIndex((line) => line.productId === productId)
  if (index === -1) return cart
  const lines = cart.lines.filter((_, i) => i !== index)
  const selected =
    cart.selected === productId
      ? (lines[Math.min(index, lines.length - 1)]?.productId ?? null)
      : cart.selected
  return { ...cart, lines, selected }
}

export function selectLine(cart: TillCart, productId: string): TillCart {
  return cart.lines.some((line) => line.productId === productId)
    ? { ...cart, selected: productId }
    : cart
}

/** Moves the selection up (−1) or down (+1), stopping at the ends. */
export function moveSelection(cart: TillCart, delta: number): TillCart {
  if (cart.lines.length === 0) return cart
  const at = cart.lines.findIndex((line) => line.productId === cart.selected)
  const from = at === -1 ? cart.lines.length - 1 : at
  const to = Math.min(cart.lines.length - 1, Math.max(0, from + delta))
  return { ...cart, selected: cart.lines[to]?.productId ?? null }
}

export function selectedLine(cart: TillCart): TillLine | null {
  return cart.lines.find((line) => line.productId === cart.selected) ?? null
}

/**
 * Totals under the till's rounding rule (none unless configured); rounding only applies when
 * some of the sale is paid in cash, exactly as the checkout service decides.
 */
export function cartTotals(
  cart: TillCart,
  rounding: CashRounding = NO_ROUNDING,
  paidWithCash = true,
): CartTotals {
  const base = {
    items: cart.lines.reduce((sum, line) => sum + line.qty, 0),
    lines: cart.lines.length,
  }
  try {
    const priced = priceCart(cart.lines, cart.cartDiscount, rounding, paidWithCash)
    return {
      ...base,
      subtotal: priced.lines.reduce((sum, line) => sum + line.gross, 0),
      cartDiscount: priced.cartDiscount,
      lineDiscounts: priced.lines.reduce((sum, line) => sum + line.discount, 0),
      rounding: priced.rounding,
      total: priced.total,
      lineTotals: priced.lines.map((line) => line.total),
      lineDiscountAmounts: priced.lines.map((line) => line.discount),
      error: null,
    }
  } catch (error) {
    if (!(error instanceof PricingError)) throw error
    // Shown as a message; the cart stays as it is so the cashier can fix the discount.
    const gross = cart.lines.map((line) => line.qty * line.unitPrice)
    const subtotal = gross.reduce((a, b) => a + b, 0)
    return {
      ...base,
      subtotal,
      cartDiscount: 0,
      lineDiscounts: 0,
      rounding: 0,
      total: subtotal,
      lineTotals: gross,
      lineDiscountAmounts: gross.map(() => 0),
      error: error.code,
    }
  }
}

/** A line discount (percent or Rupiah, with a reason); null takes it off. */
export function setLineDiscount(
  cart: TillCart,
  productId: string,
  discount: Adjustment | null,
): TillCart {
  return {
    ...cart,
    lines: cart.lines.map((line) => (line.productId === productId ? { ...line, discount } : line)),
  }
}

/** A new unit price with its reason; the list price again (or null) removes the override. */
export function overridePrice(
  cart: TillCart,
  productId: string,
  unitPrice: number,
  reason: string | null,
): TillCart {
  return {
    ...cart,
    lines: cart.lines.map((line) => {
      if (line.productId !== productId) return line
      if (unitPrice === line.listPrice || !reason) {
        const { overrideReason: _reason, ...rest } = line
        return { ...rest, unitPrice: line.listPrice }
      }
      return { ...line, unitPrice, overrideReason: reason }
    }),
  }
}

export function setCartDiscount(cart: TillCart, discount: Adjustment | null): TillCart {
  return { ...cart, cartDiscount: discount }
}

type CheckoutInput = InputOf<'sales:checkout'>
export type Tender = CheckoutInput['payments'][number]

/**
 * The checkout request. The price is the catalogue's, read by the checkout service inside its
 * transaction, unless the cashier overrode it (with a reason, checked against permissions).
 */
export function checkoutInput(
  cart: TillCart,
  payments: Tender[],
  locationId?: string,
): CheckoutInput {
  return {
    id: cart.id,
    ...(locationId ? { locationId } : {}),
    lines: cart.lines.map((line) => ({
      productId: line.productId,
      qty: line.qty,
      ...(line.unitPrice !== line.listPrice && line.overrideReason
        ? { unitPrice: line.unitPrice, overrideReason: line.overrideReason }
        : {}),
      ...(line.discount ? { discount: line.discount } : {}),
    })),
    ...(cart.cartDiscount ? { cartDiscount: cart.cartDiscount } : {}),
    payments,
  }
}

/** The shape the till saves after every change (crash-proof open cart). */
export function toSavedCart(cart: TillCart): Cart {
  return {
    id: cart.id,
    lines: cart.lines.map(({ onHand: _onHand, ...line }) => line),
    ...(cart.cartDiscount ? { cartDiscount: cart.cartDiscount } : {}),
  }
}

export function fromSavedCart(saved: Cart): TillCart {
  const lines = saved.lines.map((line) => ({ ...line, onHand: null }))
  return {
    id: saved.id,
    lines,
    selected: lines.at(-1)?.productId ?? null,
    cartDiscount: saved.cartDiscount ?? null,
  }
}

/** Notes a customer commonly pays with; quick-cash buttons offer the next ones above the total. */
export const QUICK_NOTES = [10_000, 20_000, 50_000, 100_000] as const

/**
 * For each common note, the smallest pile of it strictly above `total`: for Rp 45.000 that
 * is Rp 50.000, Rp 60.000 and Rp 100.000. The exact amount has its own button (Uang pas).
 */
export function quickCashAmounts(total: number, max = 4): number[] {
  if (total <= 0) return []
  const amounts = QUICK_NOTES.map((note) => (Math.floor(total / note) + 1) * note)
  return [...new Set(amounts)].sort((a, b) => a - b).slice(0, max)
}

/** Change to give back; negative when the cash falls short. */
export function changeDue(total: number, tendered: number): number {
  return tendered - total
}
