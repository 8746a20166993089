import { addDays } from '../../components/period/business-day'

export const presets = ['today', 'yesterday', 'week', 'custom'] as const
export type Preset = (typeof presets)[number]

export interface DateRange {
  /** `YYYY-MM-DD`, in the showroom's zone (WIB), both ends included. */
  from: string
  to: string
}

/** The range a preset stands for; `custom` keeps whatever range was already chosen. */
export function presetRange(preset: Exclude<Preset, 'custom'>, today: string): DateRange {
  if (preset === 'today') return { from: today, to: today }
  if (preset === 'yesterday') {
    const day = addDays(today, -1)
    return { from: day, to: day }
  }
  return { from: addDays(today, -6), to: today }
}
