import ExcelJS from 'exceljs'
import type { A4ReportDocument } from '../../../shared/documents/a4-report'
import { fileMimes, type FilePayload } from '../../../shared/documents/file-payload'
import { formatRupiah } from '../../../shared/money'
import { renderA4ReportPdf } from '../../documents/a4-report-pdf'
import { defuseFormula } from '../core/csv-formula-guard'

/**
 * A report as tables, independent of the file format. Cells hold raw values: numbers stay
 * numbers in XLSX and CSV (no thousand separators) and are formatted only for the PDF.
 */
export type CellKind = 'text' | 'money' | 'int' | 'percent'
export type Cell = string | number | null

export interface ExportColumn {
  title: string
  kind: CellKind
  /** Relative width in the PDF. */
  width?: number
}

export interface ExportTable {
  title: string
  columns: ExportColumn[]
  rows: Cell[][]
  totals?: Cell[][]
}

export interface ExportDocument {
  /** File name without extension (letters, digits, dashes). */
  basename: string
  title: string
  subtitle?: string
  facts: { label: string; value: string }[]
  tables: ExportTable[]
  /** For official reports: the store header, signature blocks and print line on the PDF. */
  pdf: Pick<A4ReportDocument, 'header' | 'signatures' | 'placeAndDate' | 'footer' | 'pageLabel'>
}

export async function renderExport(
  doc: ExportDocument,
  format: 'xlsx' | 'csv' | 'pdf',
): Promise<FilePayload> {
  if (format === 'csv') {
    return {
      filename: `${doc.basename}.csv`,
      mime: fileMimes.csv,
      base64: Buffer.from(toCsv(doc), 'utf8').toString('base64'),
    }
  }
  if (format === 'xlsx') {
    return {
      filename: `${doc.basename}.xlsx`,
      mime: fileMimes.xlsx,
      base64: Buffer.from(await toXlsx(doc)).toString('base64'),
    }
  }
  const bytes = await renderA4ReportPdf(toA4(doc))
  return {
    filename: `${doc.basename}.pdf`,
    mime: fileMimes.pdf,
    base64: Buffer.from(bytes).toString('base64'),
  }
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────

/**
 * The way Indonesian Excel opens a file by double-click: UTF-8 with a BOM (else names with
 * accents break), `;` between fields (the list separator where `,` is the decimal mark),
 * CRLF, and plain integers so Excel reads numbers as numbers.
 */
export function toCsv(doc: ExportDocument): string {
  const lines: string[] = [csvRow([doc.title]), ...doc.facts.map((f) => csvRow([f.label, f.value]))]
  for (const table of doc.tables) {
    lines.push('', csvRow([table.title]), csvRow(table.columns.map((c) => c.title)))
    for (const row of [...table.rows, ...(table.totals ?? [])]) lines.push(csvRow(row))
  }
  return `\ufeff${lines.join('\r\n')}\r\n`
}

function csvRow(cells: Cell[]): string {
  return cells.map(csvCell).join(';')
}

function csvCell(cell: Cell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return String(cell)
  // A leading = + - @ (or tab, CR) would run as a formula in Excel: quote it as text.
  const text = defuseFormula(cell)
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

// ── XLSX ─────────────────────────────────────────────────────────────────────────────────────

export async function toXlsx(doc: ExportDocument): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Etalase'
  // A fixed date keeps the file the same for the same report.
  workbook.created = new Date(0)
  workbook.modified = new Date(0)
  const used = new Set<string>()
  for (const table of doc.tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, used))
    sheet.addRow([doc.title]).font = { bold: true, size: 13 }
    for (const fact of doc.facts) sheet.addRow([fact.label, fact.value])
    sheet.addRow([])
    sheet.addRow([table.title]).font = { bold: true }
    const header = sheet.addRow(table.columns.map((c) => c.title))
    header.font = { bold: true }
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E5E5' } }
      cell.border = { bottom: { style: 'thin' } }
    })
    for (const row of table.rows) sheet.addRow(row.map(xlsxValue))
    for (const row of table.totals ?? []) {
      const added = sheet.addRow(row.map(xlsxValue))
      added.font = { bold: true }
      added.eachCell((cell) => {
        cell.border = { top: { style: 'thin' } }
      })
    }
    table.columns.forEach((column, index) => {
      const col = sheet.getColumn(index + 1)
      col.width = column.kind === 'text' ? Math.max(14, (column.width ?? 1) * 12) : 16
      if (column.kind === 'money' || column.kind === 'int') col.numFmt = '#,##0'
      if (column.kind === 'percent') col.numFmt = '0.00"%"'
      if (column.kind !== 'text') col.alignment = { horizontal: 'right' }
    })
  }
  if (doc.tables.length === 0) workbook.addWorksheet('Laporan').addRow([doc.title])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

function xlsxValue(cell: Cell): string | number | null {
  return cell
}

function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]*?/\\:]/g, ' ').slice(0, 28) || 'Sheet'
  let name = base
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 26)} ${i}`
  used.add(name.toLowerCase())
  return name
}

// ── PDF ──────────────────────────────────────────────────────────────────────────────────────

function toA4(doc: ExportDocument): A4ReportDocument {
  return {
    ...doc.pdf,
    title: doc.title,
    ...(doc.subtitle ? { subtitle: doc.subtitle } : {}),
    facts: doc.facts,
    sections: doc.tables.map((table) => ({
      kind: 'table' as const,
      heading: table.title,
      table: {
        columns: table.columns.map((c) => ({
          title: c.title,
          align: c.kind === 'text' ? ('left' as const) : ('right' as const),
          width: c.width ?? (c.kind === 'text' ? 2 : 1.3),
        })),
        rows: table.rows.map((row) => row.map((cell, i) => pdfCell(cell, table.columns[i]?.kind))),
        ...(table.totals
          ? {
              totals: table.totals.map((row) =>
                row.map((cell, i) => pdfCell(cell, table.columns[i]?.kind)),
              ),
            }
          : {}),
      },
    })),
  }
}

const integer = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 })

function pdfCell(cell: Cell, kind: CellKind | undefined): string {
  if (cell === null) return ''
  if (typeof cell === 'string') return cell
  if (kind === 'money') return formatRupiah(cell)
  if (kind === 'percent') return `${(cell / 1).toLocaleString('id-ID', { maximumFractionDigits: 2 })}%`
  return integer.format(cell)
}
