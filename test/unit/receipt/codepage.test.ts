import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codePageNumbers, encodeText } from '../../../electron/printing/escpos/codepage'
import type { CodePage } from '../../../electron/printing/escpos/codepage'
import { isPrintableReceiptChar } from '../../../shared/receipt/receipt-charset'
import { decodeEscPos } from '../../helpers/escpos-decoder'

const codePages: readonly CodePage[] = ['pc858', 'wpc1252']

/** Reads encoded text back through the independent decoder's own tables. */
function roundTrip(text: string, codePage: CodePage): string {
  const bytes = Uint8Array.from([
    0x1b,
    0x74,
    codePageNumbers[codePage],
    ...encodeText(text, codePage),
    0x0a,
  ])
  return decodeEscPos(bytes, { columns: 1_000 }).lines.join('\n')
}

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0))

describe('encodeText', () => {
  it('selects PC858 as ESC t 19 and WPC1252 as ESC t 16', () => {
    expect(codePageNumbers).toEqual({ pc858: 19, wpc1252: 16 })
  })

  it.each([
    ['pc858', [0x43, 0x61, 0x66, 0x82, 0x20, 0xa5, 0x20, 0x82, 0x20, 0x81]],
    ['wpc1252', [0x43, 0x61, 0x66, 0xe9, 0x20, 0xd1, 0x20, 0xe9, 0x20, 0xfc]],
  ] as const)('maps every char of "Café Ñ é ü" to one %s byte', (codePage, expected) => {
    expect([...encodeText('Café Ñ é ü', codePage)]).toEqual(expected)
    expect(roundTrip('Café Ñ é ü', codePage)).toBe('Café Ñ é ü')
  })

  it.each(codePages)('%s: Rp amounts are plain ASCII, even from Intl with U+00A0', (codePage) => {
    const intl = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR' })
      .format(15_000)
      .replace(/,00$/, '')
    expect([...encodeText('Rp 15.000', codePage)]).toEqual(ascii('Rp 15.000'))
    expect([...encodeText(intl, codePage)]).toEqual(ascii('Rp 15.000'))
  })

  it('straightens curly quotes and dashes on PC858, which has none', () => {
    expect(roundTrip('“Batik” ‘Dayak’ – Kalteng', 'pc858')).toBe('"Batik" \'Dayak\' - Kalteng')
  })

  it('keeps typographic quotes and the euro sign where WPC1252 has them', () => {
    expect([...encodeText('“€”', 'wpc1252')]).toEqual([0x93, 0x80, 0x94])
    expect([...encodeText('€', 'pc858')]).toEqual([0xd5])
  })

  it.each(codePages)('%s: unmappable characters and controls become one "?" each', (codePage) => {
    expect([...encodeText('漢😀\u001b\n\u0085', codePage)]).toEqual(ascii('?????'))
  })

  it.each(codePages)('%s: prints every character the receipt layout can produce', (codePage) => {
    const repertoire: string[] = []
    for (let code = 0x20; code <= 0xff; code++) {
      const char = String.fromCharCode(code)
      if (isPrintableReceiptChar(char)) repertoire.push(char)
    }
    repertoire.push('€')
    expect(repertoire.length).toBe(95 + 94 + 1)
    const text = repertoire.join('')
    expect(roundTrip(text, codePage)).toBe(text)
  })

  it.each(codePages)('%s: one byte per character and never a control byte', (codePage) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const bytes = encodeText(text, codePage)
        expect(bytes.length).toBe([...text.normalize('NFC')].length)
        for (const byte of bytes) expect(byte >= 0x20 && byte !== 0x7f).toBe(true)
      }),
    )
  })
})
