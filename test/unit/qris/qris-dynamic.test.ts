import { BarcodeFormat } from '@zxing/library'
import fc from 'fast-check'
import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { QrisError, qrisErrorCodes, qrisWithAmount, validateStaticQris } from '../../../shared/qris'
import { decodeBarcodePng, decodeQrPng } from '../../helpers/decode-image'
import {
  referenceBuildEmv,
  referenceHasValidCrc,
  referenceParseEmv,
  referenceValue,
} from '../../helpers/emv-reference-parser'
import type { EmvEntry } from '../../helpers/emv-reference-parser'
import { sampleStaticQrisEntries } from '../../helpers/qris-sample'

const staticEntries = sampleStaticQrisEntries

const staticQris = referenceBuildEmv(staticEntries)

const tagsAfterPricing = new Set(['01', '54', '63'])
const untouchedEntries = (entries: readonly EmvEntry[]): EmvEntry[] =>
  entries.filter(([tag]) => !tagsAfterPricing.has(tag))

const isAscending = (entries: readonly EmvEntry[]): boolean =>
  entries.every(([tag], index) => index === 0 || Number(entries[index - 1]?.[0]) < Number(tag))

const errorCodeOf = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    if (error instanceof QrisError) return error.code
    throw error
  }
  return 'NO_ERROR'
}

describe('qrisWithAmount', () => {
  const dynamic = qrisWithAmount(staticQris, 15_000)
  const entries = referenceParseEmv(dynamic)

  it('marks the code dynamic and carries the amount as plain digits', () => {
    expect(referenceValue(entries, '01')).toBe('12')
    expect(referenceValue(entries, '54')).toBe('15000')
  })

  it('keeps tags in ascending order with 54 between 53 and 58 and 63 last', () => {
    expect(isAscending(entries)).toBe(true)
    const tags = entries.map(([tag]) => tag)
    expect(tags.join(' ')).toBe('00 01 26 51 52 53 54 58 59 60 61 62 63')
  })

  it('closes with a CRC the reference implementation agrees with', () => {
    expect(referenceHasValidCrc(dynamic)).toBe(true)
  })

  it('leaves every other field byte-identical', () => {
    expect(untouchedEntries(entries)).toEqual(untouchedEntries(staticEntries))
    // Byte-level as well: everything between the rewritten fields is copied verbatim.
    const countryAt = staticQris.indexOf('5802ID')
    const beforeAmount = staticQris.slice('000201010211'.length, countryAt)
    const afterAmount = staticQris.slice(countryAt, -'6304XXXX'.length)
    expect(dynamic.slice(0, -4)).toBe(`000201010212${beforeAmount}540515000${afterAmount}6304`)
  })

  it('passes its own validation as a dynamic QRIS', () => {
    expect(validateStaticQris(dynamic)).toMatchObject({
      ok: true,
      isDynamic: true,
      amount: '15000',
    })
  })

  it('replaces the amount when re-priced from an already-dynamic string', () => {
    const repriced = qrisWithAmount(dynamic, 27_500)
    const repricedEntries = referenceParseEmv(repriced)
    expect(repricedEntries.filter(([tag]) => tag === '54')).toEqual([['54', '27500']])
    expect(repricedEntries.filter(([tag]) => tag === '01')).toEqual([['01', '12']])
    expect(repriced).toBe(qrisWithAmount(staticQris, 27_500))
  })

  it('drops tip and convenience-fee tags so the payer cannot be charged extra', () => {
    const withFees = referenceBuildEmv([
      ...staticEntries.slice(0, 6),
      ['54', '99999'],
      ['55', '02'],
      ['56', '1000'],
      ['57', '2.5'],
      ...staticEntries.slice(6),
    ])
    const tags = referenceParseEmv(qrisWithAmount(withFees, 15_000)).map(([tag]) => tag)
    expect(tags.filter((tag) => ['54', '55', '56', '57'].includes(tag))).toEqual(['54'])
    expect(qrisWithAmount(withFees, 15_000)).toBe(dynamic)
  })

  it('adds tag 01 right after 00 when the static string omits it', () => {
    const withoutInitiation = referenceBuildEmv(staticEntries.filter(([tag]) => tag !== '01'))
    expect(qrisWithAmount(withoutInitiation, 15_000)).toBe(dynamic)
  })

  it('trims whitespace around the pasted string', () => {
    expect(qrisWithAmount(`\n ${staticQris} \r\n`, 15_000)).toBe(dynamic)
  })

  it('throws QrisError with the validation problem for an invalid static string', () => {
    expect(errorCodeOf(() => qrisWithAmount('', 15_000))).toBe('EMPTY')
    expect(errorCodeOf(() => qrisWithAmount(staticQris.replace('KATINGAN', 'KATINGAM'), 1))).toBe(
      'CRC_MISMATCH',
    )
  })

  it.each([0, -1, 1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER, 1e13])(
    'throws INVALID_AMOUNT for %s',
    (amount) => {
      expect(errorCodeOf(() => qrisWithAmount(staticQris, amount))).toBe('INVALID_AMOUNT')
    },
  )

  it('accepts the largest amount tag 54 can hold', () => {
    const largest = 9_999_999_999_999
    expect(referenceValue(referenceParseEmv(qrisWithAmount(staticQris, largest)), '54')).toBe(
      '9999999999999',
    )
  })

  it('checks the static string before the amount', () => {
    expect(errorCodeOf(() => qrisWithAmount('garbage', -5))).toBe('MALFORMED_TLV')
  })

  it('exposes INVALID_AMOUNT among the translatable codes', () => {
    expect(qrisErrorCodes).toContain('INVALID_AMOUNT')
    expect(new Set(qrisErrorCodes).size).toBe(qrisErrorCodes.length)
  })

  it('survives a round trip through a rendered QR image', async () => {
    const png = await QRCode.toBuffer(dynamic, { errorCorrectionLevel: 'M', margin: 4, scale: 4 })
    const decoded = decodeQrPng(png)
    expect(decoded).toBe(dynamic)
    expect(referenceValue(referenceParseEmv(decoded), '54')).toBe('15000')
    expect(decodeBarcodePng(png)).toEqual({ text: dynamic, format: 'QR_CODE' })
    expect(decodeBarcodePng(png, [BarcodeFormat.QR_CODE]).format).toBe('QR_CODE')
  })

  it('carries exactly the requested amount for any whole-rupiah amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (amount) => {
        const payload = qrisWithAmount(staticQris, amount)
        const parsed = referenceParseEmv(payload)
        expect(referenceHasValidCrc(payload)).toBe(true)
        expect(parsed.filter(([tag]) => tag === '54')).toEqual([['54', String(amount)]])
        expect(referenceValue(parsed, '01')).toBe('12')
        expect(isAscending(parsed)).toBe(true)
        expect(untouchedEntries(parsed)).toEqual(untouchedEntries(staticEntries))
      }),
    )
  })
})
