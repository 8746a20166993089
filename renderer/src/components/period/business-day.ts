import { DEFAULT_TIME_ZONE } from '../../../../shared/business-date'

// Riwayat, Laporan and Audit filter by the showroom's business days: `YYYY-MM-DD` in WIB,
// both ends included, whatever zone the machine is set to.

const wibDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: DEFAULT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Today's business date in the showroom's zone. */
export function businessToday(now: Date = new Date()): string {
  return wibDate.format(now)
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

export const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
