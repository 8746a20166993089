import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTillRole } from '../../../electron/hub/hub-admin'
import type { InputOf } from '../../../shared/contract'
import { productInput, saleId } from '../../helpers/builders'
import { joinTill, startPgHub, type PgHubServer, type TestHub } from '../../helpers/pg-hub'
import { receiveStock } from '../../helpers/receive-stock'
import { createTestCore, sequentialIds, type TestCore } from '../../helpers/test-core'

// Hub schema v6 (hub-schema-plans.ts), against a real PostgreSQL: a till's first sync is one
// long connection inserting thousands of ledger rows into a hub that started empty. The gates
// each row passes look up the link before it and its sale; with plans cached while the table
// looked empty, each look-up walked a whole table's rows in the (table_name, …) index (a first
// sync slowed to ~300 rows/s). PostgreSQL's own counters show it: rows the ledger's indexes
// fetched per uploaded row (about 4 with fresh plans; hundreds, growing, with stale ones).

const SALES = 150

describe('hub row gates: each look-up uses the index (real PostgreSQL)', () => {
  let pg: PgHubServer
  let hub: TestHub
  let till: TestCore

  beforeAll(async () => {
    pg = await startPgHub()
    hub = await pg.newHub()
    till = await createTestCore({ code: 'KSG1', ids: sequentialIds('64444444') })
    const call = <C extends Parameters<TestCore['must']>[0]>(c: C, i: InputOf<C>) => till.must(c, i)
    const products: string[] = []
    for (let i = 0; i < 3; i++) {
      const id = (await till.must('catalog:create', productInput({ price: 5_000 }))).id
      await receiveStock(call, { productId: id, qty: SALES })
      products.push(id)
    }
    for (let i = 0; i < SALES; i++) {
      await till.must('sales:checkout', {
        id: saleId(),
        lines: products.map((productId) => ({ productId, qty: 1 })),
        payments: [{ methodId: 'tunai', amount: 15_000 }],
      })
    }
  }, 120_000)

  afterAll(async () => {
    await till?.dispose()
    await pg?.stop()
  })

  const counters = async () => {
    const { rows } = await sql<{ seq_tup_read: string; idx_tup_fetch: string; n_tup_ins: string }>`
      SELECT seq_tup_read, idx_tup_fetch, n_tup_ins FROM pg_stat_user_tables
      WHERE relname = 'ledger_rows'`.execute(hub.admin)
    const row = rows[0]!
    return {
      rowsRead: Number(row.seq_tup_read) + Number(row.idx_tup_fetch),
      inserted: Number(row.n_tup_ins),
    }
  }

  it('the gates run with custom plans (hub schema v6)', async () => {
    const { rows } = await sql<{ proname: string; proconfig: string[] | null }>`
      SELECT proname, proconfig FROM pg_proc
      WHERE proname IN ('ledger_rows_admit', 'ledger_rows_locate', 'ledger_rows_shared_location')
      ORDER BY proname`.execute(hub.admin)
    expect(rows.map((r) => [r.proname, r.proconfig])).toEqual([
      ['ledger_rows_admit', ['search_path=public', 'plan_cache_mode=force_custom_plan']],
      ['ledger_rows_locate', ['search_path=public', 'plan_cache_mode=force_custom_plan']],
      ['ledger_rows_shared_location', ['search_path=public', 'plan_cache_mode=force_custom_plan']],
    ])
  })

  it('a first sync reads a few ledger rows per row it uploads, not the whole ledger', async () => {
    const login = await createTillRole(hub.admin, 'KSG1', { rolePrefix: hub.rolePrefix })
    await joinTill(hub, till, login)
    const before = await counters()
    const waiting = (await till.must('sync:status', {})).waiting
    expect(waiting).toBeGreaterThan(SALES * 5)
    const report = await till.sync.syncNow()
    expect(report.uploaded).toBe(waiting)
    // The till's session reports its counters when it ends; they arrive together with its inserts.
    await expect
      .poll(async () => (await counters()).inserted - before.inserted, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(waiting)
    const after = await counters()
    // The link before, the sale of a line, the conflict check: a few each. Downloads read the
    // other tills' rows (none here). Stale plans read about 770 rows per uploaded row here.
    expect((after.rowsRead - before.rowsRead) / waiting).toBeLessThan(10)
  }, 120_000)
})
