import { describe, expect, it } from 'vitest'
import { qrisProblems, validateStaticQris } from '../../../shared/qris'
import { referenceBuildEmv } from '../../helpers/emv-reference-parser'
import type { EmvEntry } from '../../helpers/emv-reference-parser'

const acquirerAccount = referenceBuildEmv(
  [
    ['00', 'ID.CO.BANKKASONGAN.WWW'],
    ['01', '936009990001234567'],
    ['02', '000198765432'],
    ['03', 'UMI'],
  ],
  false,
)
const nationalAccount = referenceBuildEmv(
  [
    ['00', 'ID.CO.QRIS.WWW'],
    ['02', 'ID1024312345678'],
    ['03', 'UMI'],
  ],
  false,
)

const staticEntries: readonly EmvEntry[] = [
  ['00', '01'],
  ['01', '11'],
  ['26', acquirerAccount],
  ['51', nationalAccount],
  ['52', '5947'],
  ['53', '360'],
  ['58', 'ID'],
  ['59', 'GALERI LAPAS KASONGAN'],
  ['60', 'KATINGAN'],
  ['61', '74461'],
  ['62', '0703A01'],
]

const staticQris = referenceBuildEmv(staticEntries)

const replaced = (tag: string, value: string): EmvEntry[] =>
  staticEntries.map(([entryTag, entryValue]) => [entryTag, entryTag === tag ? value : entryValue])
const without = (tag: string): EmvEntry[] => staticEntries.filter(([entryTag]) => entryTag !== tag)

const problemOf = (raw: string) => {
  const result = validateStaticQris(raw)
  return result.ok ? 'OK' : result.problem
}

describe('validateStaticQris', () => {
  it('accepts a well-formed static QRIS and reads the merchant details', () => {
    const result = validateStaticQris(staticQris)
    expect(result).toMatchObject({
      ok: true,
      payload: staticQris,
      merchantName: 'GALERI LAPAS KASONGAN',
      city: 'KATINGAN',
      postalCode: '74461',
      merchantCategoryCode: '5947',
      nationalMerchantId: 'ID1024312345678',
      isDynamic: false,
      hasAmount: false,
      amount: undefined,
    })
  })

  it('ignores whitespace and line breaks around a pasted string', () => {
    const result = validateStaticQris(`  \n${staticQris}\r\n\t`)
    expect(result.ok && result.payload).toBe(staticQris)
  })

  it('reports an amount that is already present', () => {
    const withAmount = referenceBuildEmv([
      ...replaced('01', '12').slice(0, 6),
      ['54', '25000'],
      ...staticEntries.slice(6),
    ])
    expect(validateStaticQris(withAmount)).toMatchObject({
      ok: true,
      isDynamic: true,
      hasAmount: true,
      amount: '25000',
    })
  })

  it('accepts a lowercase CRC', () => {
    expect(problemOf(staticQris.slice(0, -4) + staticQris.slice(-4).toLowerCase())).toBe('OK')
  })

  it.each(['', '   ', '\n\t\r\n'])('refuses blank input %j as EMPTY', (raw) => {
    expect(problemOf(raw)).toBe('EMPTY')
  })

  it('refuses a string with one character changed as CRC_MISMATCH', () => {
    const tampered = staticQris.replace('KASONGAN', 'KASONGAM')
    expect(tampered).not.toBe(staticQris)
    expect(problemOf(tampered)).toBe('CRC_MISMATCH')
  })

  it('refuses a wrong checksum value as CRC_MISMATCH', () => {
    const flippedLast = staticQris.slice(0, -1) + (staticQris.endsWith('0') ? '1' : '0')
    expect(problemOf(flippedLast)).toBe('CRC_MISMATCH')
    expect(problemOf(staticQris.slice(0, -4) + 'ZZZZ')).toBe('CRC_MISMATCH')
  })

  it('refuses a payload without tag 63 as CRC_MISSING', () => {
    expect(problemOf(referenceBuildEmv(staticEntries, false))).toBe('CRC_MISSING')
  })

  it('refuses a CRC that is not the last field as CRC_MISSING', () => {
    expect(problemOf(`${staticQris}0703A02`)).toBe('CRC_MISSING')
  })

  it('refuses a truncated string as MALFORMED_TLV', () => {
    expect(problemOf(staticQris.slice(0, -2))).toBe('MALFORMED_TLV')
    expect(problemOf(staticQris.slice(0, 60))).toBe('MALFORMED_TLV')
  })

  it.each([
    'hello world',
    'https://example.com/pay?id=123',
    '00020101021126XX0014ID.CO.QRIS.WWW',
    '0002010',
  ])('refuses garbage %j as MALFORMED_TLV', (raw) => {
    expect(problemOf(raw)).toBe('MALFORMED_TLV')
  })

  it('refuses TLV that does not start with payload format 01', () => {
    expect(problemOf(referenceBuildEmv(without('00')))).toBe('MISSING_PAYLOAD_FORMAT')
    expect(problemOf(referenceBuildEmv(replaced('00', '02')))).toBe('MISSING_PAYLOAD_FORMAT')
  })

  it('refuses an EMV merchant QR from another scheme as NOT_QRIS', () => {
    const payNow = referenceBuildEmv(
      [
        ['00', 'SG.PAYNOW'],
        ['01', '2'],
        ['02', '201403272C'],
      ],
      false,
    )
    const singaporeQr = referenceBuildEmv([
      ['00', '01'],
      ['01', '11'],
      ['26', payNow],
      ['52', '0000'],
      ['53', '702'],
      ['58', 'SG'],
      ['59', 'SOME SHOP'],
      ['60', 'SINGAPORE'],
    ])
    expect(problemOf(singaporeQr)).toBe('NOT_QRIS')
  })

  it('refuses an Indonesian-looking QR without a QRIS merchant account as NOT_QRIS', () => {
    expect(problemOf(referenceBuildEmv(without('26').filter(([tag]) => tag !== '51')))).toBe(
      'NOT_QRIS',
    )
    const foreignGuid = referenceBuildEmv(
      [
        ['00', 'COM.EXAMPLE.WWW'],
        ['01', '123'],
      ],
      false,
    )
    const entries = without('26').map(([tag, value]): EmvEntry => [
      tag,
      tag === '51' ? foreignGuid : value,
    ])
    expect(problemOf(referenceBuildEmv(entries))).toBe('NOT_QRIS')
  })

  it('accepts QRIS identified by the acquirer template alone', () => {
    expect(problemOf(referenceBuildEmv(without('51')))).toBe('OK')
  })

  it('refuses a currency other than rupiah as WRONG_CURRENCY', () => {
    expect(problemOf(referenceBuildEmv(replaced('53', '840')))).toBe('WRONG_CURRENCY')
    expect(problemOf(referenceBuildEmv(without('53')))).toBe('WRONG_CURRENCY')
  })

  it('refuses a country other than Indonesia as WRONG_COUNTRY', () => {
    expect(problemOf(referenceBuildEmv(replaced('58', 'MY')))).toBe('WRONG_COUNTRY')
    expect(problemOf(referenceBuildEmv(without('58')))).toBe('WRONG_COUNTRY')
  })

  it('refuses a missing or blank merchant name as MISSING_MERCHANT_NAME', () => {
    expect(problemOf(referenceBuildEmv(without('59')))).toBe('MISSING_MERCHANT_NAME')
    expect(problemOf(referenceBuildEmv(replaced('59', '   ')))).toBe('MISSING_MERCHANT_NAME')
  })

  it('refuses a missing merchant city as MISSING_MERCHANT_CITY', () => {
    expect(problemOf(referenceBuildEmv(without('60')))).toBe('MISSING_MERCHANT_CITY')
  })

  it('lists every problem code once', () => {
    expect(new Set(qrisProblems).size).toBe(qrisProblems.length)
    expect(qrisProblems).toEqual(
      expect.arrayContaining(['EMPTY', 'MALFORMED_TLV', 'NOT_QRIS', 'CRC_MISSING', 'CRC_MISMATCH']),
    )
  })
})
