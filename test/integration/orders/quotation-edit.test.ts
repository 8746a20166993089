import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { productInput, addUser, callAs } from '../../helpers/builders'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { nzBuyer, orderCounts, workshopProduct } from './order-helpers'

/**
 * A quotation's lines can be added, removed and changed until it is confirmed; each change is
 * audited; an agreed price other than the counter price asks orders.price in main.
 */
describe('orders: editing a quotation', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  async function quotation() {
    const { product: keychain } = await workshopProduct(core, 'Kegiatan Getah Nyatu')
    const mat = await core.must(
      'catalog:create',
      productInput({ name: 'Tikar Rotan', price: 90_000, cost: 40_000 }),
    )
    const bag = await core.must(
      'catalog:create',
      productInput({ name: 'Tas Purun', price: 50_000 }),
    )
    const buyer = await nzBuyer(core)
    const order = await core.must('orders:create', {
      buyerId: buyer.id,
      lines: [
        { productId: keychain.id, qty: 100 },
        { productId: mat.id, qty: 2, dueDate: '2026-12-15' },
      ],
    })
    return { keychain, mat, bag, order }
  }

  const auditActions = () =>
    core.database.raw
      .prepare("select action from audit_log where action like 'order.line%' order by rowid")
      .pluck()
      .all()

  it('adds, removes and changes lines, audits each change and keeps the total', async () => {
    const { keychain, mat, bag, order } = await quotation()
    expect(order.money.total).toBe(100 * 15_000 + 2 * 90_000)
    const edited = await core.must('orders:editLines', {
      id: order.id,
      lines: [
        {
          productId: keychain.id,
          qty: 150,
          unitPrice: 12_000,
          priceReason: 'harga grosir 150',
          dueDate: '2026-12-20',
        },
        { productId: bag.id, qty: 10 },
      ],
    })
    expect(edited.status).toBe('quotation')
    expect(
      edited.lines.map((l) => [l.name, l.qty, l.unitPrice, l.listPrice, l.dueDate, l.lineNo]),
    ).toEqual([
      ['Gantungan Kunci Logo', 150, 12_000, 15_000, '2026-12-20', 1],
      ['Tas Purun', 10, 50_000, 50_000, null, 3],
    ])
    expect(edited.money.total).toBe(150 * 12_000 + 10 * 50_000)
    expect(edited.lines.some((l) => l.productId === mat.id)).toBe(false)
    expect(auditActions()).toEqual(['order.lineRemove', 'order.lineChange', 'order.lineAdd'])
    const change = core.database.raw
      .prepare("select detail, reason from audit_log where action = 'order.lineChange'")
      .get() as { detail: string; reason: string }
    expect(JSON.parse(change.detail)).toMatchObject({
      from: { qty: 100, unitPrice: 15_000 },
      to: { qty: 150, unitPrice: 12_000, dueDate: '2026-12-20' },
    })
    expect(change.reason).toBe('harga grosir 150')

    // The same list again changes nothing and writes no audit rows.
    const before = orderCounts(core)
    await core.must('orders:editLines', {
      id: order.id,
      lines: [
        { productId: keychain.id, qty: 150, dueDate: '2026-12-20' },
        { productId: bag.id, qty: 10 },
      ],
    })
    expect(orderCounts(core)).toEqual(before)
  })

  it('asks orders.price for a new agreed price, not for a quantity change', async () => {
    const { keychain, order } = await quotation()
    await core.must('orders:editLines', {
      id: order.id,
      lines: [{ productId: keychain.id, qty: 100, unitPrice: 13_000, priceReason: 'ekspor' }],
    })
    // Someone who manages orders but may not agree prices.
    const clerk = addUser(core, { id: 'u-clerk', name: 'Staf Pesanan', role: 'cashier' })
    ;(clerk.actor!.permissions as Set<string>).add('orders.manage')
    const before = orderCounts(core)
    const cheaper = await callAs(core, clerk, 'orders:editLines', {
      id: order.id,
      lines: [{ productId: keychain.id, qty: 100, unitPrice: 11_000, priceReason: 'lebih murah' }],
    })
    expect(cheaper).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(orderCounts(core)).toEqual(before)
    // The agreed price already on the line stays; only the quantity changes.
    const more = await callAs(core, clerk, 'orders:editLines', {
      id: order.id,
      lines: [{ productId: keychain.id, qty: 120 }],
    })
    expect(more).toMatchObject({ ok: true })
    if (more.ok) {
      expect(more.data.lines[0]).toMatchObject({ qty: 120, unitPrice: 13_000 })
      expect(more.data.money.total).toBe(120 * 13_000)
    }
  })

  it('refuses to edit a confirmed order, in the service and in the database', async () => {
    const { keychain, order } = await quotation()
    await core.must('orders:advance', { id: order.id, status: 'confirmed' })
    const before = orderCounts(core)
    const late = await core.call('orders:editLines', {
      id: order.id,
      lines: [{ productId: keychain.id, qty: 1 }],
    })
    expect(late).toMatchObject({ ok: false, code: 'ORDER_STATE' })
    expect(() =>
      core.database.raw.prepare('update order_lines set qty = 1 where order_id = ?').run(order.id),
    ).toThrow(/fixed once the quotation is confirmed/)
    expect(() =>
      core.database.raw.prepare('update orders set total = 1 where id = ?').run(order.id),
    ).toThrow(/only move forward/)
    expect(orderCounts(core)).toEqual(before)
  })
})
