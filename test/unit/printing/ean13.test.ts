import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkDigit,
  inStoreSequence,
  isInStoreEan13,
  isValidEan13,
  makeInStoreEan13,
  MAX_IN_STORE_SEQUENCE,
} from '../../../shared/labels/ean13'
import { symbologyFor } from '../../../shared/labels/barcode-symbol'

describe('EAN-13', () => {
  it.each([
    ['4006381333931', 1],
    ['5901234123457', 7],
    ['9780306406157', 7],
    ['8992761166014', 4],
    ['2000000000015', 5],
  ])('%s has check digit %i and is valid', (code, digit) => {
    expect(checkDigit(code.slice(0, 12))).toBe(digit)
    expect(isValidEan13(code)).toBe(true)
  })

  it('rejects a wrong check digit, wrong length and non-digits', () => {
    expect(isValidEan13('4006381333932')).toBe(false)
    expect(isValidEan13('400638133393')).toBe(false)
    expect(isValidEan13('40063813339310')).toBe(false)
    expect(isValidEan13('40063813339a1')).toBe(false)
    expect(isValidEan13(' 4006381333931')).toBe(false)
    expect(() => checkDigit('12345')).toThrow(RangeError)
  })

  it('every single-digit error is caught by the check digit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_IN_STORE_SEQUENCE }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 9 }),
        (seq, position, delta) => {
          const code = makeInStoreEan13(seq)
          const wrong = (Number(code[position]) + delta) % 10
          const typo = code.slice(0, position) + String(wrong) + code.slice(position + 1)
          expect(isValidEan13(typo)).toBe(false)
        },
      ),
    )
  })

  it('in-store codes: prefix 20, ten-digit sequence, right check digit, all different', () => {
    expect(makeInStoreEan13(1)).toBe('2000000000015')
    expect(makeInStoreEan13(MAX_IN_STORE_SEQUENCE)).toBe(
      `20${MAX_IN_STORE_SEQUENCE}${checkDigit(`20${MAX_IN_STORE_SEQUENCE}`)}`,
    )
    const codes = Array.from({ length: 20_000 }, (_, i) => makeInStoreEan13(i + 1))
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) {
      expect(code).toMatch(/^20\d{11}$/)
      expect(isInStoreEan13(code)).toBe(true)
      expect(symbologyFor(code)).toBe('ean13')
    }
    expect(codes.map(inStoreSequence)).toEqual(codes.map((_, i) => i + 1))
  })

  it('refuses sequences outside 1..9 999 999 999', () => {
    for (const seq of [0, -1, 1.5, MAX_IN_STORE_SEQUENCE + 1, Number.NaN]) {
      expect(() => makeInStoreEan13(seq)).toThrow(RangeError)
    }
  })

  it('knows which codes are in-store and which are not', () => {
    expect(isInStoreEan13('4006381333931')).toBe(false)
    expect(inStoreSequence('4006381333931')).toBeNull()
    expect(inStoreSequence('2000000000008')).toBeNull()
    expect(symbologyFor('GN-T1')).toBe('code128')
    expect(symbologyFor('4006381333932')).toBe('code128')
    expect(symbologyFor('12345678')).toBe('code128')
  })
})
