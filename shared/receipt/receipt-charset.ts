// Substitutes for characters that neither printer code page (PC858, WPC1252) is guaranteed to
// carry. They run before layout, so a multi-character substitute is measured like any text.
const substitutes: ReadonlyMap<string, string> = new Map([
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201A', "'"],
  ['\u201B', "'"],
  ['\u2032', "'"],
  ['\u201C', '"'],
  ['\u201D', '"'],
  ['\u201E', '"'],
  ['\u201F', '"'],
  ['\u2033', '"'],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '-'],
  ['\u2013', '-'],
  ['\u2014', '-'],
  ['\u2015', '-'],
  ['\u2212', '-'],
  ['\u2026', '...'],
  ['\u2022', '*'],
  ['\u2122', 'TM'],
  ['\u2039', '<'],
  ['\u203A', '>'],
  ['\u0152', 'OE'],
  ['\u0153', 'oe'],
  ['\u0131', 'i'],
  ['\u00AD', ''],
])

const EURO = '\u20AC'

/** True for the characters every supported printer code page prints as one column. */
export function isPrintableReceiptChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  if (code >= 0x20 && code <= 0x7e) return true
  // Latin-1 letters and signs exist in both PC858 and WPC1252; 0xA0 and 0xAD are not ink.
  if (code >= 0xa1 && code <= 0xff) return code !== 0xad
  return char === EURO
}

function substituteFor(char: string): string {
  const known = substitutes.get(char)
  if (known !== undefined) return known
  if (/[\p{Cc}\p{Zs}\p{Zl}\p{Zp}]/u.test(char)) return ' '
  if (/[\p{Cf}\p{M}]/u.test(char)) return ''
  // Accented letters outside Latin-1 (ş, ă, Ž) still read fine without the accent.
  const bare = char.normalize('NFD').replace(/\p{M}/gu, '')
  if (bare !== '' && [...bare].every(isPrintableReceiptChar)) return bare
  return '?'
}

/**
 * Rewrites free text (product names, store lines) into characters every supported code page
 * prints one column wide, so that counting characters equals counting printed columns and the
 * on-screen preview shows exactly what the paper will.
 */
export function toPrintableReceiptText(text: string): string {
  let printable = ''
  for (const char of text.normalize('NFC')) {
    printable += isPrintableReceiptChar(char) ? char : substituteFor(char)
  }
  return printable
}
