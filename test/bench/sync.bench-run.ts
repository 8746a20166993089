import { join } from 'node:path'
import { cpus, loadavg } from 'node:os'
import { expect, test } from 'vitest'
import { createTillRole, publishMaster, shareLocation } from '../../electron/hub/hub-admin'
import type { InputOf } from '../../shared/contract'
import type { SyncReport } from '../../electron/services/sync/sync.service'
import { productInput, saleId } from '../helpers/builders'
import { joinTill, startPgHub, type TestHub } from '../helpers/pg-hub'
import { receiveStock } from '../helpers/receive-stock'
import {
  createTestCore,
  sequentialIds,
  walCheckpointerFromSource,
  type TestCore,
} from '../helpers/test-core'
import { sizeFrom } from './bench-template'
import { percentile, summarize, timeMs } from './measure'
import { mergeReport, renderReport, target, type BenchReport } from './report'

// Sync against a real PostgreSQL hub (issue 17): a day's trade from one till up to the hub,
// the same trade down to a second till sharing the showroom, and the time to the first sync.
// BENCH_SYNC_SALES for a smaller run; four lines per sale as in the issue (2,000 / 8,000).
const SALES = sizeFrom('BENCH_SYNC_SALES', 2_000)
/** A 3-day offline booth: what it sold while cut off, caught up in one sync. */
const CATCH_UP_SALES = sizeFrom('BENCH_SYNC_CATCHUP_SALES', 10_000)
/** Checkouts timed at the counter, once idle and once while the catch-up sync runs. */
const COUNTER_SALES = 300
const LINES_PER_SALE = 4
const REPORT_FILE = join(process.cwd(), 'reports', 'bench.json')

test('sync: a day’s trade up to the hub and down to a second till', async () => {
  const startedAt = new Date().toISOString()
  const loadBefore = loadavg()[0]!
  const pg = await startPgHub()
  const tills: TestCore[] = []
  try {
    const hub = await pg.newHub()
    // The day's trade, then the idle checkouts and at most five times as many during the sync.
    const stock = SALES + 6 * COUNTER_SALES + 10
    const { till: t1, checkout } = await stockedTill('KSG1', '81111111', stock)
    tills.push(t1)
    const galeri = (await t1.must('till:settings', {})).locationId
    const tradeStart = performance.now()
    for (let i = 0; i < SALES; i++) await checkout()
    const tradeMs = performance.now() - tradeStart

    // Both tills' logins first: the hub shares a location only with a till it has issued.
    const logins = {
      KSG1: await createTillRole(hub.admin, 'KSG1', { rolePrefix: hub.rolePrefix }),
      KSG2: await createTillRole(hub.admin, 'KSG2', { rolePrefix: hub.rolePrefix }),
    }
    await joinTill(hub, t1, logins.KSG1)
    await publishMaster(
      hub.admin,
      'locations',
      t1.database.raw.prepare('select * from locations').all() as Record<string, unknown>[],
    )
    await shareLocation(hub.admin, 'KSG1', galeri)
    await shareLocation(hub.admin, 'KSG2', galeri)
    const waiting = (await t1.must('sync:status', {})).waiting
    const counter = await counterDuringSync(checkout, () => t1.sync.syncNow())
    const { report: up, syncMs: upMs } = counter
    expect(up.uploaded).toBeGreaterThanOrEqual(waiting)

    const t2 = await createTestCore({ code: 'KSG2', ids: sequentialIds('82222222'), shift: false })
    tills.push(t2)
    await joinTill(hub, t2, logins.KSG2)
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
              operation: `first sync of a day’s trade (${up.uploaded.toLocaleString('en')} ledger rows up)`,
              path: 'syncNow on the selling till: proposals, ledger rows in chain order, documents, downloads',
              result: summarize([upMs]),
            },
            {
              operation: 'checkout at the counter, idle',
              path: 'sales:checkout through the router (fsync), nothing else running',
              result: summarize(counter.idle),
            },
            {
              operation: 'checkout at the counter while the first sync runs',
              path: 'the same checkout, interleaved with the sync on the same till',
              result: summarize(counter.during),
            },
            {
              operation: `first sync of a second till (${downRows.toLocaleString('en')} rows down)`,
              path: 'syncNow on a till sharing the showroom: master data, movements and sales at it, hub levels',
              result: summarize([downMs]),
            },
          ],
          notes: [
            `Up: ${perSecond(up.uploaded, upMs).toLocaleString('en')} rows/s (the checkouts made during the sync go up with it); down: ${perSecond(downRows, downMs).toLocaleString('en')} rows/s.`,
            `Checkout p99 idle ${counter.idleP99.toFixed(2)} ms, during the sync ${counter.duringP99.toFixed(2)} ms (${counter.during.length} checkouts).`,
            restNote(up),
            `The day's trade itself (${SALES} checkouts) took ${(tradeMs / 1000).toFixed(1)} s before the till joined.`,
            'One sample of each sync: a first sync is a one-off; PostgreSQL runs on the same machine.',
          ],
        },
      ],
      targets: [
        target(
          'checkout p99 while a day’s first sync runs ÷ idle p99',
          'issue 17: within 1.5× of idle',
          counter.duringP99 / counter.idleP99,
          1.5,
          '×',
        ),
      ],
    }
    console.log(`\n${renderReport(report)}\n`)
    mergeReport(REPORT_FILE, report)
  } finally {
    for (const till of tills) await till.dispose()
    await pg.stop()
  }
})

/** A till with `LINES_PER_SALE` stocked products, and a checkout of one of each. */
async function stockedTill(code: string, prefix: string, stock: number) {
  // As the apps run: the log is copied back on a worker thread, never in a sale's commit.
  const till = await createTestCore({
    code,
    ids: sequentialIds(prefix),
    walCheckpointer: walCheckpointerFromSource,
  })
  const call = <C extends Parameters<TestCore['must']>[0]>(c: C, i: InputOf<C>) => till.must(c, i)
  const products: string[] = []
  for (let i = 0; i < LINES_PER_SALE; i++) {
    const id = (await till.must('catalog:create', productInput({ price: 10_000 }))).id
    await receiveStock(call, { productId: id, qty: stock })
    products.push(id)
  }
  const checkout = () =>
    till.must('sales:checkout', {
      id: saleId(),
      lines: products.map((productId) => ({ productId, qty: 1 })),
      payments: [{ methodId: 'tunai', amount: 10_000 * LINES_PER_SALE }],
    })
  return { till, checkout }
}

/**
 * The counter's checkout timed idle, then while `sync` runs on the same till (at most five
 * times as many). Each sale is its own event, as a request from the window is: the loop turns
 * between them, so the sync's hub traffic interleaves as it would at a real counter.
 */
async function counterDuringSync(
  checkout: () => Promise<unknown>,
  sync: () => Promise<SyncReport>,
) {
  const nextEvent = () => new Promise<void>((resolve) => setImmediate(resolve))
  const idle: number[] = []
  for (let i = 0; i < COUNTER_SALES; i++) {
    await nextEvent()
    idle.push(await timeMs(checkout))
  }
  const during: number[] = []
  let syncing = true
  const syncStart = performance.now()
  const running = sync().finally(() => (syncing = false))
  while (syncing && during.length < 5 * COUNTER_SALES) {
    await nextEvent()
    during.push(await timeMs(checkout))
  }
  const report = await running
  const syncMs = performance.now() - syncStart
  expect(during.length, 'the sync ended before any checkout could be timed').toBeGreaterThan(10)
  return {
    report,
    syncMs,
    idle,
    during,
    idleP99: percentile(idle, 99),
    duringP99: percentile(during, 99),
  }
}

/** How much of the sync was spent giving way to the counter (sync-pacing.ts). */
function restNote(report: SyncReport) {
  return `The upload rested ${(report.restedMs / 1000).toFixed(1)} s between batches because the counter was selling (it runs at most a quarter of the time then, flat out when the counter is quiet).`
}

async function joinAs(hub: TestHub, till: TestCore, code: string) {
  await joinTill(hub, till, await createTillRole(hub.admin, code, { rolePrefix: hub.rolePrefix }))
}

test('sync: a 3-day offline booth catches up, and the counter keeps selling meanwhile', async () => {
  const startedAt = new Date().toISOString()
  const loadBefore = loadavg()[0]!
  const pg = await startPgHub()
  const tills: TestCore[] = []
  try {
    const hub = await pg.newHub()
    // The booth's trade, the idle checkouts and at most five times as many during the sync.
    const stock = CATCH_UP_SALES + 6 * COUNTER_SALES + 10
    const { till, checkout } = await stockedTill('PMR1', '83333333', stock)
    tills.push(till)
    await joinAs(hub, till, 'PMR1')
    await till.sync.syncNow()

    // Three days at the booth with no network: every sale waits in the outbox.
    const tradeStart = performance.now()
    for (let i = 0; i < CATCH_UP_SALES; i++) await checkout()
    const tradeMs = performance.now() - tradeStart
    const waiting = (await till.must('sync:status', {})).waiting

    const counter = await counterDuringSync(checkout, () => till.sync.syncNow())
    const { report: up, syncMs: upMs, idle, during, idleP99, duringP99 } = counter
    expect(up.uploaded).toBeGreaterThanOrEqual(waiting)

    const report: BenchReport = {
      startedAt,
      environment: {
        node: process.version,
        cpus: cpus().length,
        loadBefore: Number(loadBefore.toFixed(2)),
      },
      dataset: { catchUpSales: CATCH_UP_SALES, catchUpSaleLines: CATCH_UP_SALES * LINES_PER_SALE },
      sections: [
        {
          name: 'Sync: a 3-day offline booth catches up',
          comparisons: [],
          timings: [
            {
              operation: `catch-up sync (${up.uploaded.toLocaleString('en')} ledger rows up)`,
              path: 'syncNow after three days offline, while the counter keeps selling',
              result: summarize([upMs]),
            },
            {
              operation: 'checkout at the counter, idle',
              path: 'sales:checkout through the router (fsync), nothing else running',
              result: summarize(idle),
            },
            {
              operation: 'checkout at the counter while the catch-up runs',
              path: 'the same checkout, interleaved with the sync on the same till',
              result: summarize(during),
            },
          ],
          notes: [
            `Up: ${Math.round(up.uploaded / (upMs / 1000)).toLocaleString('en')} rows/s (the checkouts made during the sync go up with it).`,
            `The booth's ${CATCH_UP_SALES.toLocaleString('en')} offline checkouts took ${(tradeMs / 1000).toFixed(1)} s.`,
            `Checkout p99 idle ${idleP99.toFixed(2)} ms, during the sync ${duringP99.toFixed(2)} ms (${during.length} checkouts).`,
            restNote(up),
          ],
        },
      ],
      targets: [
        target(
          'checkout p99 while a catch-up sync runs ÷ idle p99',
          'issue 17: within 1.5× of idle',
          duringP99 / idleP99,
          1.5,
          '×',
        ),
      ],
    }
    console.log(`\n${renderReport(report)}\n`)
    mergeReport(REPORT_FILE, report)
  } finally {
    for (const till of tills) await till.dispose()
    await pg.stop()
  }
})
