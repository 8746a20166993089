import { describe, expect, it } from 'vitest'
import { crc16CcittFalse } from '../../../shared/qris'

describe('crc16CcittFalse', () => {
  it('matches the published CRC-16/CCITT-FALSE check value', () => {
    expect(crc16CcittFalse('123456789')).toBe('29B1')
  })

  it('returns the initial register untouched for empty input', () => {
    expect(crc16CcittFalse('')).toBe('FFFF')
  })

  it('checksums a QRIS-shaped payload up to and including "6304"', () => {
    // Expected value computed outside this codebase with Python's binascii.crc_hqx(data, 0xFFFF).
    const payload =
      '00020101021126710022ID.CO.BANKKASONGAN.WWW011893600999000123456702120001987654320303UMI' +
      '51440014ID.CO.QRIS.WWW0215ID10243123456780303UMI5204594753033605802ID' +
      '5921GALERI LAPAS KASONGAN6008KATINGAN61057446162070703A016304'
    expect(crc16CcittFalse(payload)).toBe('2735')
  })

  it('checksums UTF-8 bytes, not UTF-16 code units or Latin-1', () => {
    expect(crc16CcittFalse('é')).toBe('7ACB')
  })

  it('always yields four uppercase hex digits', () => {
    for (const sample of ['A', 'QRIS', '000201', 'GALERI LAPAS KASONGAN']) {
      expect(crc16CcittFalse(sample)).toMatch(/^[0-9A-F]{4}$/)
    }
  })
})
