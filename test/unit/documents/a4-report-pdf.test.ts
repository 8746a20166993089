import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { fitColumnWidths, renderA4ReportPdf } from '../../../electron/documents/a4-report-pdf'
import type { A4ReportDocument } from '../../../shared/documents/a4-report'
import { stockPrintLabels } from '../../../shared/stock/stock-print-labels'

const header = ['LAPAS NARKOTIKA KELAS IIA KASONGAN', 'Jl. Tjilik Riwut Km 3, Kasongan']

function longDocument(rows: number): A4ReportDocument {
  return {
    header,
    title: 'Laporan Hasil Kerja',
    subtitle: 'November 2026',
    facts: [
      { label: 'Periode', value: '1–30 November 2026' },
      { label: 'Lokasi', value: 'Galeri — Showroom' },
    ],
    sections: [
      {
        kind: 'table',
        heading: 'Penjualan per produk',
        table: {
          columns: [
            { title: 'Produk', width: 3 },
            { title: 'Qty', align: 'right' },
            { title: 'Penjualan', align: 'right', width: 1.5 },
          ],
          rows: Array.from({ length: rows }, (_, i) => [
            i === 5
              ? 'Gantungan kunci getah nyatu motif burung enggang dengan ukiran yang sangat panjang sekali sehingga harus dibungkus ke beberapa baris'
              : `Produk ${i + 1}`,
            String(i + 1),
            `Rp ${(i + 1) * 1000}`,
          ]),
          totals: [['Jumlah', String((rows * (rows + 1)) / 2), 'Rp 999.999']],
        },
      },
      { kind: 'text', heading: 'Catatan', paragraphs: ['Semua angka dalam Rupiah.'] },
    ],
    placeAndDate: 'Kasongan, 30 November 2026',
    signatures: [
      {
        role: 'Mengetahui, Kasubsi Bimker',
        name: 'Budi Santoso',
        id: 'NIP. 19800101 200501 1 001',
      },
      { role: 'Petugas Galeri', name: 'Siti Aminah' },
    ],
    footer: 'Dicetak 30/11/2026 17:00 oleh Admin',
    pageLabel: 'Halaman {page} dari {pages}',
  }
}

async function decode(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const { text } = await extractText(pdf, { mergePages: false })
  return { pdf, pages: text }
}

describe('renderA4ReportPdf', () => {
  it('renders an A4 portrait page with header, title, facts, table, signatures and footer', async () => {
    const { pdf, pages } = await decode(await renderA4ReportPdf(longDocument(5)))
    expect(pdf.numPages).toBe(1)
    const page = await pdf.getPage(1)
    const [x0, y0, x1, y1] = page.view
    expect(x1! - x0!).toBeCloseTo(595.28, 1)
    expect(y1! - y0!).toBeCloseTo(841.89, 1)
    const text = pages[0]!
    for (const expected of [
      'LAPAS NARKOTIKA KELAS IIA KASONGAN',
      'Laporan Hasil Kerja',
      'November 2026',
      'Periode',
      'Produk 3',
      'Jumlah',
      'Rp 999.999',
      'Kasongan, 30 November 2026',
      'Budi Santoso',
      'NIP. 19800101 200501 1 001',
      'Siti Aminah',
      'Dicetak 30/11/2026 17:00 oleh Admin',
      'Halaman 1 dari 1',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('breaks a long table over pages, repeating the store header and the table header', async () => {
    const { pdf, pages } = await decode(await renderA4ReportPdf(longDocument(150)))
    expect(pdf.numPages).toBeGreaterThanOrEqual(3)
    pages.forEach((text, index) => {
      expect(text).toContain('LAPAS NARKOTIKA KELAS IIA KASONGAN')
      expect(text).toContain(`Halaman ${index + 1} dari ${pages.length}`)
    })
    // Every page that carries table rows starts them under a repeated header row.
    const withRows = pages.filter((text) => /Produk \d+/.test(text))
    expect(withRows.length).toBeGreaterThanOrEqual(2)
    for (const text of withRows) {
      expect(text).toMatch(/Produk\s+Qty\s+Penjualan/)
    }
    const all = pages.join('\n')
    for (let i = 1; i <= 150; i++) {
      if (i !== 6) expect(all).toMatch(new RegExp(`Produk ${i}\\b`))
    }
    // The long cell wraps instead of running off the page.
    expect(all).toContain('enggang')
    expect(all).toContain('beberapa baris')
    // The totals come after the last row; the signatures after the totals.
    expect(all.indexOf('Jumlah')).toBeGreaterThan(all.indexOf('Produk 150'))
    expect(all.indexOf('Siti Aminah')).toBeGreaterThan(all.indexOf('Jumlah'))
  })

  it('maps characters outside WinAnsi instead of throwing', async () => {
    const doc: A4ReportDocument = {
      header: ['Galeri ✓ Kasongan'],
      title: 'Uji → karakter ≥ 1 — “kutip” café',
      facts: [{ label: 'Harga', value: 'Rp\u00a015.000 · Rp\u202f2.000 · 漢字 · ğ' }],
      sections: [{ kind: 'table', table: { columns: [{ title: 'A' }], rows: [['x\ny']] } }],
    }
    const { pages } = await decode(await renderA4ReportPdf(doc))
    const text = pages[0]!
    expect(text).toContain('Uji -> karakter >= 1')
    expect(text).toContain('café')
    expect(text).toContain('Rp 15.000')
    expect(text).toContain('Rp 2.000')
    expect(text).toContain('??')
    expect(text).toContain('g')
    expect(text).toContain('1/1')
  })

  it('never leaves the signatures alone on a page, whatever the length before them', async () => {
    // Every length from one page to two: at some of them the signatures once fell alone onto
    // the next page. Both endings: a last table (its totals move along) and a last paragraph.
    for (const endsWithText of [false, true]) {
      for (let rows = 30; rows <= 75; rows++) {
        const doc = longDocument(rows)
        if (!endsWithText) doc.sections = doc.sections.slice(0, 1)
        const { pages } = await decode(await renderA4ReportPdf(doc))
        const signed = pages.find((text) => text.includes('Siti Aminah'))!
        const carried = endsWithText ? 'Semua angka dalam Rupiah.' : 'Rp 999.999'
        expect(signed, `${rows} rows, text last: ${endsWithText}`).toContain(carried)
      }
    }
  })

  it('keeps column titles whole: the exhibition report prints "Kembali", not "Kembal-i"', async () => {
    const L = stockPrintLabels.id
    const narrow = (title: string, width = 0.8) => ({ title, align: 'right' as const, width })
    const doc: A4ReportDocument = {
      header,
      title: L.exhibitionReport,
      sections: [
        {
          kind: 'table',
          table: {
            columns: [
              { title: L.product, width: 3 },
              narrow(L.sent),
              narrow(L.sold),
              narrow(L.soldAmount, 1.5),
              narrow(L.returned),
              narrow(L.damaged),
              narrow(L.missing),
              narrow(L.remaining),
              narrow(L.variance),
              narrow(L.varianceAmount, 1.5),
            ],
            rows: [['Gantungan Kunci Getah Nyatu Enggang (GN-001)', ...Array(9).fill('1')]],
          },
        },
      ],
    }
    const { pages } = await decode(await renderA4ReportPdf(doc))
    for (const word of [L.returned, L.damaged, L.remaining, L.variance, L.soldAmount]) {
      expect(pages[0]).toMatch(new RegExp(`\\b${word}\\b`))
    }
    expect(fitColumnWidths([100, 20, 20], [10, 30, 25]).map(Math.round)).toEqual([85, 30, 25])
    expect(fitColumnWidths([50, 50], [60, 60])).toEqual([50, 50])
  })

  it('is deterministic for the same document', async () => {
    const a = await renderA4ReportPdf(longDocument(20))
    const b = await renderA4ReportPdf(longDocument(20))
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })
})
