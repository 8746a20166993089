import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { productInput, tableCounts } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

describe('catalogue', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('creates and edits a product with category and workshop', async () => {
    const category = await core.must('catalog:addCategory', { name: 'Gantungan Kunci' })
    const workshop = await core.must('catalog:addWorkshop', { name: 'Getah Nyatu' })
    const created = await core.must(
      'catalog:create',
      productInput({ name: 'Gantungan Enggang', categoryId: category.id, workshopId: workshop.id }),
    )
    expect(created).toMatchObject({
      categoryName: 'Gantungan Kunci',
      workshopName: 'Getah Nyatu',
      onHand: 0,
    })
    const edited = await core.must('catalog:update', {
      ...productInput(),
      id: created.id,
      price: 17500,
    })
    expect(edited.price).toBe(17500)
  })

  it('refuses a duplicate barcode and SKU next to the field, in the user language, writing nothing', async () => {
    const first = await core.must(
      'catalog:create',
      productInput({ barcode: '2000000000011', sku: 'A-1' }),
    )
    const before = await tableCounts(core)
    const result = await core.call(
      'catalog:create',
      productInput({ barcode: '2000000000011', sku: 'A-1' }),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.code).toBe('VALIDATION')
    expect(result.issues).toEqual(
      expect.arrayContaining([
        {
          path: 'barcode',
          code: 'DUPLICATE_BARCODE',
          message: 'Barcode ini sudah dipakai produk lain.',
        },
        { path: 'sku', code: 'DUPLICATE_SKU', message: 'SKU ini sudah dipakai produk lain.' },
      ]),
    )
    expect(await tableCounts(core)).toEqual(before)
    // Editing a product may keep its own barcode.
    const same = await core.call('catalog:update', {
      ...productInput({ barcode: '2000000000011', sku: 'A-1' }),
      id: first.id,
    })
    expect(same.ok).toBe(true)
  })

  it('explains bad input per field (negative price, empty name) in English when chosen', async () => {
    await core.must('settings:setLocale', { locale: 'en' })
    const result = await core.call(
      'catalog:create',
      productInput({ name: '  ', price: -5, cost: 1.5 }),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toBe('Please check the highlighted fields.')
    const byPath = Object.fromEntries((result.issues ?? []).map((i) => [i.path, i]))
    expect(byPath.name).toMatchObject({ code: 'REQUIRED', message: 'Required.' })
    expect(byPath.price).toMatchObject({ code: 'TOO_SMALL', message: 'Must be at least 0.' })
    expect(byPath.cost).toMatchObject({ code: 'NOT_INTEGER' })
    expect((await tableCounts(core)).products).toBe(0)
  })

  it('searches by substring of name, SKU or barcode, and short prefixes', async () => {
    await core.must(
      'catalog:create',
      productInput({
        name: 'Gantungan Kunci Burung Enggang',
        sku: 'GN-001',
        barcode: '2090000000016',
      }),
    )
    await core.must(
      'catalog:create',
      productInput({ name: 'Tas Anyaman Rotan', sku: 'AN-001', barcode: '2090000000108' }),
    )
    const names = async (query: string) =>
      (await core.must('catalog:search', { query })).map((p) => p.name)
    expect(await names('enggang')).toEqual(['Gantungan Kunci Burung Enggang'])
    expect(await names('nyam')).toEqual(['Tas Anyaman Rotan'])
    expect(await names('AN-0')).toEqual(['Tas Anyaman Rotan'])
    expect(await names('0000000108')).toEqual(['Tas Anyaman Rotan'])
    expect(await names('ta')).toEqual(['Tas Anyaman Rotan'])
    expect(await names('"')).toEqual([])
    expect(await names('')).toHaveLength(2)
  })

  it('finds a product by barcode and names an unknown one', async () => {
    await core.must('catalog:create', productInput({ barcode: '2090000000016' }))
    expect((await core.must('catalog:byBarcode', { barcode: '2090000000016' })).barcode).toBe(
      '2090000000016',
    )
    const unknown = await core.call('catalog:byBarcode', { barcode: '999' })
    expect(unknown).toMatchObject({
      ok: false,
      code: 'UNKNOWN_BARCODE',
      message: 'Barcode 999 tidak dikenal.',
    })
  })

  it('never writes the demo catalogue into the real books', async () => {
    expect(await core.call('demo:seed', {})).toMatchObject({ ok: false, code: 'TRAINING_ONLY' })
    expect(await core.must('catalog:search', { query: '', limit: 200 })).toEqual([])
    expect((await tableCounts(core)).stock_movements).toBe(0)
  })
})
