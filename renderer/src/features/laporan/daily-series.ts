import { addDays } from '../../components/period/business-day'

/**
 * One point per day of the period, a day without sales included at 0: a chart that skips
 * the empty days draws Monday next to Thursday and hides that the shop sold nothing between.
 */
export function everyDay(
  rows: ReadonlyArray<{ date: string; netSales: number }>,
  from: string,
  to: string,
): Array<{ date: string; netSales: number }> {
  const byDate = new Map(rows.map((r) => [r.date, r.netSales]))
  const days: Array<{ date: string; netSales: number }> = []
  // A period is at most a few years; the bound keeps a malformed one from looping for long.
  for (let day = from; day <= to && days.length < 3700; day = addDays(day, 1)) {
    days.push({ date: day, netSales: byDate.get(day) ?? 0 })
  }
  return days
}
