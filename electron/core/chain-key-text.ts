import type { ChainKey } from '../db/ledger-chain'

/**
 * The chain key as people handle it: a recovery code of 13 groups of 4 letters and digits
 * (RFC 4648 base32 without padding), printed once for the admin's safe; or 64 hex digits in
 * the key file. Both parse back to the same 32 bytes.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export function formatRecoveryCode(key: ChainKey): string {
  let bits = ''
  for (const byte of key) bits += byte.toString(2).padStart(8, '0')
  let code = ''
  for (let i = 0; i < bits.length; i += 5) {
    code += ALPHABET[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)]
  }
  return code.match(/.{1,4}/g)!.join('-')
}

function parseRecoveryCode(text: string): ChainKey | null {
  const letters = text.toUpperCase().replace(/[\s-]/g, '').replace(/0/g, 'O').replace(/1/g, 'I')
  if (letters.length !== 52 || /[^A-Z2-7]/.test(letters)) return null
  let bits = ''
  for (const letter of letters) bits += ALPHABET.indexOf(letter).toString(2).padStart(5, '0')
  const bytes = Buffer.alloc(32)
  for (let i = 0; i < 32; i++) bytes[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2)
  // The last 4 bits are padding: a code whose padding is not zero was mistyped.
  return /^0*$/.test(bits.slice(256)) ? bytes : null
}

/** A key file's text or a typed recovery code → the key; null when it is neither. */
export function parseChainKeyText(text: string): ChainKey | null {
  const trimmed = text.trim()
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex')
  return parseRecoveryCode(trimmed)
}
