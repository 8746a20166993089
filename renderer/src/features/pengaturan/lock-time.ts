import { DEFAULT_TIME_ZONE } from '../../../../shared/business-date'

/** `14.05` / `14:05` in the showroom's zone: a lockout lasts minutes, so the time says enough. */
export function formatLockTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: DEFAULT_TIME_ZONE,
  }).format(new Date(iso))
}
