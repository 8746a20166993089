import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commissionOf } from '../../shared/consignment/commission'

describe('consignment commission', () => {
  it('is a whole percent of the sold amount, half a Rupiah rounded up', () => {
    expect(commissionOf(90_000, 20)).toBe(18_000)
    expect(commissionOf(0, 30)).toBe(0)
    expect(commissionOf(15_001, 10)).toBe(1_500) // 1.500,1
    expect(commissionOf(15_005, 10)).toBe(1_501) // 1.500,5
    expect(commissionOf(33, 50)).toBe(17) // 16,5
    expect(commissionOf(123_456, 0)).toBe(0)
  })

  it('never exceeds the sold amount, so the shop is always owed something non-negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (gross, pct) => {
          const commission = commissionOf(gross, pct)
          expect(Number.isInteger(commission)).toBe(true)
          expect(commission).toBeGreaterThanOrEqual(0)
          expect(commission).toBeLessThanOrEqual(gross)
          expect(Math.abs(commission - (gross * pct) / 100)).toBeLessThanOrEqual(0.5)
        },
      ),
    )
  })
})
