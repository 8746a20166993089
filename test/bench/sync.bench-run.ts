import { join } from 'node:path'
import { cpus, loadavg } from 'node:os'
import { expect, test } from 'vitest'
import { createTillRole, publishMaster, shareLocation } from '../../electron/hub/hub-admin'
import type { InputOf } from '../../shared/contract'
import { productInput, saleId } from '../helpers/builders'
import { startPgHub } from '../helpers/pg-hub'
import { receiveStock } from '../helpers/receive-stock'
import { createTestCore, sequentialIds, type TestCore } from '../helpers/test-core'
import { sizeFrom } from './bench-template'
import { summarize } from './measure'
import { mergeReport, renderReport, type BenchReport } from './report'

// Sync against a real PostgreSQL hub (issue 17): a day's trade from one till up to the hub,
// the same trade down to a second till sharing the showroom, and the time to the first sync.
// BENCH_SYNC_SALES for a smaller run; four lines per sale as in the issue (2,000 / 8,000).
const SALES = sizeFrom('BENCH_SYNC_SALES', 2_000)
const LINES_PER_SALE = 4
const REPORT_FILE = join(process.cwd(), 'reports', 'bench.json')

test('sync: a day’s trade up to the hub and down to a second till', async () => {
  const startedAt = new Date().toISOString()
  const loadBefore = loadavg()[0]!
  const pg = await startPgHub()
  const tills: TestCore[] = []
  try {
    const hub = await pg.newHub()
    const t1 = await createTestCore({ code: 'KSG1', ids: sequentialIds('81111111') })
    tills.push(t1)
    const galeri = (await t1.must('till:settings', {})).locationId
    const call = <C extends Parameters<TestCore['must']>[0]>(c: C, i: InputOf<C>) => t1.must(c, i)
    const products: string[] = []
    for (let i = 0; i < LINES_PER_SALE; i++) {
      const id = (await t1.must('catalog:create', productInput({ price: 10_000 }))).id
      await receiveStock(call, { productId: id, qty: SALES + 10 })
      products.push(id)
    }
    const tradeStart = performance.now()
    for (let i = 0; i < SALES; i++) {
      await t1.must('sales:checkout', {
        id: saleId(),
        lines: products.map((productId) => ({ productId, qty: 1 })),
        payments: [{ methodId: 'tunai', amount: 10_000 * LINES_PER_SALE }],
      })
    }
    const tradeMs = performance.now() - tradeStart

    const join = async (till: TestCore, code: string) => {
      const c = await createTillRole(hub.admin, code, { rolePrefix: hub.rolePrefix })
      const address = hub.addressFor(c.role, c.password)
      await till.must('sync:join', {
        host: address.host,
        port: address.port,
        database: address.database,
        role: c.role,
        password: c.password,
      })
    }
    await join(t1, 'KSG1')
    await publishMaster(
      hub.admin,
      'locations',
      t1.database.raw.prepare('select * from locations').all() as Record<string, unknown>[],
    )
    await shareLocation(hub.admin, 'KSG1', galeri)
    await shareLocation(hub.admin, 'KSG2', galeri)
    const waiting = (await t1.must('sync:status', {})).waiting
    const upStart = performance.now()
    const up = await t1.sync.syncNow()
    const upMs = performance.now() - upStart
    expect(up.uploaded).toBe(waiting)

    const t2 = await createTestCore({ code: 'KSG2', ids: sequentialIds('82222222'), shift: false })
    tills.push(t2)
    await join(t2, 'KSG2')
    const downStart = performance.now()
    const down = await t2.sync.syncNow()
    const downMs = performance.now() - downStart
    const downRows = down.masterRows + down.sharedMovements + down.sharedSales
    expect(down.sharedSales).toBeGreaterThanOrEqual(SALES * (1 + LINES_PER_SALE))

    const perSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000))
    const report: BenchReport = {
      startedAt,
      environment: {
        node: process.version,
        cpus: cpus().length,
        loadBefore: Number(loadBefore.toFixed(2)),
      },
      dataset: { syncSales: SALES, syncSaleLines: SALES * LINES_PER_SALE },
      sections: [
        {
          name: 'Sync with the hub (PostgreSQL)',
          comparisons: [],
          timings: [
            {
              operation: `first sync of a day’s trade (${waiting.toLocaleString('en')} ledger rows up)`,
              path: 'syncNow on the selling till: proposals, ledger rows in chain order, documents, downloads',
              result: summarize([upMs]),
            },
            {
              operation: `first sync of a second till (${downRows.toLocaleString('en')} rows down)`,
              path: 'syncNow on a till sharing the showroom: master data, movements and sales at it, hub levels',
              result: summarize([downMs]),
            },
          ],
          notes: [
            `Up: ${perSecond(waiting, upMs).toLocaleString('en')} rows/s; down: ${perSecond(downRows, downMs).toLocaleString('en')} rows/s.`,
            `The day's trade itself (${SALES} checkouts) took ${(tradeMs / 1000).toFixed(1)} s before the till joined.`,
            'One sample each: a first sync is a one-off; PostgreSQL runs on the same machine.',
          ],
        },
      ],
      targets: [],
    }
    console.log(`\n${renderReport(report)}\n`)
    mergeReport(REPORT_FILE, report)
  } finally {
    for (const till of tills) await till.dispose()
    await pg.stop()
  }
})
