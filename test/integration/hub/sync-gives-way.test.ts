import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTillRole } from '../../../electron/hub/hub-admin'
import { COUNTER_QUIET_MS } from '../../../electron/services/sync/counter-activity'
import type { InputOf } from '../../../shared/contract'
import { productInput, saleId } from '../../helpers/builders'
import { joinTill, startPgHub, type PgHubServer, type TestHub } from '../../helpers/pg-hub'
import { receiveStock } from '../../helpers/receive-stock'
import { createTestCore, sequentialIds, type TestCore } from '../../helpers/test-core'

// The upload gives way to the cashier (sync-pacing.ts), wired through the real router: a
// sale or a scan through the till's own channels makes the next sync rest between batches;
// a till left alone for a second syncs without resting. Against a real PostgreSQL.

const SALES = 40

describe('the hub upload gives way to a busy counter (real PostgreSQL)', () => {
  let pg: PgHubServer
  let hub: TestHub
  let till: TestCore
  let checkout: () => Promise<unknown>

  beforeAll(async () => {
    pg = await startPgHub()
    hub = await pg.newHub()
    till = await createTestCore({ code: 'KSG1', ids: sequentialIds('65555555') })
    const call = <C extends Parameters<TestCore['must']>[0]>(c: C, i: InputOf<C>) => till.must(c, i)
    const productId = (await till.must('catalog:create', productInput({ price: 5_000 }))).id
    await receiveStock(call, { productId, qty: 4 * SALES })
    checkout = () =>
      till.must('sales:checkout', {
        id: saleId(),
        lines: [{ productId, qty: 1 }],
        payments: [{ methodId: 'tunai', amount: 5_000 }],
      })
    await joinTill(
      hub,
      till,
      await createTillRole(hub.admin, 'KSG1', { rolePrefix: hub.rolePrefix }),
    )
  }, 120_000)

  afterAll(async () => {
    await till?.dispose()
    await pg?.stop()
  })

  const waiting = async () => (await till.must('sync:status', {})).waiting

  it('rests between batches right after a sale, and sends everything all the same', async () => {
    for (let i = 0; i < SALES; i++) await checkout()
    const before = await waiting()
    expect(before).toBeGreaterThan(3 * 20)
    const report = await till.sync.syncNow({ batchSize: 20 })
    expect(report.uploaded).toBe(before)
    expect(report.restedMs, 'a sale a moment ago: the upload rested').toBeGreaterThan(0)
    expect(await waiting()).toBe(0)
  })

  it('does not rest once the counter has been quiet for a second', async () => {
    for (let i = 0; i < SALES; i++) await checkout()
    const before = await waiting()
    await new Promise((resolve) => setTimeout(resolve, COUNTER_QUIET_MS + 50))
    const report = await till.sync.syncNow({ batchSize: 20 })
    expect(report.uploaded).toBe(before)
    expect(report.restedMs).toBe(0)
  })

  it('a scan counts as the counter too, a report does not', async () => {
    for (let i = 0; i < SALES; i++) await checkout()
    await new Promise((resolve) => setTimeout(resolve, COUNTER_QUIET_MS + 50))
    await till.must('sync:status', {})
    const quiet = await till.sync.syncNow({ batchSize: 20 })
    expect(quiet.restedMs, 'the sync screen is not the counter').toBe(0)

    for (let i = 0; i < SALES; i++) await checkout()
    await new Promise((resolve) => setTimeout(resolve, COUNTER_QUIET_MS + 50))
    await till.must('catalog:byBarcode', { barcode: '0000000000000' }).catch(() => undefined)
    const scanned = await till.sync.syncNow({ batchSize: 20 })
    expect(scanned.restedMs, 'a scan a moment ago: the upload rested').toBeGreaterThan(0)
  })
})
