import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyLedgerChain } from '../../../electron/db/ledger-chain'
import { verifyStockLevels } from '../../../electron/services/stock/stock-ledger'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { intake, nzBuyer, orderCounts, workshopProduct } from './order-helpers'

/**
 * The NZ export order of issue 19 through the router: a buyer, an order at an agreed price,
 * a 30% deposit, a production request arriving in two intakes, packing, shipping (the sale),
 * the balance; then the month's hasil kerja and sales report count it once, in its workshop.
 */
describe('orders: an export order from quotation to paid', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('runs the whole flow on the same ledgers as the till', async () => {
    const { workshop, product } = await workshopProduct(core, 'Kegiatan Getah Nyatu')
    await intake(core, product.id, 80)
    const buyer = await nzBuyer(core)
    expect(buyer).toMatchObject({ country: 'NZ', language: 'en', currency: 'USD' })

    let order = await core.must('orders:create', {
      buyerId: buyer.id,
      dueDate: '2026-12-20',
      lines: [
        {
          productId: product.id,
          qty: 200,
          unitPrice: 13_000,
          priceReason: 'harga ekspor 200 pcs',
          hsCode: '4602.19',
        },
      ],
    })
    expect(order.status).toBe('quotation')
    expect(order.orderNo).toMatch(/^PSN-KSG1-2026-0001$/)
    expect(order.money).toMatchObject({ total: 2_600_000, balanceDue: 2_600_000 })
    // A quotation holds nothing back.
    expect(await core.must('orders:reservations', { productIds: [product.id] })).toEqual([
      { productId: product.id, onHand: 80, reserved: 0, free: 80 },
    ])

    order = await core.must('orders:advance', { id: order.id, status: 'confirmed' })
    expect(await core.must('orders:reservations', { productIds: [product.id] })).toEqual([
      { productId: product.id, onHand: 80, reserved: 80, free: 0 },
    ])
    // Stock elsewhere is free: an order reserves from its own location's shelf.
    const { locationId: tillLocation } = await core.must('till:settings', {})
    const gudang = (await core.must('stock:locations', {})).find((l) => l.id !== tillLocation)!
    await core.must('stock:postDocument', {
      kind: 'production_in',
      locationId: gudang.id,
      docDate: '2026-11-27',
      lines: [{ productId: product.id, qty: 5 }],
    })
    expect(
      await core.must('orders:reservations', { productIds: [product.id], locationId: null }),
    ).toEqual([{ productId: product.id, onHand: 85, reserved: 80, free: 5 }])
    expect(
      await core.must('orders:reservations', { productIds: [product.id], locationId: gudang.id }),
    ).toEqual([{ productId: product.id, onHand: 5, reserved: 0, free: 5 }])

    order = await core.must('orders:pay', {
      id: order.id,
      kind: 'deposit',
      amount: 780_000,
      methodId: 'transfer',
      reference: 'TRF-NZ-001',
    })
    expect(order.money).toMatchObject({ received: 780_000, balanceDue: 1_820_000 })
    expect(order.payments[0]).toMatchObject({ kind: 'deposit', receiptNo: 'KWT-KSG1-2026-0001' })

    const request = await core.must('orders:requestProduction', {
      orderId: order.id,
      productId: product.id,
      qty: 120,
      dueDate: '2026-12-10',
    })
    expect(request).toMatchObject({ workshopName: workshop.name, received: 0, state: 'open' })
    await core.must('orders:advance', { id: order.id, status: 'in_production' })

    const first = await intake(core, product.id, 50, request.id)
    let [progress] = await core.must('orders:productionRequests', { filter: 'all' })
    expect(progress).toMatchObject({ received: 50, state: 'open', intakeDocNos: [first.docNo] })
    await intake(core, product.id, 70, request.id)
    ;[progress] = await core.must('orders:productionRequests', { filter: 'all' })
    expect(progress).toMatchObject({ received: 120, state: 'closed' })
    expect(await core.must('orders:productionRequests', { filter: 'open' })).toEqual([])
    expect(await core.must('orders:reservations', { productIds: [product.id] })).toEqual([
      { productId: product.id, onHand: 200, reserved: 200, free: 0 },
    ])

    await core.must('orders:advance', { id: order.id, status: 'ready' })
    const carton = {
      netWeightG: 2_000,
      grossWeightG: 2_600,
      lengthCm: 40,
      widthCm: 30,
      heightCm: 25,
    }
    order = await core.must('orders:pack', {
      id: order.id,
      cartons: [
        { ...carton, lines: [{ productId: product.id, qty: 100 }] },
        { ...carton, lines: [{ productId: product.id, qty: 100 }] },
      ],
    })
    expect(order.lines[0]!.packed).toBe(200)

    const salesBefore = orderCounts(core).sales!
    order = await core.must('orders:ship', { id: order.id })
    expect(order.status).toBe('shipped')
    expect(order.receiptNo).toMatch(/^KSG1-\d{8}-\d{6}$/)
    expect(orderCounts(core).sales).toBe(salesBefore + 1)
    const sale = await core.must('sales:get', { id: order.saleId! })
    expect(sale.total).toBe(2_600_000)
    expect(sale.lines).toHaveLength(1)
    expect(sale.lines[0]).toMatchObject({ qty: 200, unitPrice: 13_000 })
    expect(await core.must('orders:reservations', { productIds: [product.id] })).toEqual([
      { productId: product.id, onHand: 0, reserved: 0, free: 0 },
    ])

    const over = await core.call('orders:pay', {
      id: order.id,
      kind: 'balance',
      amount: 1_820_001,
      methodId: 'transfer',
      reference: 'TRF-NZ-002',
    })
    expect(over).toMatchObject({ ok: false, code: 'PAYMENT_EXCEEDS_DUE' })
    if (!over.ok) expect(over.message).toContain('Rp 1.820.000')

    order = await core.must('orders:pay', {
      id: order.id,
      kind: 'balance',
      amount: 1_820_000,
      methodId: 'transfer',
      reference: 'TRF-NZ-002',
    })
    expect(order.status).toBe('paid')
    expect(order.money).toMatchObject({ received: 2_600_000, balanceDue: 0 })
    expect(order.events.map((e) => e.status)).toEqual([
      'quotation',
      'confirmed',
      'in_production',
      'ready',
      'shipped',
      'paid',
    ])
    expect(order.events.every((e) => e.userName === 'Admin')).toBe(true)

    // The month's hasil kerja and sales report count the order once, in its workshop.
    const hasil = await core.must('reports:hasilKerja', { month: '2026-11' })
    const row = hasil.rows.find((r) => r.workshopId === workshop.id)
    expect(row).toMatchObject({ qty: 200, netSales: 2_600_000 })
    expect(hasil.rows.filter((r) => r.workshopId === workshop.id)).toHaveLength(1)
    const sales = await core.must('reports:sales', { from: '2026-11-01', to: '2026-11-30' })
    expect(sales.byWorkshop.find((r) => r.name === workshop.name)).toMatchObject({
      qty: 200,
      netSales: 2_600_000,
    })

    // Cancelling a shipped order is refused in words and changes nothing.
    const before = orderCounts(core)
    const cancel = await core.call('orders:cancel', { id: order.id, reason: 'buyer changed mind' })
    expect(cancel).toMatchObject({ ok: false, code: 'ORDER_STATE' })
    if (!cancel.ok) expect(cancel.message).toContain(order.orderNo)
    expect(orderCounts(core)).toEqual(before)

    expect(await verifyStockLevels(core.db)).toEqual([])
    expect(verifyLedgerChain(core.database.raw).ok).toBe(true)
  })
})
