import { describe, expect, it } from 'vitest'
import { wholeMonths } from '../../../electron/services/reports/report-period'

describe('wholeMonths', () => {
  it('keeps a calendar month whole', () => {
    expect(wholeMonths('2026-02-01', '2026-02-28')).toEqual({ months: ['2026-02'], days: [] })
  })

  it('returns the days of a month that is not whole', () => {
    expect(wholeMonths('2026-11-01', '2026-11-27')).toEqual({
      months: [],
      days: [{ from: '2026-11-01', to: '2026-11-27' }],
    })
  })

  it('splits whole months from the days at either end', () => {
    expect(wholeMonths('2026-09-15', '2026-12-03')).toEqual({
      months: ['2026-10', '2026-11'],
      days: [
        { from: '2026-09-15', to: '2026-09-30' },
        { from: '2026-12-01', to: '2026-12-03' },
      ],
    })
  })

  it('joins partial days across a month boundary into one run', () => {
    expect(wholeMonths('2026-10-20', '2026-11-10')).toEqual({
      months: [],
      days: [{ from: '2026-10-20', to: '2026-11-10' }],
    })
  })

  it('handles leap years and a single day', () => {
    expect(wholeMonths('2028-02-01', '2028-02-29').months).toEqual(['2028-02'])
    expect(wholeMonths('2026-11-27', '2026-11-27')).toEqual({
      months: [],
      days: [{ from: '2026-11-27', to: '2026-11-27' }],
    })
  })
})
