import { describe, expect, it } from 'vitest'
import { cartSchema } from '../../shared/till/cart'
import { priceCart } from '../../shared/till/pricing'
import {
  addProduct,
  cartTotals,
  checkoutInput,
  emptyCart,
  fromSavedCart,
  overridePrice,
  setCartDiscount,
  setLineDiscount,
  toSavedCart,
  type SellableProduct,
} from '../../renderer/src/features/kasir/cart'

const CART_ID = '0190a000-0000-7000-8000-000000000001'
const product = (n: number, price: number): SellableProduct => ({
  id: `p${n}`,
  name: `Produk ${n}`,
  sku: `SKU-${n}`,
  price,
  onHand: 10,
})

const base = () =>
  addProduct(addProduct(emptyCart(CART_ID), product(1, 15_000), 3), product(2, 27_350), 1)

describe('till discounts and price overrides', () => {
  it('shows the same totals the server computes, rounding only when cash is paid', () => {
    let cart = setLineDiscount(base(), 'p1', { kind: 'percent', value: 10, reason: 'Rusak' })
    cart = setCartDiscount(cart, { kind: 'amount', value: 1_000, reason: 'Pelanggan tetap' })
    const rounding = { unit: 500, mode: 'nearest' } as const
    const cash = cartTotals(cart, rounding, true)
    const server = priceCart(cart.lines, cart.cartDiscount, rounding, true)
    expect(cash).toMatchObject({
      // Before discounts (3 × 15.000 + 27.350); the server's subtotal is after line discounts.
      subtotal: server.subtotal + 4_500,
      cartDiscount: 1_000,
      lineDiscounts: 4_500,
      rounding: server.rounding,
      total: server.total,
      lineDiscountAmounts: [4_500, 0],
      error: null,
    })
    expect(cash.total).toBe(67_000)
    // The panel's arithmetic reads true: Subtotal − Diskon + Pembulatan = TOTAL.
    expect(cash.subtotal - cash.lineDiscounts - cash.cartDiscount + cash.rounding).toBe(cash.total)
    expect(cartTotals(cart, rounding, false)).toMatchObject({ rounding: 0, total: 66_850 })
  })

  it('reports a discount larger than the line instead of throwing', () => {
    const cart = setLineDiscount(base(), 'p2', { kind: 'amount', value: 30_000, reason: 'x' })
    expect(cartTotals(cart).error).toBe('DISCOUNT_TOO_LARGE')
  })

  it('an override carries its reason to checkout; the list price again removes it', () => {
    const cart = overridePrice(base(), 'p2', 25_000, 'Harga pameran')
    const input = checkoutInput(cart, [{ methodId: 'tunai', amount: 100_000 }])
    expect(input.lines[1]).toEqual({
      productId: 'p2',
      qty: 1,
      unitPrice: 25_000,
      overrideReason: 'Harga pameran',
    })
    expect(input.lines[0]).toEqual({ productId: 'p1', qty: 3 })
    const back = overridePrice(cart, 'p2', 27_350, null)
    expect(back.lines[1]?.unitPrice).toBe(27_350)
    expect(back.lines[1]?.overrideReason).toBeUndefined()
  })

  it('discounts travel in the checkout and survive a save and restore', () => {
    let cart = setLineDiscount(base(), 'p1', { kind: 'percent', value: 10, reason: 'Rusak' })
    cart = setCartDiscount(cart, { kind: 'percent', value: 5, reason: 'Promo' })
    const input = checkoutInput(cart, [{ methodId: 'tunai', amount: 100_000 }])
    expect(input.cartDiscount).toEqual({ kind: 'percent', value: 5, reason: 'Promo' })
    expect(input.lines[0]?.discount).toEqual({ kind: 'percent', value: 10, reason: 'Rusak' })
    const saved = toSavedCart(cart)
    expect(cartSchema.parse(saved)).toEqual(saved)
    const restored = fromSavedCart(saved)
    expect(restored.cartDiscount).toEqual(cart.cartDiscount)
    expect(restored.lines[0]?.discount).toEqual(cart.lines[0]?.discount)
  })
})
