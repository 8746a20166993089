import ExcelJS from 'exceljs'

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

/**
 * The first worksheet that has any data, as rows of cells with their spreadsheet row
 * numbers. exceljs reads the zip and XML itself; a damaged or foreign file throws, which the
 * caller turns into a clear "cannot read" message.
 */
export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ sheetName: string; rows: Array<{ line: number; fields: CellValue[] }> }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0)
  if (!sheet) return { sheetName: workbook.worksheets[0]?.name ?? '', rows: [] }
  const rows: Array<{ line: number; fields: CellValue[] }> = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const fields: CellValue[] = []
    for (let col = 1; col <= row.cellCount; col++) fields.push(cellValue(row.getCell(col).value))
    if (fields.some((f) => f !== '')) rows.push({ line: rowNumber, fields })
  })
  return { sheetName: sheet.name, rows }
}
