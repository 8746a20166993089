import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ReceiptDocument, ReceiptTextBlock } from '../../../shared/receipt/receipt-blocks'
import { isPrintableReceiptChar } from '../../../shared/receipt/receipt-charset'
import { buildReceiptDocument } from '../../../shared/receipt/receipt-document'
import type { ReceiptSource } from '../../../shared/receipt/receipt-source'
import { renderReceiptText } from '../../../shared/receipt/receipt-text'
import {
  allSources,
  bilingual,
  bothWidths,
  busySource,
  LONG_NAME,
  RECEIPT_NO,
  reprinted,
  smallSource,
  voided,
} from './receipt-fixtures'

const textBlocks = (doc: ReceiptDocument): ReceiptTextBlock[] =>
  doc.blocks.filter((block): block is ReceiptTextBlock => block.kind === 'text')

const texts = (doc: ReceiptDocument): string[] => textBlocks(doc).map((block) => block.text)

describe('fixtures', () => {
  it.each(allSources)('%s adds up like a real sale', (_, src) => {
    for (const line of src.lines)
      expect(line.qty * line.unitPrice - line.discount).toBe(line.lineTotal)
    expect(src.lines.reduce((sum, line) => sum + line.lineTotal, 0)).toBe(src.subtotal)
    expect(src.subtotal - src.cartDiscount + src.rounding).toBe(src.total)
    expect(src.tenders.reduce((sum, tender) => sum + tender.amount, 0) - src.change).toBe(src.total)
  })
})

describe('buildReceiptDocument', () => {
  describe.each(bothWidths)('%i columns', (columns) => {
    it.each(allSources)('%s: every text block fits the paper and is printable', (_, src) => {
      const doc = buildReceiptDocument(src, { columns })
      expect(doc.columns).toBe(columns)
      for (const block of textBlocks(doc)) {
        expect([...block.text].length, block.text).toBeLessThanOrEqual(columns)
        for (const char of block.text) expect(isPrintableReceiptChar(char), char).toBe(true)
      }
    })

    it.each(allSources)('%s: ends in a cut with the receipt number as QR', (_, src) => {
      const { blocks } = buildReceiptDocument(src, { columns })
      expect(blocks.at(-1)).toEqual({ kind: 'cut' })
      expect(blocks.filter((block) => block.kind === 'qr')).toEqual([
        { kind: 'qr', data: RECEIPT_NO },
      ])
    })
  })

  it('lays out a small 58 mm receipt line for line', () => {
    const doc = buildReceiptDocument(smallSource(), { columns: 32 })
    expect(renderReceiptText(doc)).toEqual([
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

  it('styles the store name and the total to stand out', () => {
    const blocks = textBlocks(buildReceiptDocument(smallSource(), { columns: 48 }))
    expect(blocks[0]).toEqual({
      kind: 'text',
      text: 'Galeri Lapas Kasongan',
      align: 'center',
      bold: true,
      size: 'double',
    })
    const total = blocks.find((block) => block.text.startsWith('TOTAL'))
    expect(total).toEqual({
      kind: 'text',
      text: `TOTAL${' '.repeat(34)}Rp 15.000`,
      align: 'left',
      bold: true,
      size: 'double',
    })
  })

  it('wraps a long product name on word boundaries, then prints qty x price and the total', () => {
    const src: ReceiptSource = {
      ...smallSource(),
      lines: [{ name: LONG_NAME, qty: 2, unitPrice: 35_000, discount: 0, lineTotal: 70_000 }],
    }
    const lines = texts(buildReceiptDocument(src, { columns: 32 }))
    const first = lines.indexOf('Gantungan Kunci Getah Nyatu')
    expect(lines.slice(first, first + 4)).toEqual([
      'Gantungan Kunci Getah Nyatu',
      'Motif Burung Enggang Ukuran',
      'Besar',
      '2 x Rp 35.000          Rp 70.000',
    ])
  })

  it('shows line discounts with their reason, and the cart discount and rounding', () => {
    const promo: ReceiptSource = {
      ...smallSource(),
      lines: [
        {
          name: 'Tas Anyaman Rotan',
          qty: 1,
          unitPrice: 15_000,
          discount: 2_000,
          lineTotal: 13_000,
          discountReason: 'Promo Hari Karya',
        },
      ],
    }
    expect(texts(buildReceiptDocument(promo, { columns: 48 }))).toContain(
      `  Diskon (Promo Hari Karya)${' '.repeat(12)}-Rp 2.000`,
    )
    expect(texts(buildReceiptDocument(promo, { columns: 32 }))).toEqual(
      expect.arrayContaining(['  Diskon               -Rp 2.000', '    (Promo Hari Karya)']),
    )

    // Subtotal is before every discount: 2.507.250 after lines + 19.000 of line discounts;
    // Diskon is all of them (19.000 + 10.000 off the cart); Subtotal − Diskon + Pembulatan = TOTAL.
    const lines48 = texts(buildReceiptDocument(busySource(), { columns: 48 }))
    expect(lines48).toContain(`Subtotal${' '.repeat(28)}Rp 2.526.250`)
    expect(lines48).toContain(`Diskon${' '.repeat(32)}-Rp 29.000`)
    expect(lines48).toContain(`Pembulatan${' '.repeat(31)}-Rp 250`)
    expect(lines48).toContain(`TOTAL${' '.repeat(31)}Rp 2.497.000`)

    const lines32 = texts(buildReceiptDocument(busySource(), { columns: 32 }))
    const discount = lines32.indexOf('  Diskon               -Rp 1.000')
    expect(lines32.slice(discount + 1, discount + 3)).toEqual([
      '    (Promo Hari Karya Warga',
      '    Binaan)',
    ])
  })

  it('lists split tenders with the QRIS reference and the change', () => {
    const lines = texts(buildReceiptDocument(busySource(), { columns: 48 }))
    const tunai = lines.indexOf(`Tunai${' '.repeat(31)}Rp 2.400.000`)
    expect(tunai).toBeGreaterThan(0)
    expect(lines.slice(tunai + 1, tunai + 4)).toEqual([
      `QRIS${' '.repeat(34)}Rp 100.000`,
      '  Ref: RRN 632915004417 / BPD Kalteng',
      `Kembali${' '.repeat(33)}Rp 3.000`,
    ])
  })

  it('uses Indonesian / English labels when bilingual, shortening them when too wide', () => {
    const lines48 = texts(buildReceiptDocument(bilingual(busySource()), { columns: 48 }))
    expect(lines48).toContain(`Kembali / Change${' '.repeat(24)}Rp 3.000`)
    expect(lines48).toContain(`No. Struk / Receipt No.${' '.repeat(5)}${RECEIPT_NO}`)
    expect(lines48).toContain(`Pembulatan / Rounding${' '.repeat(20)}-Rp 250`)

    const lines32 = texts(buildReceiptDocument(bilingual(busySource()), { columns: 32 }))
    expect(lines32).toContain(`No. Struk   ${RECEIPT_NO}`)
    expect(lines32).toContain(`Kembali / Change        Rp 3.000`)
  })

  it('marks a reprint with SALINAN / COPY and which printing it is', () => {
    const lines = texts(buildReceiptDocument(reprinted(smallSource(), 1), { columns: 32 }))
    expect(lines).toContain('SALINAN / COPY (cetak ke-2)')
    expect(texts(buildReceiptDocument(smallSource(), { columns: 32 })).join('\n')).not.toMatch(
      /SALINAN/,
    )
  })

  it('marks a voided sale at the top and again above the QR', () => {
    const doc = buildReceiptDocument(voided(smallSource()), { columns: 32 })
    const banners = doc.blocks.flatMap((block, index) =>
      block.kind === 'text' && block.text === 'DIBATALKAN / VOID' ? [index] : [],
    )
    expect(banners).toHaveLength(2)
    const qrIndex = doc.blocks.findIndex((block) => block.kind === 'qr')
    expect(banners[0]).toBeLessThan(5)
    expect(banners[1]).toBe(qrIndex - 1)
  })

  it('never puts a no-break space in an amount', () => {
    for (const [, src] of allSources) {
      for (const columns of bothWidths) {
        for (const text of texts(buildReceiptDocument(src, { columns }))) {
          expect(text).not.toContain('\u00A0')
        }
      }
    }
  })

  it('keeps any sale within the paper, whatever the names and amounts', () => {
    const name = fc.string({ unit: 'binary', maxLength: 80 })
    const amount = fc.integer({ min: -9_999_999_999, max: 99_999_999_999 })
    const source = fc.record({
      storeName: name,
      itemName: name,
      reason: fc.option(name, { nil: undefined }),
      reference: fc.option(name, { nil: undefined }),
      qty: fc.integer({ min: 1, max: 100_000 }),
      unitPrice: fc.integer({ min: 0, max: 999_999_999 }),
      amount,
      bilingual: fc.boolean(),
      columns: fc.constantFrom(...bothWidths),
    })
    fc.assert(
      fc.property(source, (drawn) => {
        const src: ReceiptSource = {
          ...smallSource(),
          store: { name: drawn.storeName, address: [drawn.itemName], footer: [drawn.storeName] },
          cashierName: drawn.itemName,
          locationName: drawn.storeName,
          lines: [
            {
              name: drawn.itemName,
              qty: drawn.qty,
              unitPrice: drawn.unitPrice,
              discount: drawn.amount,
              lineTotal: drawn.amount,
              ...(drawn.reason === undefined ? {} : { discountReason: drawn.reason }),
            },
          ],
          subtotal: drawn.amount,
          cartDiscount: drawn.amount,
          rounding: drawn.amount,
          total: drawn.amount,
          tenders: [
            {
              methodName: drawn.itemName,
              amount: drawn.amount,
              isCash: true,
              ...(drawn.reference === undefined ? {} : { reference: drawn.reference }),
            },
          ],
          change: drawn.amount,
          bilingual: drawn.bilingual,
        }
        for (const text of texts(buildReceiptDocument(src, { columns: drawn.columns }))) {
          expect([...text].length).toBeLessThanOrEqual(drawn.columns)
        }
      }),
    )
  })
})
