import { describe, expect, it } from 'vitest'
import {
  adjustmentAmount,
  allocate,
  priceCart,
  PricingError,
  refundShare,
  roundCash,
  type CashRounding,
} from '../../shared/till/pricing'

describe('roundCash', () => {
  const cases: Array<[CashRounding, number, number]> = [
    // unit 0: never rounds
    [{ unit: 0, mode: 'down' }, 10_301, 10_301],
    [{ unit: 0, mode: 'up' }, 10_301, 10_301],
    [{ unit: 0, mode: 'nearest' }, 10_301, 10_301],
    // down
    [{ unit: 100, mode: 'down' }, 10_399, 10_300],
    [{ unit: 500, mode: 'down' }, 10_499, 10_000],
    [{ unit: 1000, mode: 'down' }, 10_999, 10_000],
    [{ unit: 500, mode: 'down' }, 10_500, 10_500],
    // up
    [{ unit: 100, mode: 'up' }, 10_301, 10_400],
    [{ unit: 500, mode: 'up' }, 10_001, 10_500],
    [{ unit: 1000, mode: 'up' }, 10_001, 11_000],
    [{ unit: 1000, mode: 'up' }, 11_000, 11_000],
    // nearest, half up
    [{ unit: 100, mode: 'nearest' }, 10_349, 10_300],
    [{ unit: 100, mode: 'nearest' }, 10_350, 10_400],
    [{ unit: 500, mode: 'nearest' }, 10_249, 10_000],
    [{ unit: 500, mode: 'nearest' }, 10_250, 10_500],
    [{ unit: 1000, mode: 'nearest' }, 10_499, 10_000],
    [{ unit: 1000, mode: 'nearest' }, 10_500, 11_000],
    // small and zero amounts
    [{ unit: 500, mode: 'down' }, 499, 0],
    [{ unit: 500, mode: 'up' }, 1, 500],
    [{ unit: 500, mode: 'nearest' }, 0, 0],
  ]
  it.each(cases)('%o rounds %i to %i', (rule, amount, expected) => {
    expect(roundCash(amount, rule)).toBe(expected)
  })
})

describe('adjustmentAmount', () => {
  it('takes percent half up to whole Rupiah, and amounts as they are', () => {
    expect(adjustmentAmount(12_345, { kind: 'percent', value: 10, reason: 'x' })).toBe(1235)
    expect(adjustmentAmount(12_344, { kind: 'percent', value: 10, reason: 'x' })).toBe(1234)
    expect(adjustmentAmount(30_003, { kind: 'percent', value: 7, reason: 'x' })).toBe(2100)
    expect(adjustmentAmount(15_000, { kind: 'percent', value: 100, reason: 'x' })).toBe(15_000)
    expect(adjustmentAmount(15_000, { kind: 'amount', value: 2500, reason: 'x' })).toBe(2500)
    expect(adjustmentAmount(15_000, null)).toBe(0)
    expect(adjustmentAmount(15_000, undefined)).toBe(0)
  })
})

describe('allocate', () => {
  it('splits proportionally with largest remainders, summing to the whole', () => {
    expect(allocate(1000, [45_000, 27_500])).toEqual([621, 379])
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocate(2, [1, 1, 1])).toEqual([1, 1, 0])
    expect(allocate(3189, [30_003, 15_554])).toEqual([2100, 1089])
    expect(allocate(2975, [15_000, 27_500])).toEqual([1050, 1925])
    expect(allocate(10, [0, 5, 0, 5])).toEqual([0, 5, 0, 5])
  })

  it('gives zeros for nothing to split or no weight', () => {
    expect(allocate(0, [3, 4])).toEqual([0, 0])
    expect(allocate(50, [0, 0])).toEqual([0, 0])
    expect(allocate(50, [])).toEqual([])
  })

  it('never gives a part more than its weight when the whole is at most the weights', () => {
    for (let whole = 0; whole <= 60; whole++) {
      const weights = [7, 13, 1, 19, 20]
      const parts = allocate(whole, weights)
      expect(parts.reduce((a, b) => a + b, 0)).toBe(whole)
      parts.forEach((p, i) => {
        expect(p).toBeGreaterThanOrEqual(0)
        expect(p).toBeLessThanOrEqual(weights[i]!)
        // Within one Rupiah of the exact share.
        expect(Math.abs(p - (whole * weights[i]!) / 60)).toBeLessThan(1)
      })
    }
  })

  it('stays exact for large Rupiah amounts', () => {
    // A large export sale: 1 billion with a 1 % cart discount over uneven lines.
    const weights = [333_333_333, 333_333_334, 333_333_333]
    const parts = allocate(10_000_000, weights)
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10_000_000)
    expect(parts).toEqual([3_333_333, 3_333_334, 3_333_333])
  })
})

describe('refundShare', () => {
  /** Every way to cut `soldQty` units into ordered return steps. */
  function compositions(n: number): number[][] {
    if (n === 0) return [[]]
    const out: number[][] = []
    for (let first = 1; first <= n; first++) {
      for (const rest of compositions(n - first)) out.push([first, ...rest])
    }
    return out
  }

  it('refunds exactly the net when every unit comes back, whatever the steps', () => {
    for (const [net, sold] of [
      [27_903, 3],
      [14_465, 2],
      [10_000, 7],
      [1, 5],
      [0, 4],
      [99_999, 6],
    ] as const) {
      for (const steps of compositions(sold)) {
        let before = 0
        let refunded = 0
        for (const qty of steps) {
          const share = refundShare(net, sold, before, qty)
          expect(share).toBeGreaterThanOrEqual(0)
          refunded += share
          before += qty
        }
        expect(refunded, `${net}/${sold} in ${steps.join('+')}`).toBe(net)
      }
    }
  })

  it('gives exact, near-equal unit shares', () => {
    expect(refundShare(14_465, 2, 0, 1)).toBe(7232)
    expect(refundShare(14_465, 2, 1, 1)).toBe(7233)
    expect(refundShare(75_000, 5, 0, 2)).toBe(30_000)
    expect(refundShare(10, 3, 0, 1)).toBe(3)
    expect(refundShare(10, 3, 1, 1)).toBe(3)
    expect(refundShare(10, 3, 2, 1)).toBe(4)
  })
})

describe('priceCart', () => {
  const none: CashRounding = { unit: 0, mode: 'nearest' }

  it('prices lines, cart discount, net shares and cash rounding', () => {
    const priced = priceCart(
      [
        { qty: 3, unitPrice: 15_000, discount: { kind: 'amount', value: 1234, reason: 'a' } },
        { qty: 1, unitPrice: 27_500 },
      ],
      { kind: 'percent', value: 7, reason: 'b' },
      { unit: 500, mode: 'down' },
      true,
    )
    expect(priced).toEqual({
      lines: [
        { gross: 45_000, discount: 1234, total: 43_766, net: 40_702 },
        { gross: 27_500, discount: 0, total: 27_500, net: 25_575 },
      ],
      subtotal: 71_266,
      cartDiscount: 4989,
      rounding: -277,
      total: 66_000,
    })
  })

  it('does not round without cash', () => {
    const priced = priceCart(
      [{ qty: 1, unitPrice: 10_300 }],
      null,
      { unit: 500, mode: 'up' },
      false,
    )
    expect(priced).toMatchObject({ rounding: 0, total: 10_300 })
  })

  it('refuses a discount larger than its base, naming the line', () => {
    const tooMuch = () =>
      priceCart(
        [
          { qty: 1, unitPrice: 100 },
          { qty: 2, unitPrice: 100, discount: { kind: 'amount', value: 201, reason: 'x' } },
        ],
        null,
        none,
        true,
      )
    expect(tooMuch).toThrow(PricingError)
    try {
      tooMuch()
    } catch (error) {
      expect(error).toMatchObject({ code: 'DISCOUNT_TOO_LARGE', lineIndex: 1 })
    }
    expect(() =>
      priceCart(
        [{ qty: 1, unitPrice: 100 }],
        { kind: 'amount', value: 101, reason: 'x' },
        none,
        true,
      ),
    ).toThrow(expect.objectContaining({ code: 'DISCOUNT_TOO_LARGE', lineIndex: null }))
  })
})
