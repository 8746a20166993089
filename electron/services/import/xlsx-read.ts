import ExcelJS from 'exceljs'
import { XLSX_MAX_COLUMNS } from './xlsx-limits'

export type CellValue = string | number

/** A cell as the user sees it: numbers stay numbers, everything else becomes its text. */
function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return value
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('result' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue)
  if ('text' in value && typeof value.text === 'string') return value.text
  return ''
}

/** Thrown inside eachRow to stop it: exceljs has no other way to leave the walk early. */
class EnoughRows extends Error {}

/**
 * The first worksheet that has any data, as rows of cells with their spreadsheet row
 * numbers, at most `maxRows` of them (the caller refuses a file that reaches the cap, so the
 * rest need not be read) and at most XLSX_MAX_COLUMNS cells each. exceljs reads the zip and
 * XML itself; a damaged or foreign file throws, which the caller turns into a clear "cannot
 * read" message. Runs in xlsx-worker.ts, after the unpacked size was checked.
 */
export async function readXlsx(
  bytes: Uint8Array,
  maxRows = Number.POSITIVE_INFINITY,
): Promise<{ sheetName: string; rows: Array<{ line: number; fields: CellValue[] }> }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0)
  if (!sheet) return { sheetName: workbook.worksheets[0]?.name ?? '', rows: [] }
  const rows: Array<{ line: number; fields: CellValue[] }> = []
  try {
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const fields: CellValue[] = []
      const columns = Math.min(row.cellCount, XLSX_MAX_COLUMNS)
      for (let col = 1; col <= columns; col++) fields.push(cellValue(row.getCell(col).value))
      if (fields.some((f) => f !== '')) rows.push({ line: rowNumber, fields })
      if (rows.length >= maxRows) throw new EnoughRows()
    })
  } catch (error) {
    if (!(error instanceof EnoughRows)) throw error
  }
  return { sheetName: sheet.name, rows }
}
