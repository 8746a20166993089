import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  allocate,
  priceCart,
  PricingError,
  refundShare,
  type Adjustment,
  type CashRounding,
  type PricingLine,
} from '../../shared/till/pricing'

// Prices a craft showroom really sees, from a Rp 0 sample to a Rp 50 million carving,
// with some exact thousands so rounding sometimes has nothing to do.
const price = fc.oneof(
  fc.integer({ min: 0, max: 50_000_000 }),
  fc.integer({ min: 0, max: 50_000 }).map((n) => n * 1000),
)
const reason = fc.constantFrom('Pameran', 'Pelanggan tetap', 'Cacat kecil')

/** A discount that fits its base, picked as a fraction so it never exceeds it. */
const fittingDiscount = (base: number): fc.Arbitrary<Adjustment | null> =>
  base === 0
    ? fc.constant(null)
    : fc.oneof(
        fc.constant(null),
        fc.record({
          kind: fc.constant('percent' as const),
          value: fc.integer({ min: 1, max: 100 }),
          reason,
        }),
        fc.record({
          kind: fc.constant('amount' as const),
          value: fc.integer({ min: 1, max: base }),
          reason,
        }),
      )

const line: fc.Arbitrary<PricingLine> = fc
  .record({ qty: fc.integer({ min: 1, max: 50 }), unitPrice: price })
  .chain((l) => fittingDiscount(l.qty * l.unitPrice).map((discount) => ({ ...l, discount })))

const rounding: fc.Arbitrary<CashRounding> = fc.record({
  unit: fc.constantFrom(0 as const, 100 as const, 500 as const, 1000 as const),
  mode: fc.constantFrom('down' as const, 'nearest' as const, 'up' as const),
})

/** A cart whose cart discount fits what is left after the line discounts. */
const cart = fc.array(line, { minLength: 1, maxLength: 8 }).chain((lines) => {
  const subtotal = priceCart(lines, null, { unit: 0, mode: 'nearest' }, false).subtotal
  return fc.record({
    lines: fc.constant(lines),
    cartDiscount: fittingDiscount(subtotal),
    rounding,
    paidWithCash: fc.boolean(),
  })
})

describe('priceCart properties', () => {
  it('total = subtotal − cartDiscount + rounding, and rounding stays within one unit', () => {
    fc.assert(
      fc.property(cart, ({ lines, cartDiscount, rounding: rule, paidWithCash }) => {
        const priced = priceCart(lines, cartDiscount, rule, paidWithCash)
        expect(priced.total).toBe(priced.subtotal - priced.cartDiscount + priced.rounding)
        expect(priced.total).toBeGreaterThanOrEqual(0)
        expect(priced.cartDiscount).toBeGreaterThanOrEqual(0)
        expect(priced.cartDiscount).toBeLessThanOrEqual(priced.subtotal)
        if (!paidWithCash || rule.unit === 0) {
          expect(priced.rounding).toBe(0)
          return
        }
        expect(Math.abs(priced.rounding)).toBeLessThan(rule.unit)
        expect(priced.total % rule.unit).toBe(0)
        if (rule.mode === 'down') expect(priced.rounding).toBeLessThanOrEqual(0)
        if (rule.mode === 'up') expect(priced.rounding).toBeGreaterThanOrEqual(0)
        if (rule.mode === 'nearest') {
          expect(Math.abs(priced.rounding)).toBeLessThanOrEqual(rule.unit / 2)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('every line nets ≥ 0 and the nets add up to subtotal − cartDiscount', () => {
    fc.assert(
      fc.property(cart, ({ lines, cartDiscount, rounding: rule, paidWithCash }) => {
        const priced = priceCart(lines, cartDiscount, rule, paidWithCash)
        priced.lines.forEach((l, i) => {
          const input = lines[i]!
          expect(l.gross).toBe(input.qty * input.unitPrice)
          expect(l.discount).toBeGreaterThanOrEqual(0)
          expect(l.total).toBe(l.gross - l.discount)
          expect(l.net).toBeGreaterThanOrEqual(0)
          expect(l.net).toBeLessThanOrEqual(l.total)
        })
        expect(priced.lines.reduce((s, l) => s + l.total, 0)).toBe(priced.subtotal)
        expect(priced.lines.reduce((s, l) => s + l.net, 0)).toBe(
          priced.subtotal - priced.cartDiscount,
        )
      }),
      { numRuns: 300 },
    )
  })

  it('refuses any discount larger than its base', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        price,
        fc.integer({ min: 1, max: 1_000_000 }),
        (qty, unitPrice, over) => {
          const gross = qty * unitPrice
          const discount: Adjustment = { kind: 'amount', value: gross + over, reason: 'x' }
          const none: CashRounding = { unit: 0, mode: 'nearest' }
          expect(() => priceCart([{ qty, unitPrice, discount }], null, none, true)).toThrow(
            PricingError,
          )
          expect(() => priceCart([{ qty, unitPrice }], discount, none, true)).toThrow(PricingError)
        },
      ),
      { numRuns: 100 },
    )
  })

  it('tenders the checkout accepts always leave change = paid − total ≥ 0, all of it cash', () => {
    // The checkout's acceptance rule: non-cash never exceeds what is due, everything paid
    // covers it. From that rule the change fits inside the cash tendered.
    const tenders = cart.chain((c) => {
      const priced = priceCart(c.lines, c.cartDiscount, c.rounding, c.paidWithCash)
      const noncash = fc.array(fc.integer({ min: 1, max: Math.max(1, priced.total) }), {
        maxLength: c.paidWithCash ? 3 : 4,
      })
      return fc.record({
        priced: fc.constant(priced),
        paidWithCash: fc.constant(c.paidWithCash),
        noncash,
        cashExtra: fc.integer({ min: 0, max: 200_000 }),
      })
    })
    fc.assert(
      fc.property(tenders, ({ priced, paidWithCash, noncash, cashExtra }) => {
        const { total } = priced
        let noncashTotal = noncash.reduce((a, b) => a + b, 0)
        if (noncashTotal > total) noncashTotal = total
        // Without cash the customer pays exactly the (unrounded) total by non-cash.
        const cash = paidWithCash ? total - noncashTotal + cashExtra : 0
        if (!paidWithCash) noncashTotal = total
        const paid = cash + noncashTotal
        expect(noncashTotal).toBeLessThanOrEqual(total)
        expect(paid).toBeGreaterThanOrEqual(total)
        const change = paid - total
        expect(change).toBeGreaterThanOrEqual(0)
        expect(change).toBeLessThanOrEqual(cash)
        if (!paidWithCash) {
          expect(change).toBe(0)
          expect(priced.rounding).toBe(0)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('allocate and refundShare properties', () => {
  it('allocate gives whole-Rupiah parts that sum to the whole, each within 1 of its exact share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000_000 }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, fraction) => {
          const sum = weights.reduce((a, b) => a + b, 0)
          const whole = Math.floor(sum * fraction)
          const parts = allocate(whole, weights)
          expect(parts).toHaveLength(weights.length)
          if (sum === 0) {
            expect(parts.every((p) => p === 0)).toBe(true)
            return
          }
          expect(parts.reduce((a, b) => a + b, 0)).toBe(whole)
          parts.forEach((p, i) => {
            expect(Number.isInteger(p)).toBe(true)
            expect(p).toBeGreaterThanOrEqual(0)
            expect(p).toBeLessThanOrEqual(weights[i]!)
            expect(Math.abs(p - (whole * weights[i]!) / sum)).toBeLessThan(1)
          })
        },
      ),
      { numRuns: 300 },
    )
  })

  it('refundShare over any partition of the sold units sums to the net', () => {
    const partition = fc
      .record({
        net: fc.integer({ min: 0, max: 500_000_000 }),
        sold: fc.integer({ min: 1, max: 40 }),
      })
      .chain(({ net, sold }) =>
        fc
          .array(fc.integer({ min: 1, max: sold }), { minLength: 1, maxLength: sold })
          .map((steps) => {
            // Trim the steps to exactly `sold` units.
            const out: number[] = []
            let left = sold
            for (const s of steps) {
              if (left === 0) break
              out.push(Math.min(s, left))
              left -= Math.min(s, left)
            }
            if (left > 0) out.push(left)
            return { net, sold, steps: out }
          }),
      )
    fc.assert(
      fc.property(partition, ({ net, sold, steps }) => {
        let before = 0
        let total = 0
        for (const qty of steps) {
          const share = refundShare(net, sold, before, qty)
          expect(share).toBeGreaterThanOrEqual(0)
          // No step refunds more than its units' exact share, rounded up.
          expect(share).toBeLessThanOrEqual(Math.ceil((net * qty) / sold))
          total += share
          before += qty
        }
        expect(total).toBe(net)
      }),
      { numRuns: 300 },
    )
  })
})
