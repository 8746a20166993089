/**
 * A deliberately separate EMV QR reader/writer for tests. It shares no code with shared/qris so
 * a bug there cannot hide itself by being reused to check its own output.
 */

export type EmvEntry = readonly [tag: string, value: string]

/** Bitwise CRC-16/CCITT-FALSE; the production code is table-driven. */
export function referenceCrc16(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1
      crc &= 0xffff
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0')
}

export function referenceParseEmv(payload: string): EmvEntry[] {
  const entries: EmvEntry[] = []
  let cursor = 0
  while (cursor < payload.length) {
    const header = payload.substring(cursor, cursor + 4)
    if (!/^\d{4}$/.test(header)) throw new Error(`bad EMV header "${header}" at ${cursor}`)
    const length = parseInt(header.substring(2), 10)
    const value = payload.substring(cursor + 4, cursor + 4 + length)
    if (value.length !== length) throw new Error(`EMV value cut short at ${cursor}`)
    entries.push([header.substring(0, 2), value])
    cursor += 4 + length
  }
  return entries
}

export function referenceValue(entries: readonly EmvEntry[], tag: string): string | undefined {
  return entries.find(([entryTag]) => entryTag === tag)?.[1]
}

export function referenceHasValidCrc(payload: string): boolean {
  const match = /^(.*6304)([0-9A-F]{4})$/s.exec(payload)
  return match !== null && referenceCrc16(match[1] ?? '') === match[2]
}

/** Writes entries as EMV TLV; pass `withCrc` to close the payload with a computed tag 63. */
export function referenceBuildEmv(entries: readonly EmvEntry[], withCrc = true): string {
  const body = entries
    .map(([tag, value]) => `${tag}${value.length.toString().padStart(2, '0')}${value}`)
    .join('')
  return withCrc ? `${body}6304${referenceCrc16(`${body}6304`)}` : body
}
