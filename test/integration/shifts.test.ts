import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addUser, saleId, stockedProduct } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

describe('cashier shifts, X and Z reports', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore({ shift: false })))
  afterEach(async () => core.dispose())

  const sell = (
    productId: string,
    qty: number,
    payments: Array<{ methodId: string; amount: number; reference?: string }>,
  ) => core.must('sales:checkout', { id: saleId(), lines: [{ productId, qty }], payments })

  it('computes expected cash from the ledger and closes with a numbered, immutable Z report', async () => {
    const product = await stockedProduct(core, 50)
    await core.must('shifts:open', { openingFloat: 200_000 })
    expect(await core.call('shifts:open', { openingFloat: 1 })).toMatchObject({
      ok: false,
      code: 'SHIFT_ALREADY_OPEN',
    })
    await sell(product.id, 2, [{ methodId: 'tunai', amount: 50_000 }]) // cash 30.000, change 20.000
    await sell(product.id, 1, [{ methodId: 'qris', amount: 15_000, reference: 'QR1' }])
    const voided = await sell(product.id, 1, [{ methodId: 'tunai', amount: 15_000 }])
    await core.must('sales:void', { saleId: voided.id, reason: 'Salah barang' }) // cash −15.000
    const returned = await sell(product.id, 2, [{ methodId: 'tunai', amount: 30_000 }])
    await core.must('sales:return', {
      id: saleId(),
      saleId: returned.id,
      reason: 'Retak',
      lines: [{ saleLineId: returned.lines[0]!.id, qty: 1, disposition: 'damaged' }],
      refunds: [{ methodId: 'tunai', amount: 15_000 }],
    })
    await core.must('shifts:cash', { kind: 'out', amount: 5_000, reason: 'Beli kantong plastik' })
    await core.must('shifts:cash', { kind: 'in', amount: 50_000, reason: 'Tambah uang kecil' })
    await core.must('shifts:drawer', { reason: 'Tukar uang' })
    await core.must('till:removeLine', {
      productId: product.id,
      name: product.name,
      qty: 1,
      reason: 'Salah scan',
    })

    const x = (await core.must('shifts:current', {}))!
    // 200.000 + (30.000 + 15.000 + 30.000) − (15.000 + 15.000) − 5.000 + 50.000
    expect(x.totals).toMatchObject({
      salesCount: 4,
      cashSales: 75_000,
      expectedCash: 290_000,
      voids: { count: 1, amount: 15_000 },
      refunds: { count: 1, amount: 15_000, cash: 30_000 },
      removedLines: 1,
      drawerOpens: 1,
      cashIn: 50_000,
      cashOut: 5_000,
    })
    expect(x.totals.byMethod).toEqual([
      { methodName: 'QRIS', kind: 'noncash', amount: 15_000 },
      { methodName: 'Tunai', kind: 'cash', amount: 75_000 },
    ])

    const z = await core.must('shifts:close', {
      countedCash: 288_000,
      note: 'Kurang 2.000',
      denominations: { '100000': 3, '20000': 1, '10000': 1, '5000': 1, '2000': 1, '1000': 1 },
    })
    expect(z.closed).toMatchObject({
      zNo: 1,
      countedCash: 288_000,
      expectedCash: 290_000,
      variance: -2_000,
    })
    expect(await core.must('shifts:current', {})).toBeNull()
    expect(() =>
      core.database.raw.prepare('update shift_closes set counted_cash = 290000').run(),
    ).toThrow(/append-only/)

    await core.must('shifts:open', { openingFloat: 100_000 })
    const second = await core.must('shifts:close', { countedCash: 100_000 })
    expect(second.closed).toMatchObject({ zNo: 2, variance: 0 })
  })

  it('requires an open shift to sell once people sign in with PINs', async () => {
    const product = await stockedProduct(core, 5)
    const admin = (await core.must('users:list', {}))[0]!
    await core.must('users:save', {
      id: admin.id,
      name: admin.name,
      role: 'admin',
      active: true,
      pin: '246810',
    })
    const refused = await core.call('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15_000 }],
    })
    expect(refused).toMatchObject({
      ok: false,
      code: 'SHIFT_REQUIRED',
      message: 'Buka shift kasir terlebih dahulu.',
    })
    await core.must('shifts:open', { openingFloat: 0 })
    const sale = await sell(product.id, 1, [{ methodId: 'tunai', amount: 15_000 }])
    expect(
      core.database.raw.prepare('select shift_id from sales where id = ?').pluck().get(sale.id),
    ).toBe((await core.must('shifts:current', {}))!.id)
  })

  it("lets only a supervisor close someone else's shift (a forced close)", async () => {
    await core.must('shifts:open', { openingFloat: 0 })
    const cashier = addUser(core, { id: 'kasir-2', name: 'Ani', role: 'cashier' })
    expect(await core.call('shifts:close', { countedCash: 0, force: true }, cashier)).toMatchObject(
      { ok: false, code: 'FORBIDDEN' },
    )
    const supervisor = addUser(core, { id: 'spv-1', name: 'Sari', role: 'supervisor' })
    const closed = await core.call('shifts:close', { countedCash: 0 }, supervisor)
    expect(closed).toMatchObject({ ok: true, data: { closed: { forced: true, by: 'Sari' } } })
  })

  it('expected cash equals a simple model for any sequence of sales, refunds and cash moves', async () => {
    const product = await stockedProduct(core, 5000, { price: 7_500 })
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 500_000 }),
        fc.array(
          fc.oneof(
            fc.record({
              op: fc.constant('cashSale' as const),
              qty: fc.integer({ min: 1, max: 4 }),
              extra: fc.integer({ min: 0, max: 20_000 }),
            }),
            fc.record({
              op: fc.constant('qrisSale' as const),
              qty: fc.integer({ min: 1, max: 4 }),
            }),
            fc.record({
              op: fc.constant('cashIn' as const),
              amount: fc.integer({ min: 1, max: 100_000 }),
            }),
            fc.record({
              op: fc.constant('cashOut' as const),
              amount: fc.integer({ min: 1, max: 100_000 }),
            }),
            fc.record({ op: fc.constant('refundLast' as const) }),
          ),
          { maxLength: 12 },
        ),
        async (float, ops) => {
          await core.must('shifts:open', { openingFloat: float })
          let expected = float
          let lastCash = null as { id: string; lineId: string; qty: number } | null
          for (const op of ops) {
            if (op.op === 'cashSale') {
              const sale = await sell(product.id, op.qty, [
                { methodId: 'tunai', amount: op.qty * 7_500 + op.extra },
              ])
              expected += op.qty * 7_500
              lastCash = { id: sale.id, lineId: sale.lines[0]!.id, qty: op.qty }
            } else if (op.op === 'qrisSale') {
              await sell(product.id, op.qty, [
                { methodId: 'qris', amount: op.qty * 7_500, reference: 'R' },
              ])
            } else if (op.op === 'cashIn' || op.op === 'cashOut') {
              await core.must('shifts:cash', {
                kind: op.op === 'cashIn' ? 'in' : 'out',
                amount: op.amount,
                reason: 'x',
              })
              expected += op.op === 'cashIn' ? op.amount : -op.amount
            } else if (lastCash && lastCash.qty > 0) {
              await core.must('sales:return', {
                id: saleId(),
                saleId: lastCash.id,
                reason: 'x',
                lines: [{ saleLineId: lastCash.lineId, qty: 1, disposition: 'restock' }],
                refunds: [{ methodId: 'tunai', amount: 7_500 }],
              })
              expected -= 7_500
              lastCash.qty -= 1
            }
          }
          const closed = await core.must('shifts:close', { countedCash: Math.max(0, expected) })
          expect(closed.closed?.expectedCash).toBe(expected)
        },
      ),
      { numRuns: 25 },
    )
  }, 120_000)
})
