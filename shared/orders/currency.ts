import type { DocCurrency } from './orders-dto'

/**
 * Rupiah to a document currency at a rate typed in for that document (Rupiah per one unit,
 * kept times 100: two decimals, no rate service, the till is offline). Each amount is divided
 * and rounded half up to the cent on its own; a total is the sum of the rounded lines, so the
 * printed figures add up. The Rupiah amounts stay the binding ones.
 */
export function toForeignCents(rupiah: number, rateX100: number): number {
  if (!Number.isInteger(rupiah) || !Number.isInteger(rateX100) || rateX100 <= 0) {
    throw new RangeError('rupiah and rate must be whole and the rate positive')
  }
  // cents = rupiah / (rate_x100 / 100) * 100 = rupiah * 10_000 / rate_x100, half up.
  const numerator = BigInt(rupiah) * 10_000n
  const rate = BigInt(rateX100)
  return Number((numerator * 2n + rate) / (rate * 2n))
}

/** `1,234.56` with the currency code: documents in both languages show foreign money this way. */
export function formatForeign(cents: number, currency: DocCurrency): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const whole = new Intl.NumberFormat('en-US').format(Math.floor(abs / 100))
  return `${sign}${currency} ${whole}.${String(abs % 100).padStart(2, '0')}`
}

/** The rate as typed: `16,250.50`. */
export function formatRate(rateX100: number): string {
  const whole = new Intl.NumberFormat('en-US').format(Math.floor(rateX100 / 100))
  return `${whole}.${String(rateX100 % 100).padStart(2, '0')}`
}
