/** One EMVCo data object: a two-digit tag id and its value, in payload order. */
export interface TlvField {
  tag: string
  value: string
}

export type TlvParseFailure = 'INVALID_TAG' | 'INVALID_LENGTH' | 'TRUNCATED'

export class TlvParseError extends Error {
  override readonly name = 'TlvParseError'

  constructor(
    readonly reason: TlvParseFailure,
    /** Offset in the input where the offending data object starts. */
    readonly position: number,
  ) {
    super(`Malformed EMV TLV (${reason}) at position ${position}`)
  }
}

const twoDigits = /^\d{2}$/

/**
 * Lengths count string characters, which for the ASCII-only fields QRIS uses equals the
 * EMVCo "number of characters" rule.
 */
export function parseTlv(text: string): TlvField[] {
  const fields: TlvField[] = []
  let position = 0
  while (position < text.length) {
    if (position + 4 > text.length) throw new TlvParseError('TRUNCATED', position)
    const tag = text.slice(position, position + 2)
    const length = text.slice(position + 2, position + 4)
    if (!twoDigits.test(tag)) throw new TlvParseError('INVALID_TAG', position)
    if (!twoDigits.test(length)) throw new TlvParseError('INVALID_LENGTH', position)
    const valueStart = position + 4
    const valueEnd = valueStart + Number(length)
    if (valueEnd > text.length) throw new TlvParseError('TRUNCATED', position)
    fields.push({ tag, value: text.slice(valueStart, valueEnd) })
    position = valueEnd
  }
  return fields
}

export function encodeTlvField({ tag, value }: TlvField): string {
  if (!twoDigits.test(tag)) throw new RangeError(`EMV tag must be two digits, got "${tag}"`)
  // The length slot is two decimal digits, so a longer value cannot be represented at all.
  if (value.length > 99) throw new RangeError(`EMV value for tag ${tag} is longer than 99`)
  return `${tag}${String(value.length).padStart(2, '0')}${value}`
}

export function serializeTlv(fields: readonly TlvField[]): string {
  return fields.map(encodeTlvField).join('')
}

export function findTlvValue(fields: readonly TlvField[], tag: string): string | undefined {
  return fields.find((field) => field.tag === tag)?.value
}
