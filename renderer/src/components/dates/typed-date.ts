/**
 * A date typed into a date field, read the way the app writes dates: day/month/year
 * (12/07/2026 is 12 July in both languages), with `/`, `.` or `-` between and a one-digit day or
 * month allowed. An ISO date (2026-07-12), as pasted from a file, is accepted too. Returns the
 * ISO date the app stores, or null when the text is no real date (31/02/2026).
 */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed)
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed)
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null
  if (!parts) return null
  const [year, month, day] = parts.map(Number) as [number, number, number]
  if (month < 1 || month > 12 || day < 1) return null
  // Day 0 of the next month is the last day of this one (UTC: no time zone can shift it).
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > lastDay) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** How a date field shows its date: dd/mm/yyyy, as the app's tables and receipts print it. */
export const DATE_FIELD_FORMAT = 'DD/MM/YYYY'
