import { sql } from 'kysely'

/**
 * Business days are WIB (UTC+7, no daylight saving): a report day runs from local midnight to
 * local midnight. Queries compare epoch ms against these bounds so they stay index ranges.
 */
export const WIB_OFFSET_MS = 7 * 3_600_000
export const DAY_MS = 86_400_000

/** Epoch ms of local midnight at the start of `YYYY-MM-DD`. */
export function dayStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - WIB_OFFSET_MS
}

/** [start, end) in epoch ms for a period of whole days, both ends included. */
export function periodBounds(from: string, to: string): { start: number; end: number } {
  return { start: dayStart(from), end: dayStart(to) + DAY_MS }
}

/** The business date of an instant, `YYYY-MM-DD`. */
export function businessDate(epochMs: number): string {
  return new Date(epochMs + WIB_OFFSET_MS).toISOString().slice(0, 10)
}

/** `YYYY-MM` → its first and last day and number of days. */
export function monthRange(month: string): { from: string; to: string; days: number } {
  const [year, mon] = month.split('-').map(Number) as [number, number]
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}`, days }
}

/** SQL for the business date of an epoch-ms column (integer division keeps it exact). */
export const sqlDay = (column: string) =>
  sql<string>`date((${sql.ref(column)} + ${sql.lit(WIB_OFFSET_MS)}) / 1000, 'unixepoch')`

/** SQL for the business month (`YYYY-MM`) of an epoch-ms column. */
export const sqlMonth = (column: string) =>
  sql<string>`strftime('%Y-%m', (${sql.ref(column)} + ${sql.lit(WIB_OFFSET_MS)}) / 1000, 'unixepoch')`

/**
 * Splits the days `from`…`to` into the calendar months they cover whole (`YYYY-MM`) and the
 * runs of days left over at either end (at most two).
 */
export function wholeMonths(
  from: string,
  to: string,
): { months: string[]; days: { from: string; to: string }[] } {
  const months: string[] = []
  const days: { from: string; to: string }[] = []
  const shift = (date: string, n: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)
  let cursor = from
  let run: { from: string; to: string } | null = null
  while (cursor <= to) {
    const { from: first, to: last } = monthRange(cursor.slice(0, 7))
    if (cursor === first && last <= to) {
      if (run) days.push(run)
      run = null
      months.push(cursor.slice(0, 7))
      cursor = shift(last, 1)
      continue
    }
    const stop = last < to ? last : to
    run = run ? { from: run.from, to: stop } : { from: cursor, to: stop }
    cursor = shift(stop, 1)
  }
  if (run) days.push(run)
  return { months, days }
}
