import { describe, expect, it } from 'vitest'
import { linesEatingReservations } from '../../../renderer/src/features/pesanan/reservation-check'
import { toForeignCents, formatForeign, formatRate } from '../../../shared/orders/currency'

describe('the till warns when a sale eats into an order reservation', () => {
  const rows = [
    { productId: 'a', onHand: 10, reserved: 8, free: 2 },
    { productId: 'b', onHand: 5, reserved: 0, free: 5 },
    { productId: 'c', onHand: 3, reserved: 3, free: 0 },
  ]
  it('names only lines taking more than is free where an order holds stock', () => {
    const lines = [
      { productId: 'a', name: 'Gantungan', qty: 2 },
      { productId: 'b', name: 'Tas', qty: 9 },
      { productId: 'c', name: 'Tikar', qty: 1 },
    ]
    expect(linesEatingReservations(lines, rows)).toEqual([
      { productId: 'c', name: 'Tikar', qty: 1, free: 0 },
    ])
    expect(linesEatingReservations([{ productId: 'a', name: 'Gantungan', qty: 3 }], rows)).toEqual([
      { productId: 'a', name: 'Gantungan', qty: 3, free: 2 },
    ])
  })
})

describe('document currency: Rupiah ÷ recorded rate, half up to the cent', () => {
  it('rounds each amount on its own, half up, exactly', () => {
    // 13.000 / 16.250,50 = 0,79997… → 0.80; 2.600.000 / 16.250,50 = 159,9950… → 160.00
    expect(toForeignCents(13_000, 1_625_050)).toBe(80)
    expect(toForeignCents(2_600_000, 1_625_050)).toBe(16_000)
    // Exactly half a cent goes up: 5 / 1000 = 0.005 → 0.01.
    expect(toForeignCents(5, 100_000)).toBe(1)
    expect(toForeignCents(4, 100_000)).toBe(0)
    expect(toForeignCents(0, 1_625_050)).toBe(0)
  })
  it('refuses a zero or fractional rate', () => {
    expect(() => toForeignCents(1_000, 0)).toThrow(RangeError)
    expect(() => toForeignCents(1_000, 1.5)).toThrow(RangeError)
  })
  it('prints foreign money and the rate the same way in both languages', () => {
    expect(formatForeign(123_456_789, 'USD')).toBe('USD 1,234,567.89')
    expect(formatForeign(5, 'EUR')).toBe('EUR 0.05')
    expect(formatRate(1_625_050)).toBe('16,250.50')
  })
})
