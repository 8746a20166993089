import { DEFAULT_TIME_ZONE } from '../../../../shared/business-date'

const parts = new Intl.DateTimeFormat('id-ID', {
  timeZone: DEFAULT_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/**
 * `27/11/2026 14:05:09` in the showroom's zone (WIB): seconds matter when an inspector lines
 * up a discount with the sale it belongs to. id-ID writes `14.05.09`, so colons are put back.
 */
export function auditDateTime(iso: string): string {
  const found = parts.formatToParts(new Date(iso))
  const part = (type: Intl.DateTimeFormatPartTypes) => found.find((p) => p.type === type)?.value
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}:${part('second')}`
}
