import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatRupiahAscii } from '../../../shared/receipt/rupiah-ascii'

describe('formatRupiahAscii', () => {
  it.each([
    [0, 'Rp 0'],
    [500, 'Rp 500'],
    [15_000, 'Rp 15.000'],
    [2_497_000, 'Rp 2.497.000'],
    [-2_000, '-Rp 2.000'],
    [-250, '-Rp 250'],
  ])('formats %i as %s', (amount, expected) => {
    expect(formatRupiahAscii(amount)).toBe(expected)
  })

  it('separates Rp from the digits with ASCII 0x20, never the U+00A0 Intl uses', () => {
    const intl = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR' }).format(1)
    expect(intl).toContain('\u00A0')
    expect(formatRupiahAscii(15_000).charCodeAt(2)).toBe(0x20)
  })

  it('rejects amounts that are not whole Rupiah', () => {
    expect(() => formatRupiahAscii(1.5)).toThrow(RangeError)
    expect(() => formatRupiahAscii(Number.NaN)).toThrow(RangeError)
  })

  it('is pure ASCII with dot grouping and reads back to the same amount', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger().map((n) => n * (n % 2 === 0 ? 1 : -1)),
        (amount) => {
          const text = formatRupiahAscii(amount)
          expect(text).toMatch(/^-?Rp \d{1,3}(\.\d{3})*$/)
          expect(Number(text.replace(/^(-?)Rp /, '$1').replaceAll('.', ''))).toBe(amount)
        },
      ),
    )
  })
})
