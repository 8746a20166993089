import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatRupiah, parseRupiah } from '../../shared/money'

describe('Rupiah', () => {
  it('formats with dot grouping and a plain space after Rp', () => {
    expect(formatRupiah(15000)).toBe('Rp 15.000')
    expect(formatRupiah(0)).toBe('Rp 0')
    expect(formatRupiah(1234567)).toBe('Rp 1.234.567')
    expect(formatRupiah(-2000)).toBe('-Rp 2.000')
    expect(formatRupiah(15000)).not.toContain('\u00a0')
  })

  it('parses what a cashier types', () => {
    expect(parseRupiah('50000')).toBe(50000)
    expect(parseRupiah('50.000')).toBe(50000)
    expect(parseRupiah('Rp 50.000')).toBe(50000)
    expect(parseRupiah('50,5')).toBeNull()
    expect(parseRupiah('')).toBeNull()
    expect(parseRupiah('-5')).toBeNull()
  })

  it('round-trips every whole amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(parseRupiah(formatRupiah(n))).toBe(n)
      }),
    )
  })
})
