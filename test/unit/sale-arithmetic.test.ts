import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { priceCart } from '../../shared/till/pricing'
import { shownSaleTotals } from '../../shared/till/sale-arithmetic'
import { receiptModel } from '../../shared/receipt/receipt-model'
import { smallSource } from './receipt/receipt-fixtures'

describe('shownSaleTotals: Subtotal is before discounts, and the arithmetic reads true', () => {
  it('the issue’s cart: 10% off one line reads Subtotal 260.000 − Diskon 6.500 = 253.500', () => {
    const priced = priceCart(
      [
        { qty: 1, unitPrice: 65_000, discount: { kind: 'percent', value: 10, reason: 'Promo' } },
        { qty: 13, unitPrice: 15_000 },
      ],
      null,
      { unit: 0, mode: 'nearest' },
      true,
    )
    const shown = shownSaleTotals({
      subtotal: priced.subtotal,
      cartDiscount: priced.cartDiscount,
      rounding: priced.rounding,
      total: priced.total,
      lines: priced.lines,
    })
    expect(shown).toMatchObject({ subtotal: 260_000, discount: 6_500, total: 253_500 })
  })

  it('subtotal − discount + rounding = total for any stored sale', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 50_000 }), { minLength: 1, maxLength: 8 }),
        fc.nat({ max: 1_000_000 }),
        fc.nat({ max: 5_000 }),
        fc.integer({ min: -499, max: 499 }),
        (lineDiscounts, netSubtotal, cartDiscount, rounding) => {
          const total = netSubtotal - cartDiscount + rounding
          const shown = shownSaleTotals({
            subtotal: netSubtotal,
            cartDiscount,
            rounding,
            total,
            lines: lineDiscounts.map((discount) => ({ discount })),
          })
          expect(shown.subtotal - shown.discount + shown.rounding).toBe(shown.total)
          expect(shown.discount).toBe(shown.lineDiscounts + shown.cartDiscount)
        },
      ),
    )
  })
})

describe('receiptModel: the screen and the paper say the same words', () => {
  it('uses the shop name, “Kembali” and the footer; a copy says which printing it is', () => {
    const model = receiptModel({ ...smallSource(), copy: { reprintCount: 1 } })
    const src = smallSource()
    expect(model.storeName).toBe(src.store.name)
    expect(model.footer).toEqual(src.store.footer)
    expect(model.change?.label).toBe('Kembali')
    expect(model.banners).toEqual(['SALINAN / COPY (cetak ke-2)'])
  })
})
