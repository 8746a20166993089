/**
 * EAN-13 arithmetic. Prefixes 20–29 are reserved by GS1 for in-store use: codes a shop may
 * print for its own goods without a GS1 licence, which never clash with a manufacturer's.
 */

const TWELVE_DIGITS = /^\d{12}$/
const THIRTEEN_DIGITS = /^\d{13}$/

/** Largest sequence that fits after the `20` prefix: ten digits before the check digit. */
export const MAX_IN_STORE_SEQUENCE = 9_999_999_999

/** The check digit of the first twelve digits: weights 1,3,1,3… from the left, mod 10. */
export function checkDigit(first12: string): number {
  if (!TWELVE_DIGITS.test(first12)) {
    throw new RangeError(`EAN-13 check digit needs 12 digits, got "${first12}"`)
  }
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3)
  return (10 - (sum % 10)) % 10
}

export function isValidEan13(code: string): boolean {
  return THIRTEEN_DIGITS.test(code) && checkDigit(code.slice(0, 12)) === Number(code[12])
}

/** True for a valid EAN-13 in the GS1 in-store range 20–29. */
export function isInStoreEan13(code: string): boolean {
  return isValidEan13(code) && code[0] === '2'
}

/** `20` + the sequence zero-padded to ten digits + the check digit. */
export function makeInStoreEan13(seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1 || seq > MAX_IN_STORE_SEQUENCE) {
    throw new RangeError(`In-store sequence must be 1..${MAX_IN_STORE_SEQUENCE}, got ${seq}`)
  }
  const first12 = `20${String(seq).padStart(10, '0')}`
  return `${first12}${checkDigit(first12)}`
}

/** The sequence inside a code made by makeInStoreEan13, or null for any other code. */
export function inStoreSequence(code: string): number | null {
  if (!isValidEan13(code) || !code.startsWith('20')) return null
  const seq = Number(code.slice(2, 12))
  return seq >= 1 ? seq : null
}
