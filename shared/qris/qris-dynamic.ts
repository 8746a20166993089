import { crc16CcittFalse } from './crc16'
import { serializeTlv } from './emv-tlv'
import type { TlvField } from './emv-tlv'
import { qrisProblems, validateStaticQris } from './qris-static'

export const qrisErrorCodes = [...qrisProblems, 'INVALID_AMOUNT'] as const

export type QrisErrorCode = (typeof qrisErrorCodes)[number]

export class QrisError extends Error {
  override readonly name = 'QrisError'

  constructor(readonly code: QrisErrorCode) {
    super(`Cannot build a QRIS with amount: ${code}`)
  }
}

const amountTag = '54'
// Tip prompt (55) and convenience fees (56, 57) would let the payer's app add to the price.
const droppedTags = new Set(['01', amountTag, '55', '56', '57', '63'])
// EMVCo caps tag 54 at 13 characters.
const maxAmountDigits = 13

function assertWholeRupiah(amountRupiah: number): void {
  const valid =
    Number.isSafeInteger(amountRupiah) &&
    amountRupiah > 0 &&
    String(amountRupiah).length <= maxAmountDigits
  if (!valid) throw new QrisError('INVALID_AMOUNT')
}

function insertInTagOrder(fields: readonly TlvField[], added: TlvField): TlvField[] {
  const before = fields.findIndex((field) => Number(field.tag) > Number(added.tag))
  const at = before === -1 ? fields.length : before
  return [...fields.slice(0, at), added, ...fields.slice(at)]
}

/**
 * Turns the merchant's static QRIS into a dynamic one that asks for exactly `amountRupiah`,
 * leaving every other field byte-identical so the acquirer still routes it to the same merchant.
 */
export function qrisWithAmount(staticQris: string, amountRupiah: number): string {
  const validation = validateStaticQris(staticQris)
  if (!validation.ok) throw new QrisError(validation.problem)
  assertWholeRupiah(amountRupiah)

  const kept = validation.fields.filter((field) => !droppedTags.has(field.tag))
  const dynamic = insertInTagOrder(insertInTagOrder(kept, { tag: '01', value: '12' }), {
    tag: amountTag,
    value: String(amountRupiah),
  })
  const withoutCrc = `${serializeTlv(dynamic)}6304`
  return `${withoutCrc}${crc16CcittFalse(withoutCrc)}`
}
