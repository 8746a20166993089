export const DEFAULT_TIME_ZONE = 'Asia/Jakarta'

/** `YYYYMMDD` of an instant in the showroom's zone (WIB by default), for receipt numbers. */
const formatters = new Map<string, Intl.DateTimeFormat>()

export function compactDate(epochMs: number, timeZone = DEFAULT_TIME_ZONE): string {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    // Building a formatter costs ~0.1 ms; checkout calls this for every sale.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  const parts = formatter.formatToParts(epochMs)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}${get('month')}${get('day')}`
}
