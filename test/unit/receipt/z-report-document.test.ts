import { describe, expect, it } from 'vitest'
import type { ShiftTotals } from '../../../shared/shifts/shifts-dto'
import { renderReceiptText } from '../../../shared/receipt/receipt-text'
import { buildZReportDocument, type ZReportSource } from '../../../shared/receipt/z-report-document'

const totals: ShiftTotals = {
  salesCount: 123,
  grossSales: 98_765_000,
  discounts: 1_234_500,
  rounding: -300,
  netSales: 97_530_200,
  byMethod: [
    { methodName: 'Tunai', kind: 'cash', amount: 50_000_000 },
    {
      methodName: 'Transfer Bank Kalteng (rekening bendahara penerimaan)',
      kind: 'noncash',
      amount: 47_530_200,
    },
  ],
  voids: { count: 12, amount: 1_500_000 },
  refunds: { count: 3, amount: 450_000, cash: 1_950_000 },
  removedLines: 7,
  drawerOpens: 2,
  cashIn: 500_000,
  cashOut: 125_000,
  openingFloat: 1_000_000,
  cashSales: 50_000_000,
  expectedCash: 49_425_000,
}

const source: ZReportSource = {
  store: { name: 'Galeri Lapas Narkotika Kelas IIA Kasongan', address: ['Jl. Tjilik Riwut Km 5'] },
  zNo: 1234,
  tillCode: 'PMR1',
  locationName: 'Pameran Kalteng Expo — Palangka Raya',
  openedBy: 'Budi Santoso Wibisono Hadiningrat',
  openedAtIso: '2026-11-27T01:00:00.000Z',
  closedBy: 'Sari Wulandari',
  closedAtIso: '2026-11-27T10:00:00.000Z',
  forced: true,
  totals,
  countedCash: 49_500_000,
  expectedCash: 49_425_000,
  variance: 75_000,
  note: 'Uang lebih dari pembeli yang tidak mau menerima kembalian; disetor bersama takings hari ini.',
  denominations: { '100000': 400, '50000': 189, '500': 0 },
  printedAtIso: '2026-11-27T10:05:00.000Z',
  copyNo: 2,
}

describe('Z report layout', () => {
  for (const columns of [32, 48] as const) {
    for (const locale of ['id', 'en'] as const) {
      it(`never runs past ${columns} columns (${locale})`, () => {
        const doc = buildZReportDocument(source, { columns, locale })
        const lines = renderReceiptText(doc)
        for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns)
        expect(doc.blocks.at(-1)).toEqual({ kind: 'cut' })
      })
    }
  }

  it('shows the banners, the over-count and the denominations counted', () => {
    const lines = renderReceiptText(buildZReportDocument(source, { columns: 48, locale: 'id' }))
    expect(lines).toContainEqual(expect.stringMatching(/SALINAN \(cetak ke-3\)/))
    expect(lines).toContainEqual(expect.stringMatching(/DITUTUP PAKSA/))
    expect(lines).toContainEqual(expect.stringMatching(/^Selisih \(LEBIH\) +\+Rp 75\.000$/))
    expect(lines).toContainEqual(expect.stringMatching(/^400 x Rp 100\.000 +Rp 40\.000\.000$/))
    expect(lines.some((line) => line.startsWith('0 x'))).toBe(false)
    // Times print in WIB: 01:00 UTC is 08:00 in Kasongan.
    expect(lines).toContainEqual(expect.stringMatching(/^Dibuka +27\/11\/2026 08:00$/))
  })
})
