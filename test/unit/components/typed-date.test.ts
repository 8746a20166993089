import { describe, expect, it } from 'vitest'
import { parseTypedDate } from '../../../renderer/src/components/dates/typed-date'

describe('a date typed into a date field', () => {
  it('reads day/month/year, never month/day/year', () => {
    expect(parseTypedDate('12/07/2026')).toBe('2026-07-12')
    expect(parseTypedDate('07/12/2026')).toBe('2026-12-07')
  })

  it('takes one-digit days and months and the usual separators', () => {
    expect(parseTypedDate('1/2/2026')).toBe('2026-02-01')
    expect(parseTypedDate('01.02.2026')).toBe('2026-02-01')
    expect(parseTypedDate(' 01-02-2026 ')).toBe('2026-02-01')
  })

  it('accepts an ISO date as pasted from a file', () => {
    expect(parseTypedDate('2026-12-07')).toBe('2026-12-07')
  })

  it('refuses what is no real date', () => {
    expect(parseTypedDate('31/02/2026')).toBeNull()
    expect(parseTypedDate('29/02/2027')).toBeNull()
    expect(parseTypedDate('13/13/2026')).toBeNull()
    expect(parseTypedDate('00/01/2026')).toBeNull()
    expect(parseTypedDate('12 Juli 2026')).toBeNull()
    expect(parseTypedDate('')).toBeNull()
  })

  it('knows leap years', () => {
    expect(parseTypedDate('29/02/2028')).toBe('2028-02-29')
  })
})
