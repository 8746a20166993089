import { addDays } from '../../components/period/business-day'

export const periodPresets = ['today', 'week', 'month', 'custom'] as const
export type PeriodPreset = (typeof periodPresets)[number]

export interface PeriodFilter {
  preset: PeriodPreset
  /** `YYYY-MM-DD` business days (WIB), both ends included. */
  from: string
  to: string
  locationId: string | null
}

/** Weeks start on Monday, as on Indonesian calendars. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string) {
  if (preset === 'today') return { from: today, to: today }
  if (preset === 'week') {
    const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7
    return { from: addDays(today, -weekday), to: today }
  }
  return { from: `${today.slice(0, 7)}-01`, to: today }
}

/** Basis points as a percent for display: 3500 → "35", 3333 → "33,33". */
export function percentText(bp: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    maximumFractionDigits: 2,
  }).format(bp / 100)
}

export function shortDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${date}T00:00:00Z`))
}
