import { describe, expect, it } from 'vitest'
import {
  cashDue,
  changeFor,
  parseQtyPrefix,
  remainingFor,
  summarizeTenders,
  tendersFor,
  type NoncashRow,
} from '../../renderer/src/features/kasir/tenders'

const row = (amount: string, reference = '', methodId = 'qris'): NoncashRow => ({
  key: `k-${amount}`,
  methodId,
  amount,
  reference,
})

describe('split tenders', () => {
  it('cash alone: change is cash minus total, rounding applies', () => {
    const s = summarizeTenders('50.000', [])
    expect(s).toEqual({ noncash: 0, cash: 50_000, paidWithCash: true })
    expect(changeFor(45_000, s)).toBe(5_000)
  })

  it('no tender at all still counts as cash (the default way to pay)', () => {
    expect(summarizeTenders('', []).paidWithCash).toBe(true)
  })

  it('QRIS only: no rounding, nothing left for cash', () => {
    const s = summarizeTenders('', [row('45.000', 'REF1')])
    expect(s.paidWithCash).toBe(false)
    expect(cashDue(45_000, s)).toBe(0)
    expect(changeFor(45_000, s)).toBe(0)
  })

  it('QRIS plus cash: Uang pas covers the rest and change comes only from cash', () => {
    const s = summarizeTenders('20.000', [row('30.000', 'R')])
    expect(cashDue(45_000, s)).toBe(15_000)
    expect(changeFor(45_000, s)).toBe(5_000)
    expect(remainingFor(45_000, summarizeTenders('10.000', []))).toBe(35_000)
  })

  it('builds the payments: non-cash rows with amount and trimmed reference, then cash', () => {
    const rows = [row('30.000', ' R-9 '), row('', ''), row('5.000', '', 'transfer')]
    expect(tendersFor('tunai', '20.000', rows)).toEqual([
      { methodId: 'qris', amount: 30_000, reference: 'R-9' },
      { methodId: 'transfer', amount: 5_000 },
      { methodId: 'tunai', amount: 20_000 },
    ])
    expect(tendersFor('tunai', '', [])).toEqual([])
  })
})

describe('quantity prefix (3*)', () => {
  it('reads a quantity with or without a code after the star', () => {
    expect(parseQtyPrefix('3*')).toEqual({ qty: 3, rest: '' })
    expect(parseQtyPrefix('12*8991234567890')).toEqual({ qty: 12, rest: '8991234567890' })
    expect(parseQtyPrefix(' 2 * GN-001')).toEqual({ qty: 2, rest: 'GN-001' })
  })

  it('ignores text that is not a prefix', () => {
    expect(parseQtyPrefix('GN-001')).toBeNull()
    expect(parseQtyPrefix('0*')).toBeNull()
    expect(parseQtyPrefix('*3')).toBeNull()
    expect(parseQtyPrefix('123456*')).toBeNull()
  })
})
