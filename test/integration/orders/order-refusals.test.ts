import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addUser, callAs } from '../../helpers/builders'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { intake, nzBuyer, orderCounts, workshopProduct } from './order-helpers'

/** Bad input gets a clear translated message and changes nothing. */
describe('orders: refusals', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  async function confirmedOrder(qty = 10) {
    const { product } = await workshopProduct(core, 'Kegiatan Anyaman')
    await intake(core, product.id, 50)
    const buyer = await nzBuyer(core)
    const order = await core.must('orders:create', {
      buyerId: buyer.id,
      lines: [{ productId: product.id, qty }],
    })
    await core.must('orders:advance', { id: order.id, status: 'confirmed' })
    return { product, buyer, order }
  }

  it('negative or zero quantities', async () => {
    const { product } = await workshopProduct(core, 'Kegiatan Anyaman')
    const buyer = await nzBuyer(core)
    const before = orderCounts(core)
    for (const qty of [-5, 0]) {
      const result = await core.call('orders:create', {
        buyerId: buyer.id,
        lines: [{ productId: product.id, qty }],
      })
      expect(result).toMatchObject({ ok: false, code: 'VALIDATION' })
      if (!result.ok) {
        expect(result.issues?.[0]).toMatchObject({ path: 'lines.0.qty', code: 'TOO_SMALL' })
        expect(result.message).toBe('Periksa kembali isian yang ditandai.')
      }
    }
    const request = await core.call('orders:requestProduction', {
      productId: product.id,
      qty: -1,
      dueDate: '2026-12-01',
    })
    expect(request).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(orderCounts(core)).toEqual(before)
  })

  it('packing or shipping more than ordered, and shipping what is not packed', async () => {
    const { product, order } = await confirmedOrder(10)
    const carton = { netWeightG: 500, grossWeightG: 600, lengthCm: 20, widthCm: 20, heightCm: 20 }
    let before = orderCounts(core)
    const over = await core.call('orders:pack', {
      id: order.id,
      cartons: [
        { ...carton, lines: [{ productId: product.id, qty: 6 }] },
        { ...carton, lines: [{ productId: product.id, qty: 5 }] },
      ],
    })
    expect(over).toMatchObject({ ok: false, code: 'PACKING_EXCEEDS_ORDERED' })
    if (!over.ok)
      expect(over.message).toBe(`Kemasan ${product.name} melebihi pesanan: dipesan 10, dikemas 11.`)
    expect(orderCounts(core)).toEqual(before)

    const unpacked = await core.call('orders:ship', { id: order.id })
    expect(unpacked).toMatchObject({ ok: false, code: 'PACKING_INCOMPLETE' })
    expect(orderCounts(core)).toEqual(before)

    await core.must('orders:pack', {
      id: order.id,
      cartons: [{ ...carton, lines: [{ productId: product.id, qty: 10 }] }],
    })
    // Packing again replaces the plan rather than adding to it.
    await core.must('orders:pack', {
      id: order.id,
      cartons: [{ ...carton, lines: [{ productId: product.id, qty: 10 }] }],
    })
    expect(orderCounts(core).order_cartons).toBe(1)
    await core.must('orders:ship', { id: order.id })
    before = orderCounts(core)
    const twice = await core.call('orders:ship', { id: order.id })
    expect(twice).toMatchObject({ ok: false, code: 'ORDER_STATE' })
    const repack = await core.call('orders:pack', {
      id: order.id,
      cartons: [{ ...carton, lines: [{ productId: product.id, qty: 1 }] }],
    })
    expect(repack).toMatchObject({ ok: false, code: 'ORDER_STATE' })
    expect(orderCounts(core)).toEqual(before)
  })

  it('paying more than due; a deposit of a cancelled order is refunded or forfeited, never lost', async () => {
    const { order } = await confirmedOrder(10) // 10 × Rp 15.000
    let before = orderCounts(core)
    const over = await core.call('orders:pay', {
      id: order.id,
      kind: 'deposit',
      amount: 150_001,
      methodId: 'tunai',
    })
    expect(over).toMatchObject({
      ok: false,
      code: 'PAYMENT_EXCEEDS_DUE',
      message: 'Pembayaran melebihi sisa tagihan Rp 150.000.',
    })
    expect(orderCounts(core)).toEqual(before)

    // Cash at the till goes into the open shift's drawer.
    await core.must('orders:pay', {
      id: order.id,
      kind: 'deposit',
      amount: 50_000,
      methodId: 'tunai',
    })
    expect(orderCounts(core).shift_cash_moves).toBe(before.shift_cash_moves! + 1)

    let cancelled = await core.must('orders:cancel', { id: order.id, reason: 'pembeli batal' })
    expect(cancelled.money).toMatchObject({ balanceDue: 0, held: 50_000 })
    expect(cancelled.events.at(-1)).toMatchObject({ status: 'cancelled', reason: 'pembeli batal' })

    before = orderCounts(core)
    const tooMuch = await core.call('orders:settleDeposit', {
      id: order.id,
      outcome: 'refund',
      amount: 60_000,
      methodId: 'tunai',
      reason: 'uang kembali',
    })
    expect(tooMuch).toMatchObject({ ok: false, code: 'SETTLE_EXCEEDS_HELD' })
    const noReason = await core.call('orders:settleDeposit', {
      id: order.id,
      outcome: 'forfeit',
      amount: 10_000,
      reason: '',
    })
    expect(noReason).toMatchObject({ ok: false, code: 'VALIDATION' })
    // A cashier may not refund.
    const kasir = addUser(core, { id: 'u-kasir', name: 'Kasir', role: 'cashier' })
    const refused = await callAs(core, kasir, 'orders:settleDeposit', {
      id: order.id,
      outcome: 'refund',
      amount: 10_000,
      methodId: 'tunai',
      reason: 'x',
    })
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(orderCounts(core)).toEqual(before)

    await core.must('orders:settleDeposit', {
      id: order.id,
      outcome: 'refund',
      amount: 30_000,
      methodId: 'tunai',
      reason: 'dikembalikan sebagian',
    })
    cancelled = await core.must('orders:settleDeposit', {
      id: order.id,
      outcome: 'forfeit',
      amount: 20_000,
      reason: 'biaya bahan sudah dibeli',
    })
    expect(cancelled.money).toMatchObject({
      received: 50_000,
      refunded: 30_000,
      forfeited: 20_000,
      held: 0,
    })
    expect(cancelled.payments.map((p) => p.kind)).toEqual(['deposit', 'refund', 'forfeit'])
    const after = await core.call('orders:pay', {
      id: order.id,
      kind: 'balance',
      amount: 1,
      methodId: 'tunai',
    })
    expect(after).toMatchObject({ ok: false, code: 'ORDER_STATE' })
  })

  it('an agreed price needs a reason and orders.price; a cashier cannot take orders', async () => {
    const { product } = await workshopProduct(core, 'Kegiatan Anyaman')
    const buyer = await nzBuyer(core)
    const before = orderCounts(core)
    const noReason = await core.call('orders:create', {
      buyerId: buyer.id,
      lines: [{ productId: product.id, qty: 5, unitPrice: 12_000 }],
    })
    expect(noReason).toMatchObject({ ok: false, code: 'VALIDATION' })
    if (!noReason.ok) expect(noReason.issues?.[0]).toMatchObject({ path: 'lines.0.priceReason' })
    const kasir = addUser(core, { id: 'u-kasir', name: 'Kasir', role: 'cashier' })
    const forbidden = await callAs(core, kasir, 'orders:create', {
      buyerId: buyer.id,
      lines: [{ productId: product.id, qty: 5 }],
    })
    expect(forbidden).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(orderCounts(core)).toEqual(before)
  })

  it('an intake may only name an open request for a product it brings', async () => {
    const { product, order } = await confirmedOrder(10)
    const request = await core.must('orders:requestProduction', {
      orderId: order.id,
      productId: product.id,
      qty: 5,
      dueDate: '2026-11-20',
    })
    // Past its due date with nothing received: overdue.
    expect(await core.must('orders:productionRequests', { filter: 'overdue' })).toMatchObject([
      { id: request.id, overdue: true },
    ])
    const other = await workshopProduct(core, 'Kegiatan Lain')
    const before = orderCounts(core)
    const wrong = await core.call('stock:postDocument', {
      kind: 'production_in',
      locationId: order.locationId,
      docDate: '2026-11-27',
      lines: [{ productId: other.product.id, qty: 5 }],
      productionRequestId: request.id,
    })
    expect(wrong).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(orderCounts(core)).toEqual(before)
  })
})
