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

const TILL_CODE_SYMBOLS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
/** Codes per till: `2` + seven digits naming the till + four of sequence + check digit. */
export const MAX_TILL_EAN_SEQUENCE = 9_999

/**
 * The till's own block of in-store codes, one-to-one with its code: all two-letter codes come
 * first, then the three-letter ones, then the four-letter ones (1,727,568 in all, seven
 * digits). Two tills with different codes therefore never make the same barcode, with no hub to
 * hand out ranges.
 */
export function tillEanBlock(code: string): number {
  if (!/^[A-Z0-9]{2,4}$/.test(code)) throw new RangeError(`Not a till code: ${code}`)
  let offset = 0
  for (let length = 2; length < code.length; length++) offset += 36 ** length
  let value = 0
  for (const symbol of code) value = value * 36 + TILL_CODE_SYMBOLS.indexOf(symbol)
  return offset + value
}

/** `2` + the till's block + the sequence + check digit: an in-store code only this till makes. */
export function makeTillEan13(code: string, seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1 || seq > MAX_TILL_EAN_SEQUENCE) {
    throw new RangeError(`Till sequence must be 1..${MAX_TILL_EAN_SEQUENCE}, got ${seq}`)
  }
  const first12 = `2${String(tillEanBlock(code)).padStart(7, '0')}${String(seq).padStart(4, '0')}`
  return `${first12}${checkDigit(first12)}`
}
