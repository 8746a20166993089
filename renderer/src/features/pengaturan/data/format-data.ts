import type { TFunction } from 'i18next'
import { DEFAULT_TIME_ZONE } from '../../../../../shared/business-date'

const tag = (language: string) => (language === 'en' ? 'en-GB' : 'id-ID')

/** `27 Nov 2026 10.15` in the showroom's zone (the caller appends WIB). */
export function formatBackupDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(tag(language), {
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: DEFAULT_TIME_ZONE,
  }).format(new Date(iso))
}

/** `1,2 MB` / `1.2 MB`. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  return `${new Intl.NumberFormat(tag(language), { maximumFractionDigits: digits }).format(value)} ${units[unit]}`
}

/** A problem code from main (integrity or SQLite) in words; unknown codes show as they are. */
export function problemText(t: TFunction<'data'>, problem: string | null): string {
  if (!problem) return ''
  const key = `problems.${problem}`
  const text = t(key as 'problems.failed', { defaultValue: '' })
  if (text) return text
  if (problem.startsWith('SQLITE_READONLY')) return t('problems.SQLITE_READONLY')
  if (problem.startsWith('SQLITE_IOERR')) return t('problems.SQLITE_FULL')
  return problem
}
