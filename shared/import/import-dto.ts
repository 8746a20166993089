/** The columns an import file may have; only name, SKU and price are required. */
export const importFields = [
  'name',
  'sku',
  'barcode',
  'category',
  'workshop',
  'unit',
  'price',
  'cost',
  'stock',
  'active',
] as const
export type ImportField = (typeof importFields)[number]
export const requiredImportFields: readonly ImportField[] = ['name', 'sku', 'price']

/** How opening stock enters the ledger; every movement carries the note "Stok awal". */
export const openingStockReasons = ['production_in', 'purchase_in', 'consignment_in'] as const
export type OpeningStockReason = (typeof openingStockReasons)[number]

/** Base64 text of at most ~720 KB of file: the browser-mode bridge takes 1 MB per call. */
export const IMPORT_MAX_BASE64 = 960_000
export const IMPORT_MAX_ROWS = 5_000

export interface ImportRowValues {
  name: string
  sku: string
  barcode: string | null
  category: string | null
  workshop: string | null
  unit: string
  price: number | null
  cost: number | null
  stock: number | null
  active: boolean
}

export interface ImportRowErrorDto {
  /** The column at fault, or null for the row as a whole. */
  field: ImportField | null
  code: string
  /** Already in the caller's language. */
  message: string
}

export interface ImportRowDto {
  /** The line (CSV) or row (XLSX) number as the user sees it in their spreadsheet. */
  row: number
  values: ImportRowValues
  errors: ImportRowErrorDto[]
}

export interface ImportPreviewDto {
  /** SHA-256 of the file's bytes: confirm refuses a file that changed since this preview. */
  fileHash: string
  format: 'csv' | 'xlsx'
  /** The CSV separator detected; null for XLSX. */
  separator: ';' | ',' | '\t' | null
  sheetName: string | null
  columns: Array<{ header: string; field: ImportField | null }>
  rows: ImportRowDto[]
  totals: {
    rows: number
    valid: number
    invalid: number
    newCategories: string[]
    newWorkshops: string[]
    stockUnits: number
    stockValue: number
  }
  location: { id: string; name: string }
}

export interface ImportResultDto {
  importId: string
  created: number
  categories: number
  workshops: number
  stockUnits: number
  movements: number
}
