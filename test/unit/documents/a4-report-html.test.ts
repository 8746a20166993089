import { describe, expect, it } from 'vitest'
import { A4_PAGE_MM, renderA4ReportHtml } from '../../../electron/documents/a4-report-html'
import type { A4ReportDocument } from '../../../shared/documents/a4-report'
import { parseHtml } from '../../helpers/parse-html'

const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent?.trim() ?? '')

const doc: A4ReportDocument = {
  header: ['Galeri Lapas Kasongan', 'Jl. Tjilik Riwut Km 5', 'Kasongan, Kalimantan Tengah'],
  title: 'Berita Acara Serah Terima',
  subtitle: 'Nomor 12/BA/XI/2026',
  facts: [
    { label: 'Tanggal', value: '27 November 2026' },
    { label: 'Penerima', value: 'Kiwi Crafts Ltd' },
  ],
  sections: [
    {
      kind: 'table',
      heading: 'Barang',
      table: {
        columns: [
          { title: 'No', align: 'right', width: 0.5 },
          { title: 'Uraian', width: 3 },
          { title: 'Jumlah', align: 'right', width: 1.5 },
        ],
        rows: [
          ['1', 'Gantungan Kunci Getah Nyatu', 'Rp 2.600.000'],
          ['2', 'Tas Rotan', 'Rp 450.000'],
        ],
        totals: [['', 'Total', 'Rp 3.050.000']],
      },
    },
    { kind: 'text', heading: 'Catatan', paragraphs: ['Negara asal: Indonesia', 'Baris kedua'] },
  ],
  placeAndDate: 'Kasongan, 27 November 2026',
  signatures: [
    { role: 'Yang menyerahkan', name: 'Admin' },
    { role: 'Mengetahui,\nKasubsi Bimker', name: 'Budi Santoso', id: 'NIP 19800101' },
  ],
  footer: 'Dicetak 27/11/2026 10:00 oleh Admin',
  pageLabel: 'Halaman {page} dari {pages}',
}

describe('A4 report as HTML for an OS printer', () => {
  it('is an A4 sheet (210 × 297 mm) with no driver margin and room kept around the text', () => {
    expect(A4_PAGE_MM).toEqual({ widthMm: 210, heightMm: 297 })
    const html = renderA4ReportHtml(doc)
    expect(html).toContain('@page{size:210mm 297mm;margin:0}')
    // Left and right on every page; top and bottom in the head and foot repeated on each page.
    expect(html).toMatch(/body\{[^}]*padding:0 15mm 0 15mm/)
    expect(html).toMatch(/\.top\{padding-top:12mm/)
    expect(html).toMatch(/\.bottom\{padding-bottom:10mm/)
    expect(html).not.toMatch(/<script|<link|src=|url\(/i)
  })

  it('holds every part of the model, in order, in the right places', () => {
    const page = parseHtml(renderA4ReportHtml(doc))
    expect(page.title).toBe('Berita Acara Serah Terima')
    // The store header and footer sit in the repeated head and foot of the sheet.
    expect(texts(page.querySelectorAll('table.sheet > thead .store > div'))).toEqual(doc.header)
    expect(page.querySelector('table.sheet > tfoot')?.textContent).toBe(doc.footer)
    expect(page.querySelector('h1')?.textContent).toBe(doc.title)
    expect(page.querySelector('.subtitle')?.textContent).toBe(doc.subtitle)
    const facts = [...page.querySelectorAll('table.facts tr')].map((row) =>
      texts(row.querySelectorAll('td')),
    )
    expect(facts).toEqual([
      ['Tanggal', ':', '27 November 2026'],
      ['Penerima', ':', 'Kiwi Crafts Ltd'],
    ])
    expect(texts(page.querySelectorAll('h2'))).toEqual(['Barang', 'Catatan'])
    const table = page.querySelector('table.data')!
    expect(texts(table.querySelectorAll('th'))).toEqual(['No', 'Uraian', 'Jumlah'])
    const rows = [...table.querySelectorAll(':scope > tbody > tr')].map((r) =>
      texts(r.querySelectorAll('td')),
    )
    expect(rows).toEqual([
      ['1', 'Gantungan Kunci Getah Nyatu', 'Rp 2.600.000'],
      ['2', 'Tas Rotan', 'Rp 450.000'],
      ['', 'Total', 'Rp 3.050.000'],
    ])
    expect(table.querySelectorAll('tr.total')).toHaveLength(1)
    // Relative widths become shares of the line; amounts are right-aligned.
    const widths = [...table.querySelectorAll('col')].map((c) => c.getAttribute('style'))
    expect(widths).toEqual(['width:10%', 'width:60%', 'width:30%'])
    expect(table.querySelectorAll('td.right')).toHaveLength(6)
    expect(texts(page.querySelectorAll('section.text p'))).toEqual([
      'Negara asal: Indonesia',
      'Baris kedua',
    ])
    expect(page.querySelector('.place')?.textContent).toBe('Kasongan, 27 November 2026')
    const signatures = [...page.querySelectorAll('.signature')]
    expect(signatures).toHaveLength(2)
    expect(signatures[1]?.querySelector('.role')?.innerHTML).toBe('Mengetahui,<br>Kasubsi Bimker')
    expect(signatures[1]?.querySelector('.name')?.textContent).toBe('Budi Santoso')
    expect(signatures[1]?.querySelector('.id')?.textContent).toBe('NIP 19800101')
  })

  it('prints markup typed into any field as text, never as markup', () => {
    const evil = `<img src=x onerror="alert(1)"><script>alert('x')</script>&amp;"'`
    const page = parseHtml(
      renderA4ReportHtml({
        header: [evil],
        title: evil,
        subtitle: evil,
        facts: [{ label: evil, value: evil }],
        sections: [
          {
            kind: 'table',
            heading: evil,
            table: { columns: [{ title: evil }], rows: [[evil]], totals: [[evil]] },
          },
          { kind: 'text', heading: evil, paragraphs: [evil] },
        ],
        placeAndDate: evil,
        signatures: [{ role: evil, name: evil, id: evil }],
        footer: evil,
      }),
    )
    expect(page.querySelectorAll('img, script')).toHaveLength(0)
    expect(page.querySelectorAll('[onerror]')).toHaveLength(0)
    expect(page.title).toBe(evil)
    for (const selector of [
      '.store .name',
      'h1',
      '.subtitle',
      'table.facts td.label',
      'table.data th',
      'table.data td',
      'section.text p',
      '.place',
      '.signature .role',
      '.signature .name',
      '.signature .id',
      'table.sheet > tfoot .footer',
    ]) {
      expect(page.querySelector(selector)?.textContent, selector).toBe(evil)
    }
  })

  it('leaves out what the model does not have: no facts, headings, signatures or footer', () => {
    const page = parseHtml(
      renderA4ReportHtml({
        header: [],
        title: 'Daftar',
        sections: [
          {
            kind: 'table',
            table: { columns: [{ title: '' }, { title: '' }], rows: [['Kuitansi', 'KWT-1']] },
          },
        ],
      }),
    )
    expect(page.querySelector('.store, .facts, h2, .closing, .footer, .subtitle')).toBeNull()
    // Label/value tables have no header row.
    expect(page.querySelector('table.data thead')).toBeNull()
    expect(texts(page.querySelectorAll('table.data td'))).toEqual(['Kuitansi', 'KWT-1'])
  })
})
