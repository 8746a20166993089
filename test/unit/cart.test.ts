import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cartSchema } from '../../shared/till/cart'
import {
  addProduct,
  cartTotals,
  changeDue,
  changeQty,
  checkoutInput,
  emptyCart,
  fromSavedCart,
  MAX_QTY,
  moveSelection,
  quickCashAmounts,
  removeLine,
  selectedLine,
  selectLine,
  setQty,
  toSavedCart,
  type SellableProduct,
  type TillCart,
} from '../../renderer/src/features/kasir/cart'

const CART_ID = '0190a000-0000-7000-8000-000000000001'

const product = (n: number, price = 15_000, onHand = 10): SellableProduct => ({
  id: `p${n}`,
  name: `Gantungan Kunci ${n}`,
  sku: `GN-00${n}`,
  price,
  onHand,
})

const keychain = product(1, 15_000)
const batik = product(2, 250_000, 6)
const basket = product(3, 45_000, 10)

const cartOf = (...items: Array<[SellableProduct, number]>): TillCart =>
  items.reduce((cart, [p, qty]) => addProduct(cart, p, qty), emptyCart(CART_ID))

describe('adding to the cart', () => {
  it('adds a new product as a line at the bottom and selects it', () => {
    const cart = cartOf([keychain, 1], [batik, 1])
    expect(cart.lines.map((l) => [l.productId, l.qty])).toEqual([
      ['p1', 1],
      ['p2', 1],
    ])
    expect(cart.selected).toBe('p2')
    expect(cart.lines[0]).toMatchObject({
      name: 'Gantungan Kunci 1',
      sku: 'GN-001',
      listPrice: 15_000,
      unitPrice: 15_000,
      onHand: 10,
    })
  })

  it('scanning the same product again increments its line instead of adding one', () => {
    let cart = cartOf([keychain, 1], [batik, 1])
    cart = addProduct(cart, keychain)
    cart = addProduct(cart, keychain)
    expect(cart.lines).toHaveLength(2)
    expect(cart.lines[0]?.qty).toBe(3)
    expect(cart.selected).toBe('p1')
  })

  it('refreshes the stock figure the line shows', () => {
    const cart = addProduct(cartOf([keychain, 1]), { ...keychain, onHand: 4 })
    expect(cart.lines[0]?.onHand).toBe(4)
  })

  it('never mutates the cart it was given', () => {
    const before = cartOf([keychain, 1])
    const frozen = JSON.stringify(before)
    addProduct(before, keychain)
    setQty(before, 'p1', 9)
    removeLine(before, 'p1')
    expect(JSON.stringify(before)).toBe(frozen)
  })
})

describe('quantities', () => {
  it('sets a quantity, clamped to the contract bounds and whole units', () => {
    const cart = cartOf([keychain, 1])
    expect(setQty(cart, 'p1', 7).lines[0]?.qty).toBe(7)
    expect(setQty(cart, 'p1', 0).lines[0]?.qty).toBe(1)
    expect(setQty(cart, 'p1', -3).lines[0]?.qty).toBe(1)
    expect(setQty(cart, 'p1', 2.7).lines[0]?.qty).toBe(2)
    expect(setQty(cart, 'p1', Number.NaN).lines[0]?.qty).toBe(1)
    expect(setQty(cart, 'p1', MAX_QTY + 5).lines[0]?.qty).toBe(MAX_QTY)
  })

  it('ignores a product that is not in the cart', () => {
    const cart = cartOf([keychain, 1])
    expect(setQty(cart, 'nope', 5)).toBe(cart)
    expect(changeQty(cart, 'nope', 1)).toBe(cart)
  })

  it('+ and − step by one and never go below one unit', () => {
    let cart = cartOf([keychain, 2])
    cart = changeQty(cart, 'p1', 1)
    expect(cart.lines[0]?.qty).toBe(3)
    cart = changeQty(changeQty(changeQty(cart, 'p1', -1), 'p1', -1), 'p1', -1)
    expect(cart.lines[0]?.qty).toBe(1)
  })
})

describe('removing and selecting', () => {
  it('removes a line; the selection moves to the line that took its place', () => {
    const cart = selectLine(cartOf([keychain, 1], [batik, 1], [basket, 1]), 'p2')
    const after = removeLine(cart, 'p2')
    expect(after.lines.map((l) => l.productId)).toEqual(['p1', 'p3'])
    expect(after.selected).toBe('p3')
  })

  it('removing the last line selects the one above, and an empty cart selects nothing', () => {
    const cart = cartOf([keychain, 1], [batik, 1])
    expect(removeLine(cart, 'p2').selected).toBe('p1')
    expect(removeLine(removeLine(cart, 'p2'), 'p1')).toEqual({
      id: CART_ID,
      lines: [],
      selected: null,
      cartDiscount: null,
    })
  })

  it('removing another line keeps the selection', () => {
    const cart = cartOf([keychain, 1], [batik, 1], [basket, 1])
    expect(removeLine(cart, 'p1').selected).toBe('p3')
  })

  it('moves the selection with the arrow keys and stops at the ends', () => {
    let cart = cartOf([keychain, 1], [batik, 1], [basket, 1])
    cart = moveSelection(cart, -1)
    expect(selectedLine(cart)?.productId).toBe('p2')
    cart = moveSelection(moveSelection(cart, -1), -1)
    expect(cart.selected).toBe('p1')
    cart = moveSelection(cart, 5)
    expect(cart.selected).toBe('p3')
    expect(moveSelection(emptyCart(CART_ID), 1).selected).toBeNull()
  })

  it('cannot select a product that is not in the cart', () => {
    const cart = cartOf([keychain, 1])
    expect(selectLine(cart, 'p9')).toBe(cart)
  })
})

describe('totals', () => {
  it('adds up lines and units in whole Rupiah', () => {
    const totals = cartTotals(cartOf([keychain, 3], [batik, 1], [basket, 2]))
    expect(totals).toEqual({
      items: 6,
      lines: 3,
      subtotal: 45_000 + 250_000 + 90_000,
      cartDiscount: 0,
      lineDiscounts: 0,
      rounding: 0,
      total: 385_000,
      lineTotals: [45_000, 250_000, 90_000],
      lineDiscountAmounts: [0, 0, 0],
      error: null,
    })
  })

  it('an empty cart totals zero', () => {
    expect(cartTotals(emptyCart(CART_ID))).toMatchObject({ items: 0, lines: 0, total: 0 })
  })

  it('applies the till’s cash rounding the way checkout does', () => {
    const odd = product(4, 12_350)
    const totals = cartTotals(cartOf([odd, 1]), { unit: 500, mode: 'down' })
    expect(totals).toMatchObject({ subtotal: 12_350, rounding: -350, total: 12_000 })
  })

  it('the total is always the sum of its line totals (no rounding)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 1, max: 50 })),
          {
            maxLength: 20,
          },
        ),
        (rows) => {
          const cart = rows.reduce(
            (c, [price, qty], i) => addProduct(c, product(i, price), qty),
            emptyCart(CART_ID),
          )
          const totals = cartTotals(cart)
          expect(totals.total).toBe(totals.lineTotals.reduce((a, b) => a + b, 0))
          expect(totals.items).toBe(rows.reduce((a, [, qty]) => a + qty, 0))
          expect(Number.isSafeInteger(totals.total)).toBe(true)
        },
      ),
    )
  })
})

describe('checkout and saving', () => {
  it('sends only product and quantity, with the cart id as the sale id', () => {
    const cart = cartOf([keychain, 3], [batik, 1])
    expect(checkoutInput(cart, [{ methodId: 'tunai', amount: 300_000 }], 'loc-1')).toEqual({
      id: CART_ID,
      locationId: 'loc-1',
      lines: [
        { productId: 'p1', qty: 3 },
        { productId: 'p2', qty: 1 },
      ],
      payments: [{ methodId: 'tunai', amount: 300_000 }],
    })
    expect(checkoutInput(cart, [{ methodId: 'tunai', amount: 1 }])).not.toHaveProperty('locationId')
  })

  it('saves in the shared cart shape and restores with the last line selected', () => {
    const cart = cartOf([keychain, 3], [batik, 1])
    const saved = toSavedCart(cart)
    expect(cartSchema.parse(saved)).toEqual(saved)
    expect(saved.lines[0]).not.toHaveProperty('onHand')
    const restored = fromSavedCart(saved)
    expect(restored.id).toBe(CART_ID)
    expect(restored.selected).toBe('p2')
    expect(restored.lines.map((l) => [l.productId, l.qty, l.onHand])).toEqual([
      ['p1', 3, null],
      ['p2', 1, null],
    ])
  })
})

describe('cash', () => {
  it('offers the next common notes above the total', () => {
    expect(quickCashAmounts(45_000)).toEqual([50_000, 60_000, 100_000])
    expect(quickCashAmounts(15_000)).toEqual([20_000, 50_000, 100_000])
    expect(quickCashAmounts(50_000)).toEqual([60_000, 100_000])
    expect(quickCashAmounts(340_000)).toEqual([350_000, 360_000, 400_000])
    expect(quickCashAmounts(0)).toEqual([])
  })

  it('every suggestion is above the total, distinct and ascending', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (total) => {
        const amounts = quickCashAmounts(total)
        expect(amounts.length).toBeGreaterThan(0)
        expect(amounts.length).toBeLessThanOrEqual(4)
        expect(amounts.every((a) => a > total)).toBe(true)
        expect([...amounts].sort((a, b) => a - b)).toEqual(amounts)
        expect(new Set(amounts).size).toBe(amounts.length)
      }),
    )
  })

  it('change is what was tendered minus the total; negative when short', () => {
    expect(changeDue(45_000, 50_000)).toBe(5_000)
    expect(changeDue(45_000, 45_000)).toBe(0)
    expect(changeDue(45_000, 40_000)).toBe(-5_000)
  })
})
