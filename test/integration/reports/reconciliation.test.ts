import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProductDto } from '../../../shared/catalogue/catalogue-dto'
import type { ShiftDto } from '../../../shared/shifts/shifts-dto'
import { verifyReportRollups } from '../../../electron/services/reports/report-rollups'
import { saleId, stockedProduct } from '../../helpers/builders'
import { createTestCore, type TestCore } from '../../helpers/test-core'

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number) {
  let state = seed >>> 0
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state % n
  }
}

const DAY = 86_400_000
// 2026-11-02 08:00 WIB.
const START = Date.UTC(2026, 10, 2, 1, 0, 0)

describe('reports reconcile with the Z reports and the ledgers', () => {
  let core: TestCore
  let products: ProductDto[]
  const closed: ShiftDto[] = []

  beforeAll(async () => {
    core = await createTestCore({ shift: false })
    core.clock.set(START - DAY)
    const getah = await core.must('catalog:addWorkshop', { name: 'Getah Nyatu' })
    const kayu = await core.must('catalog:addWorkshop', { name: 'Ukir Kayu' })
    const craft = await core.must('catalog:addCategory', { name: 'Kerajinan' })
    await core.must('settings:updateTill', { cashRounding: { unit: 500, mode: 'nearest' } })
    // A default rule from October, a workshop rule on gross profit that changes mid-month.
    await core.must('reports:addSplitRule', {
      workshopId: null,
      validFrom: '2026-10-01',
      premiBp: 5000,
      pnbpBp: 1500,
      modalBp: 3500,
      basis: 'net_sales',
    })
    await core.must('reports:addSplitRule', {
      workshopId: kayu.id,
      validFrom: '2026-11-06',
      premiBp: 3500,
      pnbpBp: 5000,
      modalBp: 1500,
      basis: 'gross_profit',
    })
    products = [
      await stockedProduct(core, 400, { price: 15_350, cost: 6_000, workshopId: getah.id, categoryId: craft.id }),
      await stockedProduct(core, 400, { price: 27_500, cost: 11_250, workshopId: getah.id }),
      await stockedProduct(core, 400, { price: 125_000, cost: 70_000, workshopId: kayu.id, categoryId: craft.id }),
      await stockedProduct(core, 400, { price: 8_900, cost: 3_100 }),
    ]

    const rand = lcg(7)
    const sold: { id: string; lines: { id: string; qty: number }[]; total: number; returned?: boolean }[] =
      []
    for (let day = 0; day < 12; day++) {
      core.clock.set(START + day * DAY)
      await core.must('shifts:open', { openingFloat: 100_000 })
      const count = 3 + rand(6)
      for (let i = 0; i < count; i++) {
        core.clock.advance(10 * 60_000)
        const lines = Array.from({ length: 1 + rand(3) }, () => ({
          productId: products[rand(products.length)]!.id,
          qty: 1 + rand(4),
          ...(rand(5) === 0 ? { discount: { kind: 'percent' as const, value: 10, reason: 'Pameran' } } : {}),
        }))
        // Merge duplicates: a product appears once per sale.
        const merged = [...new Map(lines.map((l) => [l.productId, l])).values()]
        const cartDiscount =
          rand(6) === 0 ? { kind: 'amount' as const, value: 2_000, reason: 'Pelanggan tetap' } : null
        const preview = rand(3)
        const sale = await core.must('sales:checkout', {
          id: saleId(),
          lines: merged,
          cartDiscount,
          payments:
            preview === 0
              ? [{ methodId: 'qris', amount: 1, reference: 'QR' }]
              : [{ methodId: 'tunai', amount: 5_000_000 }],
        }).catch(async () =>
          // QRIS must match the amount: pay the exact total the till computed.
          core.must('sales:checkout', {
            id: saleId(),
            lines: merged,
            cartDiscount,
            payments: [{ methodId: 'tunai', amount: 5_000_000 }],
          }),
        )
        sold.push({ id: sale.id, lines: sale.lines.map((l) => ({ id: l.id, qty: l.qty })), total: sale.total })
      }
      // Some voids and returns, also of earlier days' sales.
      core.clock.advance(30 * 60_000)
      const voidable = sold.filter((s) => !s.returned)
      if (rand(2) === 0 && voidable.length > 2) {
        const target = voidable[rand(voidable.length)]!
        sold.splice(sold.indexOf(target), 1)
        await core.must('sales:void', { saleId: target.id, reason: 'Salah input' })
      }
      if (rand(2) === 0 && sold.length > 2) {
        const target = sold[rand(sold.length)]!
        const line = target.lines[0]!
        if (line.qty > 0) {
          const preview = await core.call('sales:return', {
            id: saleId(),
            saleId: target.id,
            reason: 'Retak',
            lines: [{ saleLineId: line.id, qty: 1, disposition: rand(2) === 0 ? 'restock' : 'damaged' }],
            refunds: [{ methodId: 'tunai', amount: 1 }],
          })
          // The refund must equal the line share: read it from the error and book it.
          if (!preview.ok && preview.code === 'REFUND_MISMATCH') {
            const amount = Number(String(preview.message).replace(/\D/g, ''))
            await core.must('sales:return', {
              id: saleId(),
              saleId: target.id,
              reason: 'Retak',
              lines: [{ saleLineId: line.id, qty: 1, disposition: 'restock' }],
              refunds: [{ methodId: 'tunai', amount }],
            })
            line.qty -= 1
            target.returned = true
          }
        }
      }
      core.clock.advance(60 * 60_000)
      const current = (await core.must('shifts:current', {}))!
      closed.push(
        await core.must('shifts:close', { countedCash: current.totals.expectedCash }),
      )
    }
  }, 120_000)
  afterAll(async () => core.dispose())

  it('sales report totals = sum of Z reports = ledger sums', async () => {
    const report = await core.must('reports:sales', { from: '2026-11-01', to: '2026-11-30' })
    // The Z reports as the app shows them (shifts:history: the totals frozen at close).
    const history = await core.must('shifts:history', { limit: 100 })
    expect(history.map((s) => s.closed?.zNo).sort()).toEqual(closed.map((s) => s.closed?.zNo).sort())
    const z = history.map((s) => s.totals)
    const sum = (f: (t: ShiftDto['totals']) => number) => z.reduce((a, t) => a + f(t), 0)
    const voidedCount = sum((t) => t.voids.count)
    expect(voidedCount).toBeGreaterThan(0)
    expect(sum((t) => t.refunds.amount)).toBeGreaterThan(0)

    // A Z report is frozen when printed. A void booked after the sale's shift closed is on
    // no Z as a void (its money went back in a later shift): the ledger names those.
    const late = core.database.raw
      .prepare(
        `select count(*) as n, coalesce(sum(s.total), 0) as amount
         from sale_voids v join sales s on s.id = v.sale_id
         join shift_closes c on c.shift_id = s.shift_id
         where v.created_at > c.created_at`,
      )
      .get() as { n: number; amount: number }
    expect(late.n).toBeGreaterThan(0)
    expect(report.summary.salesCount).toBe(sum((t) => t.salesCount) - voidedCount - late.n)
    expect(report.summary.returns).toBe(sum((t) => t.refunds.amount))
    expect(report.summary.netSales).toBe(
      sum((t) => t.netSales) -
        sum((t) => t.voids.amount) -
        late.amount -
        sum((t) => t.refunds.amount),
    )
    expect(report.summary.voids.count).toBe(voidedCount + late.n)
    expect(report.summary.rounding).not.toBe(0)

    // Ledger sums, straight from the tables.
    const raw = core.database.raw
    const ledgerTotal = raw
      .prepare(
        `select coalesce(sum(total), 0) from sales s
         where not exists (select 1 from sale_voids v where v.sale_id = s.id)`,
      )
      .pluck()
      .get() as number
    const refunded = raw.prepare('select coalesce(sum(refund_total), 0) from returns').pluck().get() as number
    expect(report.summary.netSales).toBe(ledgerTotal - refunded)
    const paid = raw
      .prepare(
        `select coalesce(sum(amount), 0) from payments p
         where not exists (select 1 from sale_voids v where v.sale_id = p.sale_id)`,
      )
      .pluck()
      .get() as number
    const refundsPaid = raw
      .prepare('select coalesce(sum(amount), 0) from refunds where return_id is not null')
      .pluck()
      .get() as number
    expect(report.byMethod.reduce((a, m) => a + m.amount, 0)).toBe(paid - refundsPaid)
    expect(paid - refundsPaid).toBe(report.summary.netSales)

    // Every breakdown adds up to the same line net; the summary adds cash rounding on top.
    const lineNet = report.byProduct.reduce((a, r) => a + r.netSales, 0)
    for (const rows of [report.byWorkshop, report.byCategory, report.byCashier, report.byLocation]) {
      expect(rows.reduce((a, r) => a + r.netSales, 0)).toBe(lineNet)
    }
    const returnRounding = raw
      .prepare(
        `select coalesce(sum(r.refund_total), 0) - (select coalesce(sum(amount), 0) from return_lines)
         from returns r`,
      )
      .pluck()
      .get() as number
    expect(lineNet + report.summary.rounding - returnRounding).toBe(report.summary.netSales)
    // By day adds up to the summary.
    expect(report.byDay.reduce((a, d) => a + d.netSales, 0)).toBe(report.summary.netSales)

    // Gross profit from the cost snapshot on the lines.
    const cost = raw
      .prepare(
        `select coalesce(sum(l.qty * l.unit_cost), 0) from sale_lines l
         where not exists (select 1 from sale_voids v where v.sale_id = l.sale_id)`,
      )
      .pluck()
      .get() as number
    const returnedCost = raw
      .prepare(
        `select coalesce(sum(rl.qty * l.unit_cost), 0) from return_lines rl
         join sale_lines l on l.id = rl.sale_line_id`,
      )
      .pluck()
      .get() as number
    expect(report.cost).toBe(cost - returnedCost)
    expect(report.grossProfit).toBe(lineNet - (cost - returnedCost))
  })

  it('hasil kerja totals match the sales report and split exactly', async () => {
    const sales = await core.must('reports:sales', { from: '2026-11-01', to: '2026-11-30' })
    const hk = await core.must('reports:hasilKerja', { month: '2026-11' })
    expect(hk.totals.netSales + hk.rounding).toBe(sales.summary.netSales)
    expect(hk.totals.qty).toBe(sales.byProduct.reduce((a, r) => a + r.qty, 0))
    expect(hk.totals.premi + hk.totals.pnbp + hk.totals.modal).toBe(hk.totals.basis)
    for (const row of hk.rows) {
      expect(row.premi + row.pnbp + row.modal).toBe(row.basis)
    }
    expect(hk.rows.reduce((a, r) => a + r.pnbp, 0)).toBe(hk.totals.pnbp)
    expect(hk.totals.unsplit).toBe(0)
    // Ukir Kayu used the default rule before 6 November and its own rule after.
    const kayu = hk.rows.find((r) => r.workshopName === 'Ukir Kayu')!
    expect(kayu.shares.map((s) => s.validFrom)).toEqual(['2026-10-01', '2026-11-06'])
    expect(hk.salesDays.length).toBe(12)
    const pnbp = await core.must('reports:pnbp', { month: '2026-11' })
    expect(pnbp.dueYtd).toBe(hk.totals.pnbp)
  })

  it('stock valuation equals the stock card sums', async () => {
    const valuation = await core.must('reports:stockValuation', {})
    const raw = core.database.raw
    const card = raw
      .prepare(
        `select coalesce(sum(m.qty), 0) as qty, coalesce(sum(m.qty * p.cost), 0) as value
         from stock_movements m join products p on p.id = m.product_id`,
      )
      .get() as { qty: number; value: number }
    expect(valuation.totals).toEqual({ qty: card.qty, value: card.value })
    expect(valuation.byCategory.reduce((a, r) => a + r.value, 0)).toBe(card.value)
    expect(valuation.byLocation.reduce((a, r) => a + r.qty, 0)).toBe(card.qty)
  })

  it('keeps the daily rollups equal to the ledgers through sales, voids and returns', async () => {
    const raw = core.database.raw
    expect(raw.prepare('select count(*) from report_sales_daily').pluck().get()).toBeGreaterThan(0)
    expect(raw.prepare('select count(*) from sale_voids').pluck().get()).toBeGreaterThan(0)
    expect(await verifyReportRollups(core.db)).toEqual([])
  })

  it.each([
    ['a half year (the lines in product order)', '2026-06-01'],
    ['a whole month and days before it (monthly rollup + lines)', '2026-10-20'],
  ])('gives the same figures over %s', async (_name, from) => {
    // The by-product sums take another path for these periods (see sales-report.ts). All
    // sales are in November: the whole month (read from the monthly rollup), a period that
    // adds days before it and a half year must give exactly the same figures.
    const month = await core.must('reports:sales', { from: '2026-11-01', to: '2026-11-30' })
    const days = await core.must('reports:sales', { from: '2026-11-02', to: '2026-11-30' })
    expect(days.byProduct).toEqual(month.byProduct)
    const halfYear = await core.must('reports:sales', { from, to: '2026-11-30' })
    expect(halfYear.summary).toEqual(month.summary)
    expect(halfYear.byProduct).toEqual(month.byProduct)
    expect(halfYear.byCategory).toEqual(month.byCategory)
    expect(halfYear.byWorkshop).toEqual(month.byWorkshop)
    expect(halfYear.byMethod).toEqual(month.byMethod)
    expect(halfYear.byCashier).toEqual(month.byCashier)
    expect(halfYear.grossProfit).toEqual(month.grossProfit)
  })

  it('gives the same figures for one location over a whole month and a half year', async () => {
    // At one location a long period reads whole months from the rollup (with the location on
    // each row) and the leftover days from the lines joined to their sales.
    const locationId = core.database.raw
      .prepare("select id from locations where kind = 'showroom'")
      .pluck()
      .get() as string
    const month = await core.must('reports:sales', {
      from: '2026-11-01',
      to: '2026-11-30',
      locationId,
    })
    const everywhere = await core.must('reports:sales', { from: '2026-11-01', to: '2026-11-30' })
    expect(month.summary.netSales).toBe(everywhere.summary.netSales)
    for (const from of ['2026-06-15', '2026-10-20']) {
      const longer = await core.must('reports:sales', { from, to: '2026-11-30', locationId })
      expect(longer.summary).toEqual(month.summary)
      expect(longer.byProduct).toEqual(month.byProduct)
      expect(longer.byWorkshop).toEqual(month.byWorkshop)
      expect(longer.byMethod).toEqual(month.byMethod)
    }
  })
})
