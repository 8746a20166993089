import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BASIS_POINTS,
  splitByRule,
  splitWorkshops,
  type SplitRule,
  type WorkshopSlice,
} from '../../../shared/reports/split'

const workshops = ['getah', 'kayu', 'tenun', null] as const
const day = (month: number, d: number) =>
  `2026-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`

const shares = fc
  .tuple(fc.integer({ min: 0, max: BASIS_POINTS }), fc.integer({ min: 0, max: BASIS_POINTS }))
  .map(([a, b]) => {
    const premi = Math.min(a, b)
    const pnbp = Math.max(a, b) - premi
    return { premiBp: premi, pnbpBp: pnbp, modalBp: BASIS_POINTS - premi - pnbp }
  })

const ruleArb = fc.record({
  workshopId: fc.constantFrom<string | null>('getah', 'kayu', null),
  validFrom: fc
    .tuple(fc.integer({ min: 9, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([m, d]) => day(m, d)),
  shares,
  basis: fc.constantFrom<'net_sales' | 'gross_profit'>('net_sales', 'gross_profit'),
  createdAt: fc.integer({ min: 0, max: 1000 }),
})

const saleArb = fc.record({
  workshopId: fc.constantFrom(...workshops),
  day: fc.integer({ min: 1, max: 30 }),
  qty: fc.integer({ min: 1, max: 20 }),
  netSales: fc.integer({ min: 0, max: 50_000_000 }),
  margin: fc.integer({ min: -20, max: 90 }),
})

/** A return booked this month for a sale made on `saleDay` of this or last month. */
const returnArb = fc.record({
  workshopId: fc.constantFrom(...workshops),
  saleMonth: fc.constantFrom(10, 11),
  saleDay: fc.integer({ min: 1, max: 30 }),
  qty: fc.integer({ min: 1, max: 5 }),
  amount: fc.integer({ min: 0, max: 5_000_000 }),
  cost: fc.integer({ min: 0, max: 3_000_000 }),
})

/** The rule valid on a date, written independently of ruleFor: filter, then sort. */
function referenceRule(rules: SplitRule[], workshopId: string | null, date: string) {
  const valid = rules.filter((r) => r.validFrom <= date)
  const rank = (list: SplitRule[]) =>
    [...list].sort(
      (a, b) =>
        b.validFrom.localeCompare(a.validFrom) || b.createdAt - a.createdAt || b.id.localeCompare(a.id),
    )[0]
  const own = workshopId === null ? undefined : rank(valid.filter((r) => r.workshopId === workshopId))
  return own ?? rank(valid.filter((r) => r.workshopId === null)) ?? null
}

describe('hasil kerja split (property)', () => {
  it('premi + PNBP + modal = basis exactly, each sale under the rule valid on its date', () => {
    fc.assert(
      fc.property(
        fc.array(ruleArb, { maxLength: 8 }),
        fc.array(saleArb, { maxLength: 120 }),
        fc.array(returnArb, { maxLength: 20 }),
        (ruleSpecs, sales, returns) => {
          const rules: SplitRule[] = ruleSpecs.map((spec, i) => ({
            id: `r${i}`,
            workshopId: spec.workshopId,
            validFrom: spec.validFrom,
            ...spec.shares,
            basis: spec.basis,
            createdAt: spec.createdAt,
          }))
          const slices: WorkshopSlice[] = [
            ...sales.map((s) => ({
              workshopId: s.workshopId,
              ruleDate: day(11, s.day),
              qty: s.qty,
              netSales: s.netSales,
              cost: Math.round((s.netSales * (100 - s.margin)) / 100),
            })),
            ...returns.map((r) => ({
              workshopId: r.workshopId,
              ruleDate: day(r.saleMonth, r.saleDay),
              qty: -r.qty,
              netSales: -r.amount,
              cost: -r.cost,
            })),
          ]
          const { rows, totals } = splitWorkshops(slices, rules)

          // Exact sums at every level.
          for (const row of rows) {
            for (const share of row.byRule) {
              expect(share.premi + share.pnbp + share.modal).toBe(share.basis)
              // And each part is its exact share rounded to the Rupiah (never off by more).
              if (share.ruleId !== null) {
                expect(Math.abs(share.premi - (share.basis * share.premiBp) / BASIS_POINTS)).toBeLessThan(1)
                expect(Math.abs(share.pnbp - (share.basis * share.pnbpBp) / BASIS_POINTS)).toBeLessThan(1)
                expect(Math.abs(share.modal - (share.basis * share.modalBp) / BASIS_POINTS)).toBeLessThan(1)
              }
            }
            expect(row.premi + row.pnbp + row.modal).toBe(row.basis)
          }
          expect(totals.premi + totals.pnbp + totals.modal).toBe(totals.basis)
          expect(totals.netSales).toBe(slices.reduce((s, x) => s + x.netSales, 0))

          // Attribution: the basis per (workshop, rule) equals the reference attribution.
          const expected = new Map<string, number>()
          const unsplit = new Map<string, number>()
          for (const slice of slices) {
            const rule = referenceRule(rules, slice.workshopId, slice.ruleDate)
            if (!rule) {
              const key = String(slice.workshopId)
              unsplit.set(key, (unsplit.get(key) ?? 0) + slice.netSales)
              continue
            }
            const key = `${slice.workshopId}|${rule.id}`
            const amount = rule.basis === 'net_sales' ? slice.netSales : slice.netSales - slice.cost
            expected.set(key, (expected.get(key) ?? 0) + amount)
          }
          const actual = new Map<string, number>()
          for (const row of rows) {
            for (const share of row.byRule) {
              if (share.ruleId !== null) actual.set(`${row.workshopId}|${share.ruleId}`, share.basis)
            }
            expect(row.unsplit).toBe(unsplit.get(String(row.workshopId)) ?? 0)
          }
          expect(actual).toEqual(expected)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('splits known cases by largest remainder', () => {
    expect(splitByRule(100, { premiBp: 5000, pnbpBp: 1500, modalBp: 3500 })).toEqual({
      premi: 50,
      pnbp: 15,
      modal: 35,
    })
    // 1/3 each of 100: the single leftover Rupiah goes to premi (ties resolve in order).
    expect(splitByRule(100, { premiBp: 3334, pnbpBp: 3333, modalBp: 3333 })).toEqual({
      premi: 34,
      pnbp: 33,
      modal: 33,
    })
    expect(splitByRule(-7, { premiBp: 5000, pnbpBp: 1500, modalBp: 3500 })).toEqual({
      premi: -4,
      pnbp: -1,
      modal: -2,
    })
    expect(splitByRule(999_999_999_999, { premiBp: 3333, pnbpBp: 3333, modalBp: 3334 })).toEqual({
      premi: 333_300_000_000,
      pnbp: 333_300_000_000,
      modal: 333_399_999_999,
    })
    expect(() => splitByRule(1, { premiBp: 5000, pnbpBp: 5000, modalBp: 1 })).toThrow()
  })
})
