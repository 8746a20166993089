import { describe, expect, it } from 'vitest'
import { rgbaToBitmap } from '../../../electron/printing/escpos/bitmap'
import type { Bitmap } from '../../../electron/printing/escpos/bitmap'
import type { CodePage } from '../../../electron/printing/escpos/codepage'
import { encodeReceipt } from '../../../electron/printing/escpos/encode-receipt'
import type { EscPosReceiptOptions } from '../../../electron/printing/escpos/encode-receipt'
import type { ReceiptColumns, ReceiptDocument } from '../../../shared/receipt/receipt-blocks'
import { buildReceiptDocument } from '../../../shared/receipt/receipt-document'
import type { ReceiptSource } from '../../../shared/receipt/receipt-source'
import { renderReceiptText } from '../../../shared/receipt/receipt-text'
import { decodeEscPos } from '../../helpers/escpos-decoder'
import { allSources, bothWidths, RECEIPT_NO, smallSource } from './receipt-fixtures'

const codePages: readonly CodePage[] = ['pc858', 'wpc1252']

function print(
  src: ReceiptSource,
  columns: ReceiptColumns,
  options: Partial<EscPosReceiptOptions> = {},
) {
  const doc = buildReceiptDocument(src, { columns })
  const bytes = encodeReceipt(doc, {
    columns,
    codePage: 'pc858',
    cut: true,
    openDrawer: false,
    ...options,
  })
  return { doc, bytes, decoded: decodeEscPos(bytes, { columns }) }
}

function indexOfSequence(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let i = 0; i < needle.length; i++) if (haystack[start + i] !== needle[i]) continue outer
    return start
  }
  return -1
}

/** A 100 x 40 logo: a filled circle with a diagonal, so row and bit order both matter. */
function logoPixels(): { rgba: Uint8Array; width: number; height: number } {
  const width = 100
  const height = 40
  const rgba = new Uint8Array(width * height * 4).fill(255)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inCircle = (x - 30) ** 2 + (y - 20) ** 2 < 15 ** 2
      if (inCircle || x === y * 2) rgba.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3)
    }
  }
  return { rgba, width, height }
}

describe('encodeReceipt', () => {
  it('prints the small 58 mm receipt line for line', () => {
    const { decoded } = print(smallSource(), 32)
    expect(decoded.lines).toEqual([
      '     Galeri Lapas Kasongan',
      '     Jl. Tjilik Riwut Km 2',
      '       Kasongan, Katingan',
      '--------------------------------',
      'No. Struk   KSG1-20261127-000042',
      'Tanggal         27/11/2026 14:05',
      'Kasir                       Siti',
      'Lokasi                  Showroom',
      '--------------------------------',
      'Tas Anyaman Rotan',
      '1 x Rp 15.000          Rp 15.000',
      '--------------------------------',
      'TOTAL                  Rp 15.000',
      '--------------------------------',
      'Tunai                  Rp 20.000',
      'Kembali                 Rp 5.000',
      '--------------------------------',
      '   [QR KSG1-20261127-000042]',
      '          Terima kasih',
      '       Karya warga binaan',
    ])
  })

  it('prints TOTAL bold and double height, flush to both edges', () => {
    for (const columns of bothWidths) {
      const { decoded } = print(smallSource(), columns)
      const totalLine = decoded.lines.findIndex((line) => line.startsWith('TOTAL'))
      expect(decoded.lines[totalLine]).toBe(`TOTAL${' '.repeat(columns - 14)}Rp 15.000`)
      const before = decoded.events.filter((event) => event.atLine <= totalLine)
      expect(before.findLast((event) => event.type === 'bold')).toMatchObject({ on: true })
      expect(before.findLast((event) => event.type === 'size')).toMatchObject({
        height: 2,
        width: 1,
      })
    }
  })

  it('starts with ESC @ and the code page, and ends with a partial cut after the last line', () => {
    for (const codePage of codePages) {
      const { decoded } = print(smallSource(), 48, { codePage })
      expect(decoded.events.slice(0, 2)).toEqual([
        { type: 'init', atLine: 0 },
        { type: 'codepage', page: codePage === 'pc858' ? 19 : 16, atLine: 0 },
      ])
      expect(decoded.events.at(-1)).toEqual({
        type: 'cut',
        partial: true,
        feedUnits: 0,
        atLine: decoded.lines.length,
      })
      expect(decoded.events.filter((event) => event.type === 'cut')).toHaveLength(1)
    }
  })

  it('feeds past the tear bar instead of cutting when the printer has no cutter', () => {
    const { decoded } = print(smallSource(), 32, { cut: false })
    expect(decoded.events.some((event) => event.type === 'cut')).toBe(false)
    expect(decoded.events.at(-1)).toMatchObject({ type: 'feed', lines: 4 })
  })

  it('kicks the cash drawer only when asked', () => {
    expect(print(smallSource(), 32).decoded.events.some((e) => e.type === 'drawer')).toBe(false)
    const { decoded } = print(smallSource(), 32, { openDrawer: true })
    expect(decoded.events.filter((event) => event.type === 'drawer')).toEqual([
      { type: 'drawer', pin: 2, onMs: 50, offMs: 500, atLine: 0 },
    ])
  })

  describe.each(codePages)('%s', (codePage) => {
    describe.each(bothWidths)('%i columns', (columns) => {
      it.each(allSources)('%s: the preview matches the paper line for line', (_, src) => {
        const { doc, decoded } = print(src, columns, { codePage })
        expect(decoded.lines).toEqual(renderReceiptText(doc))
      })

      it.each(allSources)('%s: no line is wider than the paper', (_, src) => {
        for (const line of print(src, columns, { codePage }).decoded.lines) {
          expect([...line].length, line).toBeLessThanOrEqual(columns)
        }
      })

      it.each(allSources)('%s: the QR carries the receipt number', (_, src) => {
        const { decoded } = print(src, columns, { codePage })
        expect(decoded.qrData).toEqual([RECEIPT_NO])
        expect(decoded.events.find((event) => event.type === 'qr')).toMatchObject({
          model: 2,
          errorLevel: 'M',
        })
      })
    })
  })

  it.each(codePages)('%s: writes Rp amounts with 0x20 and no stray 0xA0/0xFF', (codePage) => {
    const { bytes } = print(smallSource(), 32, { codePage })
    expect(
      indexOfSequence(bytes, [0x52, 0x70, 0x20, 0x31, 0x35, 0x2e, 0x30, 0x30, 0x30]),
    ).toBeGreaterThan(0)
    expect(bytes.includes(0xa0)).toBe(false)
    expect(bytes.includes(0xff)).toBe(false)
  })

  it.each(codePages)(
    '%s: a raw U+00A0 in a hand-made document still prints as 0x20',
    (codePage) => {
      const doc: ReceiptDocument = {
        columns: 32,
        blocks: [{ kind: 'text', text: 'Rp\u00A015.000 \u201Cok\u201D', align: 'right' }],
      }
      const bytes = encodeReceipt(doc, { columns: 32, codePage, cut: false, openDrawer: false })
      expect(bytes.includes(0xa0)).toBe(false)
      expect(bytes.includes(0xff)).toBe(false)
      const [line] = decodeEscPos(bytes, { columns: 32 }).lines
      expect(line?.trimStart().startsWith('Rp 15.000 ')).toBe(true)
    },
  )

  it('keeps control characters in data from breaking out of the text', () => {
    const doc: ReceiptDocument = {
      columns: 32,
      blocks: [{ kind: 'text', text: 'Tas\u001b@\nRotan', align: 'left' }],
    }
    const bytes = encodeReceipt(doc, {
      columns: 32,
      codePage: 'pc858',
      cut: false,
      openDrawer: false,
    })
    expect(decodeEscPos(bytes, { columns: 32 }).lines).toEqual(['Tas?@?Rotan'])
  })

  it('prints accented names in either code page', () => {
    const src: ReceiptSource = {
      ...smallSource(),
      lines: [{ name: 'Café Ñ é ü', qty: 1, unitPrice: 15_000, discount: 0, lineTotal: 15_000 }],
    }
    for (const codePage of codePages) {
      expect(print(src, 32, { codePage }).decoded.lines).toContain('Café Ñ é ü')
    }
  })

  it('prints the logo centred first and reads back the same bitmap', () => {
    const { rgba, width, height } = logoPixels()
    const logo: Bitmap = rgbaToBitmap(rgba, width, height)
    expect(logo.width).toBe(104)
    const { decoded } = print(smallSource(), 32, { logo })
    expect(decoded.rasters).toEqual([logo])
    const rasterAt = decoded.events.findIndex((event) => event.type === 'raster')
    expect(decoded.events[rasterAt]).toEqual({ type: 'raster', width: 104, height: 40, atLine: 0 })
    expect(decoded.events.slice(0, rasterAt).findLast((e) => e.type === 'align')).toMatchObject({
      align: 'center',
    })
  })

  it('refuses a logo wider than the paper and a document for another width', () => {
    const wide: Bitmap = { width: 392, height: 1, data: new Uint8Array(49) }
    expect(() => print(smallSource(), 32, { logo: wide })).toThrow(RangeError)
    expect(() => print(smallSource(), 48, { logo: wide })).not.toThrow()
    const doc = buildReceiptDocument(smallSource(), { columns: 48 })
    expect(() =>
      encodeReceipt(doc, { columns: 32, codePage: 'pc858', cut: true, openDrawer: false }),
    ).toThrow(RangeError)
  })
})
