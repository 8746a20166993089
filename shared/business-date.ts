export const DEFAULT_TIME_ZONE = 'Asia/Jakarta'

/** `YYYYMMDD` of an instant in the showroom's zone (WIB by default), for receipt numbers. */
export function compactDate(epochMs: number, timeZone = DEFAULT_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(epochMs)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}${get('month')}${get('day')}`
}
