import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import { fileMimes, type FilePayload } from '../../../shared/documents/file-payload'
import type { ErrorCode } from '../../../shared/error-codes'
import { errorMessage } from '../../../shared/error-messages'
import {
  IMPORT_MAX_ROWS,
  requiredImportFields,
  type ImportField,
  type ImportPreviewDto,
  type ImportResultDto,
  type ImportRowDto,
  type ImportRowErrorDto,
} from '../../../shared/import/import-dto'
import type { Locale } from '../../../shared/locale'
import type { Database } from '../../db/schema'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import { postMovement } from '../stock/stock-ledger'
import { decodeText, parseCsv, type CsvSeparator } from './csv-parse'
import { mapHeaders, templateHeaders } from './import-columns'
import { looksScientific, parseWholeNumber, parseYesNo } from './import-values'
import { readXlsxInWorker } from './xlsx-in-worker'
import type { CellValue } from './xlsx-read'
import { hasControlCharacters as refusedByContract } from '../../../shared/text-controls'

type Db = Kysely<Database>
type Input = ParsedInputOf<'import:preview'>

interface ParsedFile {
  hash: string
  format: 'csv' | 'xlsx'
  separator: CsvSeparator | null
  sheetName: string | null
  headers: string[]
  fields: Array<ImportField | null>
  rows: Array<{ line: number; fields: CellValue[] }>
}

const MAX_STOCK = 100_000

/** NUL and the other C0 controls (tab, CR, LF, FF aside) never occur in a spreadsheet's text. */
const hasControlCharacters = (text: string) =>
  [...text].some((char) => {
    const code = char.charCodeAt(0)
    return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c
  })
const MAX_RUPIAH = 999_999_999_999
const SKU_PATTERN = /^[A-Za-z0-9._-]+$/
const BARCODE_PATTERN = /^[0-9A-Za-z-]*$/

/** Header names of the required columns in the caller's language, for the error message. */
const requiredHeaderNames = (locale: Locale) =>
  [0, 1, 6].map((at) => templateHeaders[locale][at]).join(', ')

async function parseFile(
  input: Input,
  locale: Locale,
  xlsxWorkerFile: string | undefined,
): Promise<ParsedFile> {
  const bytes = Buffer.from(input.base64, 'base64')
  if (bytes.length === 0) throw new AppError('IMPORT_EMPTY')
  const hash = createHash('sha256').update(bytes).digest('hex')
  const name = input.filename.toLowerCase()
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0
  if (isOle || name.endsWith('.xls') || name.endsWith('.ods')) {
    throw new AppError('IMPORT_UNSUPPORTED_FORMAT')
  }
  let all: Array<{ line: number; fields: CellValue[] }>
  let format: 'csv' | 'xlsx'
  let separator: CsvSeparator | null = null
  let sheetName: string | null = null
  if (isZip) {
    format = 'xlsx'
    try {
      // Header, the most rows allowed and one more: enough to refuse a file over the cap.
      const sheet = await readXlsxInWorker(bytes, {
        maxRows: IMPORT_MAX_ROWS + 2,
        ...(xlsxWorkerFile ? { workerFile: xlsxWorkerFile } : {}),
      })
      all = sheet.rows
      sheetName = sheet.sheetName
    } catch (error) {
      if (error instanceof AppError) throw error
      throw new AppError('IMPORT_UNREADABLE')
    }
  } else {
    if (name.endsWith('.xlsx')) throw new AppError('IMPORT_UNREADABLE')
    format = 'csv'
    const text = decodeText(bytes)
    // A binary file decodes to control characters; a spreadsheet's text has none.
    if (hasControlCharacters(text.slice(0, 4096))) {
      throw new AppError('IMPORT_UNREADABLE')
    }
    const parsed = parseCsv(text)
    all = parsed.rows
    separator = parsed.separator
  }
  const [head, ...rows] = all
  if (!head) throw new AppError('IMPORT_EMPTY')
  const headers = head.fields.map((h) => String(h).trim())
  const fields = mapHeaders(headers)
  const missing = requiredImportFields.filter((f) => !fields.includes(f))
  if (missing.length > 0) {
    throw new AppError('IMPORT_MISSING_COLUMNS', { columns: requiredHeaderNames(locale) })
  }
  if (rows.length === 0) throw new AppError('IMPORT_EMPTY')
  if (rows.length > IMPORT_MAX_ROWS)
    throw new AppError('IMPORT_TOO_MANY_ROWS', { max: IMPORT_MAX_ROWS })
  return { hash, format, separator, sheetName, headers, fields, rows }
}

const text = (value: CellValue | undefined) =>
  value === undefined ? '' : typeof value === 'number' ? String(value) : value.trim()

interface CheckedRows {
  rows: ImportRowDto[]
  newCategories: string[]
  newWorkshops: string[]
  categoryIds: Map<string, string>
  workshopIds: Map<string, string>
}

/** Checks every row against the file itself and the database as it is now. */
async function checkRows(tx: Db, file: ParsedFile, locale: Locale): Promise<CheckedRows> {
  const [categories, workshops] = await Promise.all([
    tx.selectFrom('categories').select(['id', 'name']).execute(),
    tx.selectFrom('workshops').select(['id', 'name']).execute(),
  ])
  const categoryIds = new Map(categories.map((c) => [c.name.toLowerCase(), c.id]))
  const workshopIds = new Map(workshops.map((w) => [w.name.toLowerCase(), w.id]))
  const newCategories = new Map<string, string>()
  const newWorkshops = new Map<string, string>()
  const skus = new Map<string, number>()
  const barcodes = new Map<string, number>()
  const column = (field: ImportField) => file.fields.indexOf(field)

  const parsedRows = file.rows.map((row) => {
    const get = (field: ImportField) => {
      const at = column(field)
      return at < 0 ? undefined : row.fields[at]
    }
    const errors: Array<{
      field: ImportField | null
      code: ErrorCode
      params?: Record<string, string | number>
    }> = []
    const fail = (field: ImportField, code: ErrorCode, params?: Record<string, string | number>) =>
      errors.push({ field, code, ...(params ? { params } : {}) })
    const money = (field: 'price' | 'cost' | 'stock', required: boolean) => {
      const raw = get(field)
      if (raw === undefined || text(raw) === '') {
        if (required) fail(field, 'REQUIRED')
        return required ? null : 0
      }
      const value = parseWholeNumber(raw)
      if (value === null) {
        fail(field, 'INVALID_AMOUNT', { value: text(raw) })
        return null
      }
      const max = field === 'stock' ? MAX_STOCK : MAX_RUPIAH
      if (value > max) {
        fail(field, 'TOO_BIG', { max })
        return null
      }
      return value
    }

    // The same rule as the contract's text fields: no control characters reach the catalogue.
    for (const field of ['name', 'sku', 'category', 'workshop', 'unit'] as const) {
      if (refusedByContract(text(get(field)))) fail(field, 'CONTROL_CHARACTER')
    }

    const name = text(get('name'))
    if (name === '') fail('name', 'REQUIRED')
    else if (name.length > 120) fail('name', 'TOO_LONG', { max: 120 })

    const sku = text(get('sku'))
    if (sku === '') fail('sku', 'REQUIRED')
    else if (sku.length > 40) fail('sku', 'TOO_LONG', { max: 40 })
    else if (!SKU_PATTERN.test(sku)) fail('sku', 'INVALID_FORMAT')

    const rawBarcode = get('barcode')
    let barcode: string | null = null
    if (typeof rawBarcode === 'number' && !Number.isSafeInteger(rawBarcode)) {
      fail('barcode', 'BARCODE_AS_NUMBER', { value: String(rawBarcode) })
    } else {
      barcode = text(rawBarcode) || null
      if (barcode && looksScientific(barcode)) {
        fail('barcode', 'BARCODE_AS_NUMBER', { value: barcode })
        barcode = null
      } else if (barcode && barcode.length > 32) fail('barcode', 'TOO_LONG', { max: 32 })
      else if (barcode && !BARCODE_PATTERN.test(barcode)) fail('barcode', 'INVALID_FORMAT')
    }

    const category = text(get('category')) || null
    if (category && category.length > 80) fail('category', 'TOO_LONG', { max: 80 })
    else if (category && !categoryIds.has(category.toLowerCase())) {
      if (!newCategories.has(category.toLowerCase()))
        newCategories.set(category.toLowerCase(), category)
    }
    const workshop = text(get('workshop')) || null
    if (workshop && workshop.length > 80) fail('workshop', 'TOO_LONG', { max: 80 })
    else if (workshop && !workshopIds.has(workshop.toLowerCase())) {
      if (!newWorkshops.has(workshop.toLowerCase()))
        newWorkshops.set(workshop.toLowerCase(), workshop)
    }

    const unit = text(get('unit')) || 'pcs'
    if (unit.length > 20) fail('unit', 'TOO_LONG', { max: 20 })

    const price = money('price', true)
    const cost = money('cost', false)
    const stock = money('stock', false)
    const active = parseYesNo(text(get('active')))
    if (active === null) fail('active', 'INVALID_VALUE')

    // Repeats inside the file name the row that had it first.
    if (sku && errors.every((e) => e.field !== 'sku')) {
      const key = sku.toLowerCase()
      const earlier = skus.get(key)
      if (earlier !== undefined) fail('sku', 'DUPLICATE_IN_FILE', { row: earlier })
      else skus.set(key, row.line)
    }
    if (barcode && errors.every((e) => e.field !== 'barcode')) {
      const earlier = barcodes.get(barcode)
      if (earlier !== undefined) fail('barcode', 'DUPLICATE_IN_FILE', { row: earlier })
      else barcodes.set(barcode, row.line)
    }
    return {
      row: row.line,
      values: {
        name,
        sku,
        barcode,
        category,
        workshop,
        unit,
        price,
        cost,
        stock,
        active: active ?? true,
      },
      errors,
    }
  })

  // Clashes with products already in the catalogue, in two set-based queries.
  const fileSkus = parsedRows.map((r) => r.values.sku).filter(Boolean)
  const fileBarcodes = parsedRows.map((r) => r.values.barcode).filter((b): b is string => !!b)
  const takenSkus = new Set<string>()
  const takenBarcodes = new Set<string>()
  for (let i = 0; i < fileSkus.length; i += 500) {
    const chunk = fileSkus.slice(i, i + 500)
    const found = await tx
      .selectFrom('products')
      .select('sku')
      .where(
        (eb) => eb.fn('lower', ['sku']),
        'in',
        chunk.map((s) => s.toLowerCase()),
      )
      .execute()
    for (const f of found) takenSkus.add(f.sku.toLowerCase())
  }
  for (let i = 0; i < fileBarcodes.length; i += 500) {
    const found = await tx
      .selectFrom('products')
      .select('barcode')
      .where('barcode', 'in', fileBarcodes.slice(i, i + 500))
      .execute()
    for (const f of found) if (f.barcode) takenBarcodes.add(f.barcode)
  }
  for (const r of parsedRows) {
    if (r.values.sku && takenSkus.has(r.values.sku.toLowerCase())) {
      r.errors.push({ field: 'sku', code: 'DUPLICATE_SKU' })
    }
    if (r.values.barcode && takenBarcodes.has(r.values.barcode)) {
      r.errors.push({ field: 'barcode', code: 'DUPLICATE_BARCODE' })
    }
  }

  const rows: ImportRowDto[] = parsedRows.map((r) => ({
    row: r.row,
    values: r.values,
    errors: r.errors.map((e): ImportRowErrorDto => ({
      field: e.field,
      code: e.code,
      message: errorMessage(e.code, locale, e.params),
    })),
  }))
  return {
    rows,
    newCategories: [...newCategories.values()],
    newWorkshops: [...newWorkshops.values()],
    categoryIds,
    workshopIds,
  }
}

export function createCatalogImportService(
  ctx: ServiceContext,
  defaultLocationId: () => Promise<string>,
) {
  const { db } = ctx

  async function location(locationId: string | undefined) {
    const id = locationId ?? (await defaultLocationId())
    const found = await db
      .selectFrom('locations')
      .select(['id', 'name', 'active'])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!found || found.active !== 1) throw fieldError('locationId', 'INVALID_VALUE')
    return { id: found.id, name: found.name }
  }

  async function preview(input: Input, locale: Locale): Promise<ImportPreviewDto> {
    const file = await parseFile(input, locale, ctx.xlsxWorkerFile)
    const where = await location(input.locationId)
    const checked = await checkRows(db, file, locale)
    const valid = checked.rows.filter((r) => r.errors.length === 0)
    return {
      fileHash: file.hash,
      format: file.format,
      separator: file.separator,
      sheetName: file.sheetName,
      columns: file.headers.map((header, i) => ({ header, field: file.fields[i] ?? null })),
      rows: checked.rows,
      totals: {
        rows: checked.rows.length,
        valid: valid.length,
        invalid: checked.rows.length - valid.length,
        newCategories: checked.newCategories,
        newWorkshops: checked.newWorkshops,
        stockUnits: checked.rows.reduce((sum, r) => sum + (r.values.stock ?? 0), 0),
        stockValue: checked.rows.reduce(
          (sum, r) => sum + (r.values.stock ?? 0) * (r.values.cost ?? 0),
          0,
        ),
      },
      location: where,
    }
  }

  /**
   * All or nothing: the file must be the one previewed (same SHA-256), every row is checked
   * again against the database inside the transaction, and one bad row writes nothing.
   */
  async function confirm(
    actor: Actor,
    input: ParsedInputOf<'import:confirm'>,
    locale: Locale,
  ): Promise<ImportResultDto> {
    const file = await parseFile(input, locale, ctx.xlsxWorkerFile)
    if (file.hash !== input.fileHash) throw new AppError('IMPORT_FILE_CHANGED')
    const where = await location(input.locationId)
    const importId = ctx.ids.next()
    return db.transaction().execute(async (trx) => {
      const checked = await checkRows(trx, file, locale)
      const invalid = checked.rows.filter((r) => r.errors.length > 0).length
      if (invalid > 0) throw new AppError('IMPORT_HAS_ERRORS', { count: invalid })
      const stockUnits = checked.rows.reduce((sum, r) => sum + (r.values.stock ?? 0), 0)
      if (stockUnits > 0 && !actor.permissions.has('stock.receive')) {
        throw new AppError('FORBIDDEN', { permission: 'stock.receive' })
      }
      const now = ctx.clock.now()
      const named = async (
        table: 'categories' | 'workshops',
        names: string[],
        ids: Map<string, string>,
      ) => {
        for (const name of names) {
          const id = ctx.ids.next()
          await trx
            .insertInto(table)
            .values({ id, name, device_id: ctx.deviceId, created_at: now })
            .execute()
          ids.set(name.toLowerCase(), id)
        }
      }
      await named('categories', checked.newCategories, checked.categoryIds)
      await named('workshops', checked.newWorkshops, checked.workshopIds)
      let movements = 0
      const note = `Stok awal (impor ${input.filename})`.slice(0, 200)
      for (const { values } of checked.rows) {
        const id = ctx.ids.next()
        const workshopId = values.workshop
          ? (checked.workshopIds.get(values.workshop.toLowerCase()) ?? null)
          : null
        await trx
          .insertInto('products')
          .values({
            id,
            sku: values.sku,
            barcode: values.barcode,
            name: values.name,
            category_id: values.category
              ? (checked.categoryIds.get(values.category.toLowerCase()) ?? null)
              : null,
            unit: values.unit,
            price: values.price ?? 0,
            cost: values.cost ?? 0,
            workshop_id: workshopId,
            active: values.active ? 1 : 0,
            device_id: ctx.deviceId,
            created_at: now,
            updated_at: now,
          })
          .execute()
        if ((values.stock ?? 0) > 0) {
          await postMovement(trx, {
            id: ctx.ids.next(),
            productId: id,
            locationId: where.id,
            qty: values.stock ?? 0,
            reason: input.stockReason,
            unitCost: values.cost ?? 0,
            workshopId,
            refType: 'import',
            refId: importId,
            note,
            userId: actor.userId,
            deviceId: ctx.deviceId,
            createdAt: now,
          })
          movements++
        }
      }
      await recordAudit(trx, ctx, actor, {
        action: 'catalog.import',
        refType: 'import',
        refId: importId,
        detail: {
          filename: input.filename,
          fileHash: file.hash,
          products: checked.rows.length,
          categories: checked.newCategories.length,
          workshops: checked.newWorkshops.length,
          stockUnits,
          locationId: where.id,
          stockReason: input.stockReason,
        },
      })
      return {
        importId,
        created: checked.rows.length,
        categories: checked.newCategories.length,
        workshops: checked.newWorkshops.length,
        stockUnits,
        movements,
      }
    })
  }

  /** The headers, `;`-separated with a BOM: what Excel in Indonesia opens without a wizard. */
  function template(locale: Locale): FilePayload {
    const csv = `\uFEFF${templateHeaders[locale].join(';')}\r\n`
    return {
      filename: locale === 'id' ? 'templat-impor-produk.csv' : 'product-import-template.csv',
      mime: fileMimes.csv,
      base64: Buffer.from(csv, 'utf8').toString('base64'),
    }
  }

  return { preview, confirm, template }
}

export type CatalogImportService = ReturnType<typeof createCatalogImportService>
