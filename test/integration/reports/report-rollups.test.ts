import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyReportRollups } from '../../../electron/services/reports/report-rollups'
import { saleId, stockedProduct } from '../../helpers/builders'
import { createTestCore, type TestCore } from '../../helpers/test-core'

// The daily rollups behind Laporan's by-day, cashier, location and method figures are kept
// by triggers; these tests pin down what each trigger adds and that verification sees drift.
describe('report rollups', () => {
  let core: TestCore
  beforeEach(async () => {
    core = await createTestCore()
  })
  afterEach(async () => core.dispose())

  const sell = async (price: number, qty: number, discount?: number) => {
    const product = await stockedProduct(core, 20, { price })
    return core.must('sales:checkout', {
      id: saleId(),
      lines: [
        {
          productId: product.id,
          qty,
          ...(discount ? { discount: { kind: 'amount' as const, value: discount, reason: 'Pameran' } } : {}),
        },
      ],
      payments: [{ methodId: 'tunai', amount: price * qty }],
    })
  }

  const daily = () =>
    core.database.raw
      .prepare(
        `select day, sales, cart_discount, rounding, subtotal, gross, line_discount
         from report_sales_daily order by day`,
      )
      .all()

  it('adds each sale, line and payment on its business day and takes a void back out', async () => {
    // 2026-11-27 10:00 WIB.
    const first = await sell(15_000, 2, 1_000)
    await sell(40_000, 1)
    expect(daily()).toEqual([
      {
        day: '2026-11-27',
        sales: 2,
        cart_discount: 0,
        rounding: first.rounding,
        subtotal: 29_000 + 40_000,
        gross: 30_000 + 40_000,
        line_discount: 1_000,
      },
    ])
    const payments = core.database.raw
      .prepare('select day, method_name, payments, amount from report_payments_daily')
      .all()
    expect(payments).toEqual([
      { day: '2026-11-27', method_name: 'Tunai', payments: 2, amount: first.total + 40_000 },
    ])
    const workshops = core.database.raw
      .prepare('select day, workshop_id, qty, net, cost from report_workshops_daily')
      .all()
    // stockedProduct gives no workshop: the rollup keys those lines by ''.
    expect(workshops).toEqual([
      { day: '2026-11-27', workshop_id: '', qty: 3, net: 29_000 + 40_000, cost: expect.any(Number) },
    ])

    // 23:30 WIB is still the 27th; 00:30 WIB the next day is the 28th.
    core.clock.set(Date.UTC(2026, 10, 27, 16, 30))
    await sell(10_000, 1)
    core.clock.set(Date.UTC(2026, 10, 27, 17, 30))
    const late = await sell(20_000, 1)
    await core.must('sales:void', { saleId: late.id, reason: 'Salah input' })
    const days = daily() as { day: string; sales: number }[]
    expect(days.map((d) => [d.day, d.sales])).toEqual([
      ['2026-11-27', 3],
      ['2026-11-28', 0],
    ])
    expect(await verifyReportRollups(core.db)).toEqual([])
  })

  it('reports a rollup that no longer matches the ledgers', async () => {
    await sell(15_000, 1)
    expect(await verifyReportRollups(core.db)).toEqual([])
    core.database.raw.exec('update report_sales_daily set gross = gross + 1')
    const mismatches = await verifyReportRollups(core.db)
    expect(mismatches).toHaveLength(1)
    expect(mismatches[0]).toMatchObject({ table: 'report_sales_daily', stored: expect.stringContaining('15001') })
  })

  it('would miss a void without its trigger (the verification catches it)', async () => {
    const sale = await sell(15_000, 1)
    core.database.raw.exec(
      'drop trigger sale_voids_report_rollup; drop trigger sale_voids_product_months',
    )
    await core.must('sales:void', { saleId: sale.id, reason: 'Salah input' })
    const mismatches = await verifyReportRollups(core.db)
    expect(mismatches.map((m) => m.table).sort()).toEqual([
      'report_payments_daily',
      'report_products_monthly',
      'report_sales_daily',
      'report_workshops_daily',
    ])
  })
})
