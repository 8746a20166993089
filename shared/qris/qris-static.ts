import { crc16CcittFalse } from './crc16'
import { findTlvValue, parseTlv, TlvParseError } from './emv-tlv'
import type { TlvField } from './emv-tlv'

/** Stable codes for why a pasted QRIS string was refused; the UI translates them. */
export const qrisProblems = [
  'EMPTY',
  'MALFORMED_TLV',
  'MISSING_PAYLOAD_FORMAT',
  'CRC_MISSING',
  'CRC_MISMATCH',
  'NOT_QRIS',
  'WRONG_CURRENCY',
  'WRONG_COUNTRY',
  'MISSING_MERCHANT_NAME',
  'MISSING_MERCHANT_CITY',
] as const

export type QrisProblem = (typeof qrisProblems)[number]

export interface ValidQris {
  ok: true
  /** The trimmed payload the details were read from. */
  payload: string
  fields: readonly TlvField[]
  merchantName: string
  city: string
  postalCode: string | undefined
  merchantCategoryCode: string | undefined
  /** NMID from the ID.CO.QRIS.WWW template, what the merchant sees in their QRIS dashboard. */
  nationalMerchantId: string | undefined
  isDynamic: boolean
  hasAmount: boolean
  amount: string | undefined
}

export type QrisValidation = ValidQris | { ok: false; problem: QrisProblem }

const rupiahCurrencyCode = '360'
const indonesiaCountryCode = 'ID'
const dynamicInitiation = '12'
const qrisNationalGuid = 'ID.CO.QRIS.WWW'
// Every QRIS acquirer and the national repository register GUIDs under this prefix.
const qrisGuidPrefix = 'ID.CO.'
const crcTag = '63'
const crcValueLength = 4

const fail = (problem: QrisProblem): QrisValidation => ({ ok: false, problem })

function isMerchantAccountTag(tag: string): boolean {
  const id = Number(tag)
  return id >= 26 && id <= 51
}

function nestedFields(value: string): TlvField[] | undefined {
  try {
    return parseTlv(value)
  } catch (error) {
    if (error instanceof TlvParseError) return undefined
    throw error
  }
}

function merchantAccountGuids(fields: readonly TlvField[]): Map<string, TlvField[]> {
  const byGuid = new Map<string, TlvField[]>()
  for (const field of fields) {
    if (!isMerchantAccountTag(field.tag)) continue
    const nested = nestedFields(field.value)
    const guid = nested && findTlvValue(nested, '00')
    if (nested && guid) byGuid.set(guid.toUpperCase(), nested)
  }
  return byGuid
}

function crcProblem(payload: string, fields: readonly TlvField[]): QrisProblem | undefined {
  const crcIndex = fields.findIndex((field) => field.tag === crcTag)
  const last = fields.at(-1)
  // Anything after the CRC would be outside the checksum, so a CRC that is not last is no CRC.
  if (crcIndex !== fields.length - 1 || !last || last.value.length !== crcValueLength) {
    return 'CRC_MISSING'
  }
  const covered = payload.slice(0, payload.length - crcValueLength)
  return crc16CcittFalse(covered) === last.value.toUpperCase() ? undefined : 'CRC_MISMATCH'
}

/**
 * Checks a merchant's QRIS string as pasted from their bank or QRIS dashboard. Dynamic strings
 * pass too (reported via `isDynamic`), so an already-priced code can be re-priced.
 */
export function validateStaticQris(raw: string): QrisValidation {
  const payload = raw.trim()
  if (payload === '') return fail('EMPTY')

  let fields: TlvField[]
  try {
    fields = parseTlv(payload)
  } catch (error) {
    if (error instanceof TlvParseError) return fail('MALFORMED_TLV')
    throw error
  }

  const first = fields[0]
  if (first?.tag !== '00' || first.value !== '01') return fail('MISSING_PAYLOAD_FORMAT')

  const badCrc = crcProblem(payload, fields)
  if (badCrc) return fail(badCrc)

  const guids = merchantAccountGuids(fields)
  if (![...guids.keys()].some((guid) => guid.startsWith(qrisGuidPrefix))) return fail('NOT_QRIS')

  if (findTlvValue(fields, '53') !== rupiahCurrencyCode) return fail('WRONG_CURRENCY')
  if (findTlvValue(fields, '58') !== indonesiaCountryCode) return fail('WRONG_COUNTRY')

  const merchantName = findTlvValue(fields, '59')?.trim()
  if (!merchantName) return fail('MISSING_MERCHANT_NAME')
  const city = findTlvValue(fields, '60')?.trim()
  if (!city) return fail('MISSING_MERCHANT_CITY')

  const amount = findTlvValue(fields, '54')
  return {
    ok: true,
    payload,
    fields,
    merchantName,
    city,
    postalCode: findTlvValue(fields, '61'),
    merchantCategoryCode: findTlvValue(fields, '52'),
    nationalMerchantId: findTlvValue(guids.get(qrisNationalGuid) ?? [], '02'),
    isDynamic: findTlvValue(fields, '01') === dynamicInitiation,
    hasAmount: amount !== undefined,
    amount,
  }
}
