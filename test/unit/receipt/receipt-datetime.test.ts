import { describe, expect, it } from 'vitest'
import { formatReceiptDateTime } from '../../../shared/receipt/receipt-datetime'

describe('formatReceiptDateTime', () => {
  it('prints WIB by default, with a colon in the time', () => {
    expect(formatReceiptDateTime('2026-11-27T07:05:00Z')).toBe('27/11/2026 14:05')
  })

  it('rolls the date over at local midnight, not UTC midnight', () => {
    expect(formatReceiptDateTime('2026-11-27T17:00:00Z')).toBe('28/11/2026 00:00')
    expect(formatReceiptDateTime('2026-11-27T16:59:59Z')).toBe('27/11/2026 23:59')
  })

  it('honours another zone', () => {
    expect(formatReceiptDateTime('2026-11-27T07:05:00Z', 'Asia/Makassar')).toBe('27/11/2026 15:05')
  })

  it('refuses text that is not a date', () => {
    expect(() => formatReceiptDateTime('kemarin')).toThrow(RangeError)
  })
})
