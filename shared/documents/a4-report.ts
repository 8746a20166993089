/**
 * An official A4 document (Laporan Hasil Kerja, Berita Acara stock opname, report exports):
 * the store header, a title, facts, tables and signature lines. One model, rendered in main to
 * PDF (electron/documents/a4-report-pdf.ts) and, for the OS printer, to HTML with the A4 page
 * size asked of the driver (electron/documents/a4-report-html.ts) — never the renderer's own
 * print dialog, so the page is A4 and both outputs can be checked in tests.
 */
export interface A4ReportDocument {
  /** Store header lines: name, address… printed at the top of every page. */
  header: string[]
  title: string
  subtitle?: string
  /** Label/value facts under the title (period, location, number, person in charge…). */
  facts?: { label: string; value: string }[]
  sections: A4Section[]
  /** Signature blocks side by side at the end (role, name, optional id such as NIP). */
  signatures?: { role: string; name: string; id?: string }[]
  /** Place and date line above the signatures, e.g. "Kasongan, 27 November 2026". */
  placeAndDate?: string
  /** Footer on every page, e.g. "Dicetak 27/11/2026 22:40 oleh Admin". Page x/y is added. */
  footer?: string
  /**
   * Page number text with `{page}` and `{pages}` placeholders, e.g. "Halaman {page} dari
   * {pages}". Defaults to "{page}/{pages}".
   */
  pageLabel?: string
}

export type A4Section =
  | { kind: 'table'; heading?: string; table: A4Table }
  | { kind: 'text'; heading?: string; paragraphs: string[] }

export interface A4Table {
  columns: { title: string; align?: 'left' | 'right'; /** relative width */ width?: number }[]
  rows: string[][]
  /** Bold last row(s), e.g. totals. */
  totals?: string[][]
}
