export const RECEIPT_TIME_ZONE = 'Asia/Jakarta'

/**
 * `27/11/2026 14:05` in the given zone. id-ID writes the time as `14.05`, which buyers misread
 * as a price, so the parts are reassembled with a colon.
 */
export function formatReceiptDateTime(iso: string, timeZone: string = RECEIPT_TIME_ZONE): string {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not an ISO date-time: ${iso}`)
  const parts = new Intl.DateTimeFormat('id-ID', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? ''
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`
}
