const polynomial = 0x1021

// Built once so each byte costs one lookup instead of eight shifts; QRIS strings are short but
// the checksum runs on every keystroke while a cashier pastes or edits the merchant string.
const table: readonly number[] = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte << 8
  for (let bit = 0; bit < 8; bit++) {
    crc = crc & 0x8000 ? ((crc << 1) ^ polynomial) & 0xffff : (crc << 1) & 0xffff
  }
  return crc
})

const utf8 = new TextEncoder()

/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, xorout 0) as EMVCo tag 63
 * expects it: four uppercase hex digits.
 */
export function crc16CcittFalse(text: string): string {
  let crc = 0xffff
  for (const byte of utf8.encode(text)) {
    crc = ((crc << 8) & 0xffff) ^ (table[((crc >> 8) ^ byte) & 0xff] ?? 0)
  }
  return crc.toString(16).toUpperCase().padStart(4, '0')
}
