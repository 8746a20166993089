import { toBuffer } from 'bwip-js/node'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { barcodeRenderOptions } from '../../../shared/labels/barcode-symbol'
import {
  isValidEan13,
  makeInStoreEan13,
  makeTillEan13,
  tillEanBlock,
} from '../../../shared/labels/ean13'

/** In-store codes of the test till (KSG1): its own block, never another till's. */
const ksg1Ean = (seq: number) => makeTillEan13('KSG1', seq)
import {
  DEFAULT_LABEL_SHEET,
  labelTemplateIds,
  rollSizes,
  sheetCellSize,
} from '../../../shared/labels/label-templates'
import { MIN_MODULE_MM } from '../../../shared/labels/label-svg'
import { addUser, auditRows, callAs, productInput } from '../../helpers/builders'
import { decodeBarcodePng } from '../../helpers/decode-image'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { barcodeElements, rootSize } from '../../unit/printing/svg-inspect'

describe('labels', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  const create = (overrides: Parameters<typeof productInput>[0]) =>
    core.must('catalog:create', productInput(overrides))

  it.each(labelTemplateIds)(
    '%s: exact mm pages whose barcodes decode to the product codes',
    async (template) => {
      const ean = await create({ name: 'Gantungan Kunci Getah Nyatu', barcode: '4006381333931' })
      const code128 = await create({ name: 'Tas Anyaman Rotan', barcode: 'GN-T77' })
      const rendered = await core.must('labels:render', {
        items: [
          { productId: ean.id, copies: 2 },
          { productId: code128.id, copies: 1 },
        ],
        template,
        options: { qrData: 'https://lapaskasongan.id', text: 'Karya WBP' },
      })
      const size =
        template === 'a4-sheet' ? sheetCellSize(DEFAULT_LABEL_SHEET) : rollSizes[template]
      expect(rendered.label).toEqual(size)
      expect(rendered.labels).toBe(3)
      expect(rendered.warnings).toEqual([])
      expect(rendered.pages).toHaveLength(template === 'a4-sheet' ? 1 : 3)
      const page = template === 'a4-sheet' ? { widthMm: 210, heightMm: 297 } : size
      for (const svg of rendered.pages) expect(rootSize(svg)).toEqual(page)

      const barcodes = rendered.pages.flatMap(barcodeElements)
      expect(barcodes.map((b) => b.code)).toEqual(['4006381333931', '4006381333931', 'GN-T77'])
      expect(barcodes.map((b) => b.symbology)).toEqual(['ean13', 'ean13', 'code128'])
      for (const barcode of barcodes) {
        expect(barcode.moduleMm).toBeGreaterThanOrEqual(MIN_MODULE_MM)
        // Scaled uniformly (bwip-js's digits keep their shape), one module = moduleMm.
        const scale = barcode.width / barcode.viewBoxWidth
        expect(barcode.height / barcode.viewBoxHeight).toBeCloseTo(scale, 4)
        expect(scale).toBeCloseTo(barcode.moduleMm, 3)
        expect(barcode.x).toBeGreaterThanOrEqual(0)
        expect(barcode.y).toBeGreaterThanOrEqual(0)
        expect(barcode.x + barcode.width).toBeLessThanOrEqual(size.widthMm)
        expect(barcode.y + barcode.height).toBeLessThanOrEqual(size.heightMm + 1e-6)
        // The same options, drawn as a PNG by bwip-js, decode to the product's code.
        const png = await toBuffer({
          ...barcodeRenderOptions(barcode.code, barcode.barHeightMm),
          scale: 3,
          paddingwidth: 12,
          paddingheight: 6,
          backgroundcolor: 'ffffff',
        })
        const decoded = decodeBarcodePng(png)
        expect(decoded.text).toBe(barcode.code)
        expect(decoded.format).toBe(barcode.symbology === 'ean13' ? 'EAN_13' : 'CODE_128')
      }
    },
  )

  it('fills A4 sheets in order, skipping the used cells of the first sheet only', async () => {
    const product = await create({ barcode: makeInStoreEan13(7) })
    const rendered = await core.must('labels:render', {
      items: [{ productId: product.id, copies: 45 }],
      template: 'a4-sheet',
      sheet: { ...DEFAULT_LABEL_SHEET, skip: 38 },
    })
    expect(rendered.pages.map((page) => barcodeElements(page).length)).toEqual([2, 40, 3])
    const [first] = barcodeElements(rendered.pages[0]!)
    const cell = sheetCellSize(DEFAULT_LABEL_SHEET)
    // Cell 38 is row 9, column 2.
    expect(first?.translate).toEqual({
      x: DEFAULT_LABEL_SHEET.marginLeftMm + 2 * (cell.widthMm + DEFAULT_LABEL_SHEET.gapXMm),
      y: DEFAULT_LABEL_SHEET.marginTopMm + 9 * cell.heightMm,
    })
  })

  it('refuses a grid whose cells are too small for a label', async () => {
    const product = await create({})
    const result = await core.call('labels:render', {
      items: [{ productId: product.id, copies: 1 }],
      template: 'a4-sheet',
      sheet: { ...DEFAULT_LABEL_SHEET, columns: 8, rows: 24 },
    })
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION' })
    if (!result.ok) {
      expect(result.issues?.map((issue) => issue.path)).toEqual(['sheet.columns', 'sheet.rows'])
    }
  })

  it('names a product without a barcode, and refuses runs that are too long', async () => {
    const bare = await create({ name: 'Batik Tulis Kasongan', barcode: null })
    expect(
      await core.call('labels:render', {
        items: [{ productId: bare.id, copies: 1 }],
        template: 'roll-38x25',
      }),
    ).toMatchObject({
      ok: false,
      code: 'PRODUCT_HAS_NO_BARCODE',
      message:
        'Produk Batik Tulis Kasongan belum punya barcode. Buat barcode toko terlebih dahulu.',
    })
    const product = await create({})
    expect(
      await core.call('labels:render', {
        items: [
          { productId: product.id, copies: 500 },
          { productId: product.id, copies: 500 },
          { productId: product.id, copies: 500 },
          { productId: product.id, copies: 500 },
          { productId: product.id, copies: 1 },
        ],
        template: 'roll-33x15',
      }),
    ).toMatchObject({ ok: false, code: 'VALIDATION', issues: [{ path: 'items', code: 'TOO_BIG' }] })
  })

  it('warns when a long Code 128 is too dense for the smallest roll', async () => {
    const product = await create({ barcode: 'KASONGAN-GETAH-NYATU-0001' })
    const rendered = await core.must('labels:render', {
      items: [{ productId: product.id, copies: 1 }],
      template: 'roll-33x15',
    })
    expect(rendered.warnings).toEqual([
      { productId: product.id, code: 'BARCODE_TOO_DENSE', moduleMm: expect.any(Number) },
    ])
  })

  describe('labels:assignBarcodes', () => {
    it('gives every active product without a barcode a unique in-store EAN-13', async () => {
      const taken = await create({ barcode: ksg1Ean(1) })
      const a = await create({ barcode: null })
      const b = await create({ barcode: null })
      const inactive = await create({ barcode: null, active: false })
      const assigned = await core.must('labels:assignBarcodes', { productIds: 'all-missing' })
      expect(assigned.map((p) => p.id)).toEqual([a.id, b.id])
      // Sequence 1 was typed in by hand: skipped, not duplicated.
      expect(assigned.map((p) => p.barcode)).toEqual([ksg1Ean(2), ksg1Ean(3)])
      for (const product of assigned) {
        expect(isValidEan13(product.barcode ?? '')).toBe(true)
        // `2`, this till's block (from KSG1), the sequence, the check digit.
        expect(product.barcode).toMatch(
          new RegExp(`^2${String(tillEanBlock('KSG1')).padStart(7, '0')}\\d{5}$`),
        )
      }
      expect((await core.must('catalog:get', { id: inactive.id })).barcode).toBeNull()
      expect((await core.must('catalog:get', { id: taken.id })).barcode).toBe(ksg1Ean(1))
      expect(await core.must('labels:assignBarcodes', { productIds: 'all-missing' })).toEqual([])
      expect(auditRows(core, 'product.assignBarcodes')).toEqual([
        expect.objectContaining({
          detail: { count: 2, first: ksg1Ean(2), last: ksg1Ean(3) },
        }),
      ])
      // The new codes scan at the till.
      const scanned = await core.must('catalog:byBarcode', { barcode: ksg1Ean(3) })
      expect(scanned.id).toBe(b.id)
    })

    it('never hands out a code twice, even after a product lost its code', async () => {
      const a = await create({ barcode: null })
      const [first] = await core.must('labels:assignBarcodes', { productIds: [a.id] })
      await core.must('catalog:update', {
        ...productInput({ barcode: null }),
        sku: a.sku,
        name: a.name,
        id: a.id,
      })
      const c = await create({ barcode: null })
      const again = await core.must('labels:assignBarcodes', { productIds: [c.id, a.id] })
      expect(first?.barcode).toBe(ksg1Ean(1))
      expect(again.map((p) => [p.id, p.barcode])).toEqual([
        [c.id, ksg1Ean(2)],
        [a.id, ksg1Ean(3)],
      ])
    })

    it('leaves products that have a barcode alone, and needs manage.products', async () => {
      const product = await create({ barcode: '4006381333931' })
      expect(await core.must('labels:assignBarcodes', { productIds: [product.id] })).toEqual([])
      expect(await core.call('labels:assignBarcodes', { productIds: ['nope'] })).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      })
      const cashier = addUser(core, { id: 'u-kasir', name: 'Kasir', role: 'cashier' })
      expect(
        await callAs(core, cashier, 'labels:assignBarcodes', { productIds: 'all-missing' }),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(
        await callAs(core, cashier, 'labels:render', {
          items: [{ productId: product.id, copies: 1 }],
          template: 'roll-33x15',
        }),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      const stock = addUser(core, { id: 'u-stok', name: 'Stok', role: 'stock' })
      expect(
        (
          await callAs(core, stock, 'labels:render', {
            items: [{ productId: product.id, copies: 1 }],
            template: 'roll-33x15',
          })
        ).ok,
      ).toBe(true)
    })
  })
})
