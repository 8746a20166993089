export type CodePage = 'pc858' | 'wpc1252'

/** The `n` of ESC t n on Epson and the common Xprinter-class clones. */
export const codePageNumbers: Readonly<Record<CodePage, number>> = { pc858: 19, wpc1252: 16 }

const UNDEFINED_SLOT = '\u0000'

// Bytes 0x80..0xFF, sixteen per row. Written out rather than derived from a platform decoder
// because the printer's ROM is the reference, and TextDecoder has no PC858 at all.
const upperHalves: Readonly<Record<CodePage, readonly string[]>> = {
  pc858: [
    'ÇüéâäàåçêëèïîìÄÅ', // 0x80
    'ÉæÆôöòûùÿÖÜø£Ø×ƒ', // 0x90
    'áíóúñÑªº¿®¬½¼¡«»', // 0xA0
    '░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐', // 0xB0
    '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤', // 0xC0
    'ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀', // 0xD0: 0xD5 is € where PC850 had dotless i
    'ÓßÔÒõÕµþÞÚÛÙýÝ¯´', // 0xE0
    '\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0', // 0xF0
  ],
  wpc1252: [
    `€${UNDEFINED_SLOT}‚ƒ„…†‡ˆ‰Š‹Œ${UNDEFINED_SLOT}Ž${UNDEFINED_SLOT}`, // 0x80
    `${UNDEFINED_SLOT}‘’“”•–—˜™š›œ${UNDEFINED_SLOT}žŸ`, // 0x90
    '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯', // 0xA0
    '°±²³´µ¶·¸¹º»¼½¾¿', // 0xB0
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ', // 0xC0
    'ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß', // 0xD0
    'àáâãäåæçèéêëìíîï', // 0xE0
    'ðñòóôõö÷øùúûüýþÿ', // 0xF0
  ],
}

// U+00A0 is deliberately left out of both tables: some printers draw their no-break-space slot
// as a visible glyph, and an amount like `Rp 15.000` must print with a plain 0x20.
const neverFromTable = new Set(['\u00A0', UNDEFINED_SLOT])

function buildEncodeTable(codePage: CodePage): ReadonlyMap<string, number> {
  const table = new Map<string, number>()
  const rows = upperHalves[codePage]
  if (rows.length !== 8) throw new Error(`${codePage} table needs 8 rows`)
  rows.forEach((row, rowIndex) => {
    const chars = [...row]
    if (chars.length !== 16)
      throw new Error(`${codePage} row ${rowIndex} has ${chars.length} chars`)
    chars.forEach((char, column) => {
      if (!neverFromTable.has(char)) table.set(char, 0x80 + rowIndex * 16 + column)
    })
  })
  return table
}

const encodeTables: Readonly<Record<CodePage, ReadonlyMap<string, number>>> = {
  pc858: buildEncodeTable('pc858'),
  wpc1252: buildEncodeTable('wpc1252'),
}

// Stand-ins for characters a code page lacks. Each is ONE character so the printed width of
// a line never differs from the width the layout measured.
const singleCharFallbacks: ReadonlyMap<string, string> = new Map([
  ['\u00A0', ' '],
  ['\u2007', ' '],
  ['\u2009', ' '],
  ['\u202F', ' '],
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201A', "'"],
  ['\u201C', '"'],
  ['\u201D', '"'],
  ['\u201E', '"'],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2013', '-'],
  ['\u2014', '-'],
  ['\u2212', '-'],
  ['\u2022', '*'],
  ['\u2026', '.'],
])

const QUESTION_MARK = 0x3f

const isPrintableAscii = (code: number): boolean => code >= 0x20 && code <= 0x7e

function byteFor(char: string, table: ReadonlyMap<string, number>): number {
  const code = char.codePointAt(0) ?? QUESTION_MARK
  if (isPrintableAscii(code)) return code
  const direct = table.get(char)
  if (direct !== undefined) return direct
  const fallback = singleCharFallbacks.get(char)
  if (fallback !== undefined) return byteFor(fallback, table)
  // Control characters land here too, so text can never smuggle an ESC or LF into the stream.
  return QUESTION_MARK
}

/** One byte per character: printable in `codePage`, a close stand-in, or `?`. */
export function encodeText(text: string, codePage: CodePage): Uint8Array {
  const table = encodeTables[codePage]
  const chars = [...text.normalize('NFC')]
  return Uint8Array.from(chars, (char) => byteFor(char, table))
}
