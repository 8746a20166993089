import type { HubDatabase } from '../../hub/hub-types'
import { PNBP_LEDGER_TABLES } from '../../hub/hub-schema-pnbp'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { flowDb } from './flow-tables'

// Down: other tills' sales (with their lines, payments, voids and returns) at the locations
// this till shares, kept read-only in hub_rows: they never join this device's chain and never
// mix with its own ledgers, so its Z reports and receipts stay its own. And every location's
// on-hand as the hub knows it, replaced whole at each sync.

const SALE_TABLES = ['sales', 'sale_lines', 'payments', 'sale_voids', 'returns', 'return_lines']

interface HubRow {
  device_id: string
  seq: string | number
  table_name: string
  row_id: string
  location_id: string | null
  data: unknown
}

export async function downloadSharedSales(
  hub: Kysely<HubDatabase>,
  db: Kysely<Database>,
  deviceId: string,
  pageSize = 5_000,
): Promise<number> {
  const flow = flowDb(db)
  let total = 0
  for (;;) {
    const cursors = await flow.selectFrom('hub_down_cursor').selectAll().execute()
    const since = Object.fromEntries(cursors.map((c) => [c.device_id, c.seq]))
    // Row-level security on the hub decides which locations this till may read.
    const { rows } = await sql<HubRow>`
      SELECT device_id, seq, table_name, row_id, location_id, data FROM ledger_rows
      WHERE table_name = ANY(${SALE_TABLES}) AND device_id <> ${deviceId}
        AND seq > coalesce((${JSON.stringify(since)}::jsonb ->> device_id)::bigint, 0)
      ORDER BY device_id, seq LIMIT ${pageSize}`.execute(hub)
    if (rows.length === 0) return total
    await flow.transaction().execute(async (trx) => {
      const top = new Map<string, number>()
      for (const row of rows) {
        const seq = Number(row.seq)
        top.set(row.device_id, Math.max(top.get(row.device_id) ?? 0, seq))
        await trx
          .insertInto('hub_rows')
          .values({
            device_id: row.device_id,
            seq,
            table_name: row.table_name,
            row_id: row.row_id,
            location_id: row.location_id,
            data: JSON.stringify(row.data),
          })
          .onConflict((oc) => oc.doNothing())
          .execute()
      }
      for (const [device, seq] of top) {
        await trx
          .insertInto('hub_down_cursor')
          .values({ device_id: device, seq })
          .onConflict((oc) => oc.column('device_id').doUpdateSet({ seq }))
          .execute()
      }
    })
    total += rows.length
    if (rows.length < pageSize) return total
  }
}

/**
 * Other tills' PNBP deposits, cancellations and targets (hub schema v5), into hub_rows beside
 * the shared sales. A year holds a few dozen, so every sync reads them whole instead of
 * keeping a cursor: a hub upgraded to v5 after this till last synced still yields its older
 * rows, and a row already here lands on its key and changes nothing. Returns the rows new here.
 */
export async function downloadPnbpRegister(
  hub: Kysely<HubDatabase>,
  db: Kysely<Database>,
  deviceId: string,
): Promise<number> {
  const { rows } = await sql<HubRow>`
    SELECT device_id, seq, table_name, row_id, location_id, data FROM ledger_rows
    WHERE table_name = ANY(${[...PNBP_LEDGER_TABLES]}) AND device_id <> ${deviceId}
    ORDER BY device_id, seq`.execute(hub)
  if (rows.length === 0) return 0
  return flowDb(db)
    .transaction()
    .execute(async (trx) => {
      let added = 0
      for (const row of rows) {
        const result = await trx
          .insertInto('hub_rows')
          .values({
            device_id: row.device_id,
            seq: Number(row.seq),
            table_name: row.table_name,
            row_id: row.row_id,
            location_id: row.location_id,
            data: JSON.stringify(row.data),
          })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst()
        added += Number(result.numInsertedOrUpdatedRows ?? 0)
      }
      return added
    })
}

/** Every location's on-hand and the tills' codes as the hub knows them now; returns the levels. */
export async function downloadHubLevels(
  hub: Kysely<HubDatabase>,
  db: Kysely<Database>,
  now: number,
): Promise<number> {
  const { rows } = await sql<{
    location_id: string
    product_id: string
    on_hand: string | number
  }>`SELECT location_id, product_id, on_hand FROM hub_stock_levels()`.execute(hub)
  const { rows: tills } = await sql<{
    device_id: string
    code: string
  }>`SELECT device_id, code FROM hub_till_codes()`.execute(hub)
  await flowDb(db)
    .transaction()
    .execute(async (trx) => {
      await trx.deleteFrom('hub_tills').execute()
      if (tills.length > 0) await trx.insertInto('hub_tills').values(tills).execute()
      await trx.deleteFrom('hub_stock_levels').execute()
      for (const row of rows) {
        if (row.location_id === null) continue
        await trx
          .insertInto('hub_stock_levels')
          .values({
            location_id: row.location_id,
            product_id: row.product_id,
            on_hand: Number(row.on_hand),
          })
          .execute()
      }
      await trx.updateTable('hub_link').set({ levels_at: now }).execute()
    })
  return rows.length
}
