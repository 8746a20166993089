import { describe, expect, it } from 'vitest'
import { everyDay } from '../../../renderer/src/features/laporan/daily-series'

describe('the daily sales chart series', () => {
  it('has every day of the period, a day without sales at 0', () => {
    const series = everyDay(
      [
        { date: '2026-11-02', netSales: 45000 },
        { date: '2026-11-05', netSales: 15000 },
      ],
      '2026-11-01',
      '2026-11-06',
    )
    expect(series).toEqual([
      { date: '2026-11-01', netSales: 0 },
      { date: '2026-11-02', netSales: 45000 },
      { date: '2026-11-03', netSales: 0 },
      { date: '2026-11-04', netSales: 0 },
      { date: '2026-11-05', netSales: 15000 },
      { date: '2026-11-06', netSales: 0 },
    ])
  })

  it('crosses a month and a year end', () => {
    const series = everyDay([], '2026-12-30', '2027-01-02')
    expect(series.map((d) => d.date)).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ])
  })
})
