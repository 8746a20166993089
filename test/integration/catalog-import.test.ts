import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputOf } from '../../shared/contract'
import { verifyStockLevels } from '../../electron/services/stock/stock-ledger'
import { detectSeparator, parseCsv } from '../../electron/services/import/csv-parse'
import { parseWholeNumber } from '../../electron/services/import/import-values'
import {
  addUser,
  auditRows,
  callAs,
  ledgerOnHand,
  locationId,
  stockedProduct,
  tableCounts,
} from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

const b64 = (bytes: Uint8Array | string) =>
  (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes)).toString('base64')

const file = (
  filename: string,
  content: Uint8Array | string,
  extra: Partial<InputOf<'import:preview'>> = {},
): InputOf<'import:preview'> => ({ filename, base64: b64(content), ...extra })

/** What Indonesian Excel writes for "CSV UTF-8": BOM, `;`, dotted thousands, `Rp`. */
const indonesianCsv = [
  '\uFEFFNama;SKU;Barcode;Kategori;Kegiatan kerja;Satuan;Harga jual;Harga pokok;Stok awal',
  'Gantungan Kunci Getah Nyatu Enggang;GN-001;8991234500012;Gantungan Kunci;Getah Nyatu;pcs;Rp 15.000;6.000;1.500',
  '"Tas Anyaman Rotan; besar";AN-002;;Anyaman;Anyaman Rotan;buah;"Rp 250.000";Rp 120.000;3',
  'Batik Tulis Motif Batang Garing;BT-003;;Batik;Batik;lembar;450000;300000;',
].join('\r\n')

describe('CSV and number parsing', () => {
  it('detects the separator and reads quotes, BOM and CRLF', () => {
    expect(detectSeparator('a;b;c\n1,5;2;3')).toBe(';')
    expect(detectSeparator('a,b,c\n')).toBe(',')
    expect(detectSeparator('a\tb\tc\n')).toBe('\t')
    const { rows, separator } = parseCsv('\uFEFFa;b\r\n"x;""y""\nz";2\r\n\r\n')
    expect(separator).toBe(';')
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x;"y"\nz', '2'] },
    ])
  })

  it('reads Rupiah and quantities the way Indonesian spreadsheets write them', () => {
    expect(parseWholeNumber('Rp 15.000')).toBe(15000)
    expect(parseWholeNumber('Rp15.000,00')).toBe(15000)
    expect(parseWholeNumber('1.500')).toBe(1500)
    expect(parseWholeNumber('15,000')).toBe(15000)
    expect(parseWholeNumber('IDR 2.500.000')).toBe(2500000)
    expect(parseWholeNumber('15000')).toBe(15000)
    expect(parseWholeNumber(15000)).toBe(15000)
    expect(parseWholeNumber('15,5')).toBeNull()
    expect(parseWholeNumber('1.5')).toBeNull()
    expect(parseWholeNumber('-3')).toBeNull()
    expect(parseWholeNumber('abc')).toBeNull()
    expect(parseWholeNumber(2.5)).toBeNull()
  })
})

describe('catalogue import', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('previews an Indonesian CSV (BOM, ;, 1.500, Rp 15.000) without writing anything', async () => {
    const before = await tableCounts(core)
    const preview = await core.must('import:preview', file('katalog.csv', indonesianCsv))
    expect(preview).toMatchObject({ format: 'csv', separator: ';', sheetName: null })
    expect(preview.fileHash).toMatch(/^[0-9a-f]{64}$/)
    expect(preview.columns.map((c) => c.field)).toEqual([
      'name',
      'sku',
      'barcode',
      'category',
      'workshop',
      'unit',
      'price',
      'cost',
      'stock',
    ])
    expect(preview.rows.map((r) => [r.row, r.values.price, r.values.cost, r.values.stock])).toEqual(
      [
        [2, 15000, 6000, 1500],
        [3, 250000, 120000, 3],
        [4, 450000, 300000, 0],
      ],
    )
    expect(preview.rows[1]?.values.name).toBe('Tas Anyaman Rotan; besar')
    expect(preview.rows.every((r) => r.errors.length === 0)).toBe(true)
    expect(preview.totals).toMatchObject({
      rows: 3,
      valid: 3,
      invalid: 0,
      newCategories: ['Gantungan Kunci', 'Anyaman', 'Batik'],
      newWorkshops: ['Getah Nyatu', 'Anyaman Rotan', 'Batik'],
      stockUnits: 1503,
      stockValue: 1500 * 6000 + 3 * 120000,
    })
    expect(preview.location.name).toBe('Galeri')
    expect(await tableCounts(core)).toEqual(before)
  })

  it('lists row-by-row errors in the caller’s language', async () => {
    await stockedProduct(core, 0, { sku: 'GN-001', barcode: '8990000000001' })
    const csv = [
      'name,sku,barcode,price,cost,stock',
      'Keychain,GN-001,,15000,,',
      ',BAD SKU,,abc,,',
      'Mat,MT-1,8.99123E+12,"15,5",,2',
      'Mat 2,MT-1,8990000000001,Rp 10.000,,100001',
    ].join('\n')
    const preview = await core.must('import:preview', file('products.csv', csv))
    const errors = preview.rows.map((r) => r.errors.map((e) => `${e.field}:${e.code}`))
    expect(errors).toEqual([
      ['sku:DUPLICATE_SKU'],
      ['name:REQUIRED', 'sku:INVALID_FORMAT', 'price:INVALID_AMOUNT'],
      ['barcode:BARCODE_AS_NUMBER', 'price:INVALID_AMOUNT'],
      ['stock:TOO_BIG', 'sku:DUPLICATE_IN_FILE', 'barcode:DUPLICATE_BARCODE'],
    ])
    expect(preview.totals).toMatchObject({ valid: 0, invalid: 4 })
    expect(preview.rows[2]?.errors[1]?.message).toBe('Bukan angka bulat yang valid: “15,5”.')
    expect(preview.rows[3]?.errors[1]?.message).toBe('Sudah dipakai di baris 4 berkas ini.')
    await core.must('settings:setLocale', { locale: 'en' })
    const english = await core.must('import:preview', file('products.csv', csv))
    expect(english.rows[0]?.errors[0]?.message).toBe('This SKU is already used by another product.')
  })

  it('confirms in one transaction: products, categories, workshops, opening stock, audit', async () => {
    const gudang = await locationId(core, 'Gudang')
    const input = file('katalog.csv', indonesianCsv, {
      locationId: gudang,
      stockReason: 'purchase_in',
    })
    const preview = await core.must('import:preview', input)
    const result = await core.must('import:confirm', { ...input, fileHash: preview.fileHash })
    expect(result).toMatchObject({
      created: 3,
      categories: 3,
      workshops: 3,
      stockUnits: 1503,
      movements: 2,
    })
    const products = await core.must('catalog:search', { query: '', limit: 50 })
    const keychain = products.find((p) => p.sku === 'GN-001')
    expect(keychain).toMatchObject({
      name: 'Gantungan Kunci Getah Nyatu Enggang',
      barcode: '8991234500012',
      price: 15000,
      cost: 6000,
      categoryName: 'Gantungan Kunci',
      workshopName: 'Getah Nyatu',
      onHand: 1500,
    })
    expect(ledgerOnHand(core, keychain?.id ?? '', gudang)).toBe(1500)
    const movement = core.database.raw
      .prepare('select reason, unit_cost, note, ref_type from stock_movements where qty = 1500')
      .get()
    expect(movement).toEqual({
      reason: 'purchase_in',
      unit_cost: 6000,
      note: 'Stok awal (impor katalog.csv)',
      ref_type: 'import',
    })
    expect(await verifyStockLevels(core.db)).toEqual([])
    expect(auditRows(core, 'catalog.import')[0]).toMatchObject({
      detail: { products: 3, stockUnits: 1503, filename: 'katalog.csv' },
    })
    // The stock card names the import by its file, not by an internal id.
    const card = await core.must('stock:card', { productId: keychain?.id ?? '' })
    expect(card.movements[0]?.ref).toMatchObject({ type: 'import', label: 'katalog.csv' })
  })

  it('all or nothing: one bad row, a file changed since preview, a clash since preview', async () => {
    const bad = `${indonesianCsv}\r\nTanpa harga;TH-9;;;;;;;`
    const badInput = file('katalog.csv', bad)
    const preview = await core.must('import:preview', badInput)
    expect(preview.totals).toMatchObject({ valid: 3, invalid: 1 })
    const before = await tableCounts(core)
    expect(
      await core.call('import:confirm', { ...badInput, fileHash: preview.fileHash }),
    ).toMatchObject({ ok: false, code: 'IMPORT_HAS_ERRORS', params: { count: 1 } })
    expect(await tableCounts(core)).toEqual(before)

    // The user fixed the file after previewing the bad one: confirm refuses the new bytes.
    const good = file('katalog.csv', indonesianCsv)
    expect(
      await core.call('import:confirm', { ...good, fileHash: preview.fileHash }),
    ).toMatchObject({ ok: false, code: 'IMPORT_FILE_CHANGED' })
    expect(await tableCounts(core)).toEqual(before)

    // Someone created one of the SKUs between preview and confirm: nothing is written.
    const goodPreview = await core.must('import:preview', good)
    await stockedProduct(core, 0, { sku: 'BT-003', barcode: null })
    const middle = await tableCounts(core)
    expect(
      await core.call('import:confirm', { ...good, fileHash: goodPreview.fileHash }),
    ).toMatchObject({ ok: false, code: 'IMPORT_HAS_ERRORS' })
    expect(await tableCounts(core)).toEqual(middle)
  })

  it('reads a real XLSX made with exceljs: numbers, text barcodes, formulas, rich text', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Produk')
    sheet.addRow(['Nama Produk', 'Kode', 'Barcode', 'Harga (Rp)', 'HPP', 'Stok'])
    sheet.addRow(['Gantungan Kunci Burung', 'GK-10', '8991234500029', 15000, 6000, 12])
    sheet.addRow([
      { richText: [{ text: 'Tikar ' }, { text: 'Purun', font: { bold: true } }] },
      'TK-11',
      8991234500036,
      { formula: '100000+25000', result: 125000 },
      'Rp 80.000',
      '1.000',
    ])
    sheet.addRow([])
    sheet.addRow(['Kalung Manik', 'KM-12', 8.99123e12 + 0.5, 'Rp 35.000', '', ''])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const input = file('katalog.xlsx', bytes)
    const preview = await core.must('import:preview', input)
    expect(preview).toMatchObject({ format: 'xlsx', sheetName: 'Produk', separator: null })
    expect(
      preview.rows.map((r) => [r.row, r.values.name, r.values.barcode, r.values.price]),
    ).toEqual([
      [2, 'Gantungan Kunci Burung', '8991234500029', 15000],
      [3, 'Tikar Purun', '8991234500036', 125000],
      [5, 'Kalung Manik', null, 35000],
    ])
    expect(preview.rows[1]?.values).toMatchObject({ cost: 80000, stock: 1000 })
    expect(preview.rows[2]?.errors.map((e) => e.code)).toEqual(['BARCODE_AS_NUMBER'])

    // Fix the last row in the workbook; the new bytes need a new preview.
    sheet.getRow(5).getCell(3).value = '8991234500043'
    const fixed = file('katalog.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()))
    const again = await core.must('import:preview', fixed)
    expect(again.totals).toMatchObject({ valid: 3, invalid: 0, stockUnits: 1012 })
    const result = await core.must('import:confirm', { ...fixed, fileHash: again.fileHash })
    expect(result).toMatchObject({ created: 3, movements: 2, stockUnits: 1012 })
  })

  it('refuses files it cannot read, with a clear code', async () => {
    const cases: Array<[InputOf<'import:preview'>, string]> = [
      [
        file('lama.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4])),
        'IMPORT_UNSUPPORTED_FORMAT',
      ],
      [
        file('rusak.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9])),
        'IMPORT_UNREADABLE',
      ],
      [file('binary.csv', new Uint8Array([0, 1, 2, 3, 4, 5])), 'IMPORT_UNREADABLE'],
      [file('kosong.csv', 'Nama;SKU;Harga\r\n'), 'IMPORT_EMPTY'],
      [file('kolom.csv', 'Nama;Harga\r\nA;1000'), 'IMPORT_MISSING_COLUMNS'],
    ]
    for (const [input, code] of cases) {
      expect(await core.call('import:preview', input)).toMatchObject({ ok: false, code })
    }
    const missing = await core.call('import:preview', cases[4]![0])
    expect(!missing.ok && missing.message).toContain('Nama, SKU, Harga jual')
    const tooBig = await core.call('import:preview', {
      filename: 'besar.csv',
      base64: 'A'.repeat(960_004),
    })
    expect(tooBig).toMatchObject({ ok: false, code: 'VALIDATION' })
  })

  it('refuses by role: a cashier cannot import; opening stock needs stock.receive', async () => {
    const cashier = addUser(core, { id: 'u-cashier', name: 'Kasir', role: 'cashier' })
    const input = file('katalog.csv', indonesianCsv)
    expect(await callAs(core, cashier, 'import:preview', input)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const preview = await core.must('import:preview', input)
    const before = await tableCounts(core)
    expect(
      await callAs(core, cashier, 'import:confirm', { ...input, fileHash: preview.fileHash }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    // A role allowed to manage products but not to receive stock (the matrix is data).
    const clerk = addUser(core, { id: 'u-stock', name: 'Petugas', role: 'stock' })
    const permissions = clerk.actor?.permissions
    if (permissions instanceof Set) permissions.delete('stock.receive')
    expect(
      await callAs(core, clerk, 'import:confirm', { ...input, fileHash: preview.fileHash }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await tableCounts(core)).toEqual(before)
  })

  it('offers a template with the headers in the caller’s language', async () => {
    const template = await core.must('import:template', {})
    expect(template.filename).toBe('templat-impor-produk.csv')
    const text = Buffer.from(template.base64, 'base64').toString('utf8')
    expect(text).toBe(
      '\uFEFFNama;SKU;Barcode;Kategori;Kegiatan kerja;Satuan;Harga jual;Harga pokok;Stok awal\r\n',
    )
  })
})
