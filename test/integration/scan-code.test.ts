import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { locationId, stockedProduct } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

// One lookup rule for every scan field: a code is a barcode first, else a SKU (any case).
describe('scan codes: barcode, then SKU', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('the till’s lookup finds a product by its SKU, in any case, and a barcode wins', async () => {
    const keychain = await stockedProduct(core, 5, { sku: 'GN-003', barcode: '2000000000301' })
    // A product whose barcode happens to equal another product's SKU: the barcode wins.
    const clash = await stockedProduct(core, 5, { sku: 'X-9', barcode: 'GN-004' })
    const other = await stockedProduct(core, 5, { sku: 'GN-004', barcode: null })
    expect((await core.must('catalog:byBarcode', { barcode: 'GN-003' })).id).toBe(keychain.id)
    expect((await core.must('catalog:byBarcode', { barcode: 'gn-003' })).id).toBe(keychain.id)
    expect((await core.must('catalog:byBarcode', { barcode: '2000000000301' })).id).toBe(
      keychain.id,
    )
    expect((await core.must('catalog:byBarcode', { barcode: 'GN-004' })).id).toBe(clash.id)
    expect((await core.must('catalog:byBarcode', { barcode: 'gn-004' })).id).toBe(other.id)
    expect(await core.call('catalog:byBarcode', { barcode: 'GN-999' })).toMatchObject({
      ok: false,
      code: 'UNKNOWN_BARCODE',
    })
  })

  it('the stock count’s scan field accepts a SKU like the till, also under parallel scans', async () => {
    const keychain = await stockedProduct(core, 5, { sku: 'GN-003', barcode: '2000000000302' })
    const count = await core.must('opname:create', {
      locationId: await locationId(core, 'Galeri'),
      scope: { kind: 'all' },
      personInCharge: { name: 'Budi Santoso' },
      witness: { name: 'Siti Aminah' },
    })
    await core.must('opname:start', { id: count.id })
    const session = await core.must('opname:openSession', { countId: count.id, label: 'Rak A' })
    const scans = await Promise.all(
      ['GN-003', 'gn-003', '2000000000302', 'GN-003'].map((barcode) =>
        core.must('opname:scan', { countId: count.id, sessionId: session.id, barcode }),
      ),
    )
    expect(scans.every((s) => s.product.id === keychain.id)).toBe(true)
    expect(Math.max(...scans.map((s) => s.counted))).toBe(4)
    expect(
      await core.call('opname:scan', { countId: count.id, sessionId: session.id, barcode: 'NOPE' }),
    ).toMatchObject({ ok: false, code: 'UNKNOWN_BARCODE' })
  })
})
