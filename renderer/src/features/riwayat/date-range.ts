import { DEFAULT_TIME_ZONE } from '../../../../shared/business-date'

export const presets = ['today', 'yesterday', 'week', 'custom'] as const
export type Preset = (typeof presets)[number]

export interface DateRange {
  /** `YYYY-MM-DD`, in the showroom's zone (WIB), both ends included. */
  from: string
  to: string
}

/** The calendar date in WIB: the showroom's business day, whatever the machine's zone. */
export function wibToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: DEFAULT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000
  return new Date(ms).toISOString().slice(0, 10)
}

export const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))

/** The range a preset stands for; `custom` keeps whatever range was already chosen. */
export function presetRange(preset: Exclude<Preset, 'custom'>, today: string): DateRange {
  if (preset === 'today') return { from: today, to: today }
  if (preset === 'yesterday') {
    const day = addDays(today, -1)
    return { from: day, to: day }
  }
  return { from: addDays(today, -6), to: today }
}
