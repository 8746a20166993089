import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyStockLevels } from '../../electron/services/stock/stock-ledger'
import { saleId, stockedProduct, tableCounts } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

describe('checkout', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('records sale, lines, cash payment with change and stock movement in one go', async () => {
    const product = await stockedProduct(core, 10)
    const sale = await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 3 }],
      payments: [{ methodId: 'tunai', amount: 50000 }],
    })
    expect(sale).toMatchObject({
      subtotal: 45000,
      total: 45000,
      paid: 50000,
      change: 5000,
      cashierName: 'Admin',
      locationName: 'Galeri',
    })
    expect(sale.receiptNo).toBe('KSG1-20261127-000001')
    expect(sale.lines).toEqual([
      expect.objectContaining({
        lineNo: 1,
        productId: product.id,
        name: product.name,
        sku: product.sku,
        qty: 3,
        listPrice: 15000,
        unitPrice: 15000,
        discount: 0,
        lineTotal: 45000,
        netTotal: 45000,
        returnedQty: 0,
      }),
    ])
    expect(sale).toMatchObject({
      cartDiscount: 0,
      rounding: 0,
      voided: null,
      returns: [],
      reprintCount: 0,
    })
    expect(sale.payments).toEqual([
      {
        methodId: 'tunai',
        methodName: 'Tunai',
        kind: 'cash',
        amount: 45000,
        tendered: 50000,
        change: 5000,
        reference: null,
      },
    ])
    expect((await core.must('catalog:get', { id: product.id })).onHand).toBe(7)
    expect(await verifyStockLevels(core.db)).toEqual([])
  })

  it('is idempotent: the same submit twice gives one sale and one stock movement', async () => {
    const product = await stockedProduct(core, 10)
    const input = {
      id: saleId(),
      lines: [{ productId: product.id, qty: 2 }],
      payments: [{ methodId: 'tunai', amount: 30000 }],
    }
    const first = await core.must('sales:checkout', input)
    const countsAfterFirst = await tableCounts(core)
    const second = await core.must('sales:checkout', input)
    expect(second).toEqual(first)
    expect(await tableCounts(core)).toEqual(countsAfterFirst)
    const concurrent = await Promise.all([1, 2, 3].map(() => core.must('sales:checkout', input)))
    expect(new Set(concurrent.map((s) => s.receiptNo))).toEqual(new Set([first.receiptNo]))
    expect((await core.must('catalog:get', { id: product.id })).onHand).toBe(8)
  })

  it('refuses a replayed id with different contents', async () => {
    const product = await stockedProduct(core, 10)
    const id = saleId()
    await core.must('sales:checkout', {
      id,
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    const replay = await core.call('sales:checkout', {
      id,
      lines: [{ productId: product.id, qty: 2 }],
      payments: [{ methodId: 'tunai', amount: 30000 }],
    })
    expect(replay).toMatchObject({ ok: false, code: 'IDEMPOTENCY_MISMATCH' })
  })

  it('refuses selling more than on hand, naming the item, and writes nothing', async () => {
    const product = await stockedProduct(core, 10, { name: 'Tas Anyaman Rotan' })
    const before = await tableCounts(core)
    const result = await core.call('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 11 }],
      payments: [{ methodId: 'tunai', amount: 200000 }],
    })
    expect(result).toMatchObject({
      ok: false,
      code: 'INSUFFICIENT_STOCK',
      message: 'Stok Tas Anyaman Rotan tidak cukup: tersedia 10, diminta 11.',
    })
    expect(await tableCounts(core)).toEqual(before)
  })

  it('counts the same product on several lines against its stock', async () => {
    const product = await stockedProduct(core, 3)
    const result = await core.call('sales:checkout', {
      id: saleId(),
      lines: [
        { productId: product.id, qty: 2 },
        { productId: product.id, qty: 2 },
      ],
      payments: [{ methodId: 'tunai', amount: 100000 }],
    })
    expect(result).toMatchObject({ ok: false, code: 'INSUFFICIENT_STOCK' })
  })

  it('refuses insufficient cash with the shortfall, writing nothing', async () => {
    const product = await stockedProduct(core, 10)
    const before = await tableCounts(core)
    const result = await core.call('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 3 }],
      payments: [{ methodId: 'tunai', amount: 40000 }],
    })
    expect(result).toMatchObject({
      ok: false,
      code: 'INSUFFICIENT_PAYMENT',
      message: 'Pembayaran kurang Rp 5.000.',
    })
    expect(await tableCounts(core)).toEqual(before)
  })

  it('takes split tenders; non-cash needs a reference and may not exceed what is due', async () => {
    const product = await stockedProduct(core, 10)
    const noRef = await core.call('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 2 }],
      payments: [{ methodId: 'qris', amount: 30000 }],
    })
    expect(noRef).toMatchObject({
      ok: false,
      code: 'REFERENCE_REQUIRED',
      message: 'Nomor referensi wajib diisi untuk QRIS.',
    })
    const tooMuch = await core.call('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 2 }],
      payments: [{ methodId: 'qris', amount: 40000, reference: 'R1' }],
    })
    expect(tooMuch).toMatchObject({ ok: false, code: 'NONCASH_EXCEEDS_DUE' })
    const split = await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 2 }],
      payments: [
        { methodId: 'tunai', amount: 20000 },
        { methodId: 'qris', amount: 20000, reference: 'QR-778' },
      ],
    })
    expect(split.change).toBe(10000)
    expect(split.payments.map((p) => [p.methodId, p.amount, p.tendered, p.change])).toEqual([
      ['tunai', 10000, 20000, 10000],
      ['qris', 20000, 20000, 0],
    ])
  })

  it('numbers receipts without gaps, even when sales fail in between', async () => {
    const product = await stockedProduct(core, 5)
    const numbers: string[] = []
    for (let i = 0; i < 8; i++) {
      const result = await core.call('sales:checkout', {
        id: saleId(),
        lines: [{ productId: product.id, qty: 1 }],
        payments: [{ methodId: 'tunai', amount: 15000 }],
      })
      if (result.ok) numbers.push(result.data.receiptNo)
    }
    expect(numbers.map((n) => Number(n.slice(-6)))).toEqual([1, 2, 3, 4, 5])
  })

  it('refuses unknown products and inactive ones', async () => {
    const product = await stockedProduct(core, 5)
    await core.must('catalog:update', {
      id: product.id,
      name: product.name,
      sku: product.sku,
      barcode: product.barcode,
      categoryId: null,
      unit: 'pcs',
      price: product.price,
      cost: product.cost,
      workshopId: null,
      active: false,
    })
    const inactive = await core.call('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    expect(inactive).toMatchObject({ ok: false, code: 'INACTIVE_PRODUCT' })
    const unknown = await core.call('sales:checkout', {
      id: saleId(),
      lines: [{ productId: 'nope', qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    expect(unknown).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })
})
