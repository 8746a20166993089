import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportQueriesOver } from '../../../electron/services/reports/report-queries'
import { workerReportQueries } from '../../../electron/services/reports/worker-report-queries'
import { buildDataset } from '../../bench/dataset'
import { saleId, stockedProduct } from '../../helpers/builders'
import { createTestCore, reportsWorkerFromSource, type TestCore } from '../../helpers/test-core'

// Laporan runs its aggregations in a worker thread on its own read-only connection, so a
// long report never holds up the till. These tests run the real worker (from source).
describe('reports in a worker thread', () => {
  let core: TestCore
  const year = { from: '2025-11-01', to: '2026-11-30', locationId: null }

  beforeAll(async () => {
    core = await createTestCore({ reportsWorker: reportsWorkerFromSource })
    // A year of generated sales: enough that a year report takes a while to scan.
    buildDataset(core.database.raw, {
      products: 2_000,
      saleLines: 40_000,
      until: core.clock.now(),
      seed: 7,
    })
    // The worker starts on first use; the first call also pays for loading it.
    await core.must('reports:sales', { from: '2026-11-27', to: '2026-11-27' })
  }, 120_000)
  afterAll(async () => core.dispose())

  it('answers with exactly what the same queries give on the main connection', async () => {
    const fromWorker = await core.must('reports:sales', year)
    const inProcess = await reportQueriesOver(core.db).sales(year, true, 300)
    expect(fromWorker.summary.salesCount).toBeGreaterThan(1000)
    expect(fromWorker).toEqual({ ...inProcess, locationName: null })

    const month = { month: '2026-10', locationId: null }
    expect(await core.must('reports:hasilKerja', month)).toEqual({
      ...(await reportQueriesOver(core.db).hasilKerja(month, true, '2026-11-27')),
      locationName: null,
    })
  })

  it('sees a sale as soon as it is committed', async () => {
    const today = { from: '2026-11-27', to: '2026-11-27', locationId: null }
    const before = await core.must('reports:sales', today)
    const product = await stockedProduct(core, 5, { price: 12_500 })
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 2 }],
      payments: [{ methodId: 'tunai', amount: 25_000 }],
    })
    const after = await core.must('reports:sales', today)
    expect(after.summary.salesCount).toBe(before.summary.salesCount + 1)
    expect(after.summary.netSales).toBe(before.summary.netSales + 25_000)
  })

  it('keeps the main process answering while a year report runs', async () => {
    // In-process, the report's queries run back to back on this thread (better-sqlite3 is
    // synchronous and Kysely only awaits promises), so no other event — an IPC message, a
    // scan — is handled until it is done. In the worker, the event loop keeps turning: each
    // turn here answers a lookup, as the till's requests would be.
    let reportDone = false
    const report = core.must('reports:sales', year).then(() => (reportDone = true))
    let answeredMeanwhile = 0
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve))
      if (reportDone) break
      const found = await core.call('catalog:search', { query: 'ga', limit: 5 })
      expect(found.ok).toBe(true)
      answeredMeanwhile++
    }
    await report
    expect(answeredMeanwhile).toBeGreaterThan(0)
  })

  it('renders exports there too: every product of the year in the CSV', async () => {
    const report = await core.must('reports:sales', year)
    const payload = await core.must('reports:export', {
      report: 'sales',
      period: year,
      format: 'csv',
    })
    const lines = Buffer.from(payload.base64, 'base64').toString('utf8').split('\r\n')
    expect(lines).toContain(`Penjualan bersih;${report.summary.netSales}`)
    // The screen shows the best 300; the export carries all of them.
    expect(report.productCount).toBeGreaterThan(300)
    const best = report.byProduct[0]!
    expect(lines).toContain(
      `${best.name};${best.sku};${best.qty};${best.netSales};${best.cost};${best.grossProfit}`,
    )
    // Only the by-product table has rows of name;SKU and four figures.
    const productLines = lines.filter((l) => /^[^;]+;[^;]+(;-?\d+){4}$/.test(l))
    expect(productLines).toHaveLength(report.productCount)
  })

  it('names as slow sellers the stocked active products that sold least', async () => {
    // Reference: every stocked product ranked by units sold in the period (none first), then
    // by stock. A month leaves most products unsold (the report reads only the best-stocked
    // few hundred); over a year nearly all sold (it reads them all).
    const raw = core.database.raw
    const reference = (from: string, to: string) => {
      const start = Date.parse(`${from}T00:00:00+07:00`)
      const end = Date.parse(`${to}T00:00:00+07:00`) + 86_400_000
      return (
        raw
          .prepare(
            `select k.product_id as key, k.on_hand as onHand,
               coalesce((select sum(l.qty) from sale_lines l where l.product_id = k.product_id
                 and l.created_at >= ? and l.created_at < ?
                 and not exists (select 1 from sale_voids v where v.sale_id = l.sale_id)), 0)
               - coalesce((select sum(rl.qty) from return_lines rl
                 join sale_lines l on l.id = rl.sale_line_id where l.product_id = k.product_id
                 and rl.created_at >= ? and rl.created_at < ?), 0) as qty
             from (select product_id, sum(on_hand) as on_hand from stock_levels
                   group by product_id having sum(on_hand) > 0) k
             join products p on p.id = k.product_id and p.active = 1`,
          )
          .all(start, end, start, end) as { key: string; onHand: number; qty: number }[]
      )
        .sort((a, b) => a.qty - b.qty || b.onHand - a.onHand || (a.key < b.key ? -1 : 1))
        .slice(0, 10)
    }
    for (const period of [
      { from: '2026-10-01', to: '2026-10-31' },
      year,
    ]) {
      const report = await core.must('reports:sales', { ...period, locationId: null })
      const expected = reference(period.from, period.to)
      expect(expected).toHaveLength(10)
      expect(report.slowSellers.map(({ key, qty, onHand }) => ({ key, qty, onHand }))).toEqual(
        expected,
      )
    }
    const sold = (from: string, to: string) =>
      reference(from, to).filter((row) => row.qty > 0).length
    expect(sold('2026-10-01', '2026-10-31')).toBe(0)
    expect(sold(year.from, year.to)).toBeGreaterThan(0)
  })

  it('fails the call, not the process, when the worker cannot open the database', async () => {
    const broken = workerReportQueries(join(core.dataDir, 'missing.sqlite'), reportsWorkerFromSource)
    try {
      await expect(broken.pnbpYear('2026-11')).rejects.toThrow()
    } finally {
      await broken.close()
    }
  })
})
