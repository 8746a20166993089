import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyStockLevels } from '../../../electron/services/stock/stock-ledger'
import { productInput } from '../../helpers/builders'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { intake, nzBuyer, orderCounts, pdfText, workshopProduct } from './order-helpers'

/**
 * Partial shipments: each shipment is its own sale with its own stock movements and its own
 * delivery note; the reservation shrinks by what went; the order is shipped only when
 * everything has gone.
 */
describe('orders: shipping an order in parts', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  const carton = { netWeightG: 500, grossWeightG: 600, lengthCm: 20, widthCm: 20, heightCm: 20 }

  async function packedOrder() {
    const { product: keychain } = await workshopProduct(core, 'Kegiatan Getah Nyatu')
    const mat = await core.must(
      'catalog:create',
      productInput({ name: 'Tikar Rotan', price: 90_000, cost: 40_000 }),
    )
    await intake(core, keychain.id, 50)
    await intake(core, mat.id, 10)
    const buyer = await nzBuyer(core)
    const order = await core.must('orders:create', {
      buyerId: buyer.id,
      lines: [
        { productId: keychain.id, qty: 20, unitPrice: 13_000, priceReason: 'harga ekspor' },
        { productId: mat.id, qty: 4 },
      ],
    })
    await core.must('orders:advance', { id: order.id, status: 'confirmed' })
    await core.must('orders:pack', {
      id: order.id,
      cartons: [
        { ...carton, lines: [{ productId: keychain.id, qty: 20 }] },
        { ...carton, lines: [{ productId: mat.id, qty: 4 }] },
      ],
    })
    return { keychain, mat, order }
  }

  const onHand = (productId: string) =>
    core.database.raw
      .prepare('select coalesce(sum(on_hand), 0) from stock_levels where product_id = ?')
      .pluck()
      .get(productId) as number

  it('writes one sale per shipment and marks the order shipped with the last one', async () => {
    const { keychain, mat, order } = await packedOrder()
    expect(order.money.total).toBe(20 * 13_000 + 4 * 90_000)

    let after = await core.must('orders:ship', {
      id: order.id,
      lines: [{ productId: keychain.id, qty: 8 }],
    })
    expect(after.status).toBe('confirmed')
    expect(after.saleId).toBeNull()
    expect(after.shipments).toHaveLength(1)
    expect(after.shipments[0]).toMatchObject({ shipmentNo: 1, total: 8 * 13_000 })
    expect(after.lines.map((l) => l.shipped)).toEqual([8, 0])
    expect(onHand(keychain.id)).toBe(42)
    // The reservation shrinks by what shipped: 12 keychains and 4 mats are still held back.
    expect(await core.must('orders:reservations', { productIds: [keychain.id, mat.id] })).toEqual([
      { productId: keychain.id, onHand: 42, reserved: 12, free: 30 },
      { productId: mat.id, onHand: 10, reserved: 4, free: 6 },
    ])
    const firstSale = core.database.raw
      .prepare('select total, receipt_no from sales where id = ?')
      .get(after.shipments[0]!.saleId) as { total: number; receipt_no: string }
    expect(firstSale.total).toBe(104_000)
    expect(after.shipments[0]!.receiptNo).toBe(firstSale.receipt_no)

    // Shipping more than is left is refused and changes nothing.
    const before = orderCounts(core)
    const over = await core.call('orders:ship', {
      id: order.id,
      lines: [{ productId: keychain.id, qty: 13 }],
    })
    expect(over).toMatchObject({ ok: false, code: 'SHIP_EXCEEDS_ORDERED' })
    if (!over.ok) {
      expect(over.message).toBe(
        `Pengiriman ${keychain.name} melebihi sisa pesanan: sisa 12, akan dikirim 13.`,
      )
    }
    expect(orderCounts(core)).toEqual(before)

    // A new packing plan must still hold what has already gone.
    const repack = await core.call('orders:pack', {
      id: order.id,
      cartons: [{ ...carton, lines: [{ productId: keychain.id, qty: 5 }] }],
    })
    expect(repack).toMatchObject({ ok: false, code: 'PACKING_INCOMPLETE' })
    expect(orderCounts(core)).toEqual(before)

    // The rest goes without a list: everything still to ship.
    after = await core.must('orders:ship', { id: order.id })
    expect(after.status).toBe('shipped')
    expect(after.shipments.map((s) => s.total)).toEqual([104_000, 12 * 13_000 + 4 * 90_000])
    expect(after.saleId).toBe(after.shipments[1]!.saleId)
    expect(after.lines.map((l) => l.shipped)).toEqual([20, 4])
    expect(onHand(keychain.id)).toBe(30)
    expect(onHand(mat.id)).toBe(6)
    const sold = core.database.raw
      .prepare(
        `select coalesce(sum(s.total), 0) from sales s
           join order_shipments h on h.sale_id = s.id where h.order_id = ?`,
      )
      .pluck()
      .get(order.id)
    expect(sold).toBe(order.money.total)
    expect(await verifyStockLevels(core.database.db)).toEqual([])

    // Nothing is left: another shipment is refused.
    const again = await core.call('orders:ship', { id: order.id })
    expect(again).toMatchObject({ ok: false, code: 'ORDER_STATE' })
  })

  it('gives each shipment its own delivery note with only what it carried', async () => {
    const { keychain, order } = await packedOrder()
    const first = await core.must('orders:ship', {
      id: order.id,
      lines: [{ productId: keychain.id, qty: 5 }],
    })
    const note = await core.must('orders:document', {
      orderId: order.id,
      kind: 'delivery_note',
      shipmentId: first.shipments[0]!.id,
      currency: 'IDR',
      language: 'en',
    })
    const text = await pdfText(note)
    expect(text).toContain('Gantungan Kunci Logo')
    expect(text).not.toContain('Tikar Rotan')
    expect(text).toContain(first.shipments[0]!.receiptNo)

    // A shipment that is not this order's is refused.
    const wrong = await core.call('orders:document', {
      orderId: order.id,
      kind: 'delivery_note',
      shipmentId: order.id,
      currency: 'IDR',
    })
    expect(wrong).toMatchObject({ ok: false, code: 'VALIDATION' })
  })

  it('refuses an empty shipment and a product that is not on the order', async () => {
    const { order } = await packedOrder()
    const other = await core.must('catalog:create', productInput({ name: 'Lain', price: 1_000 }))
    const before = orderCounts(core)
    const stranger = await core.call('orders:ship', {
      id: order.id,
      lines: [{ productId: other.id, qty: 1 }],
    })
    expect(stranger).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(orderCounts(core)).toEqual(before)
  })
})
