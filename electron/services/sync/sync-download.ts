import type { HubDatabase } from '../../hub/hub-types'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { recordHubPriceVersion, type HubPriceVersion } from './sync-prices'
import { recordHubSplitRule, type HubSplitRule } from './sync-split-rules'
import { localIdOf, sharedKeyOf, toLocalRow } from './sync-shared-ids'

// Down: master data from its one authority, the hub, and other tills' stock movements at the
// locations this till shares, so on-hand stock here counts every till's sales there. Prices
// and split rules are versions: recorded as they come, never overwriting what a till has.

/** FK order: a row arrives after the rows it points at. */
const MASTER_ORDER = [
  'locations',
  'workshops',
  'categories',
  'users',
  'payment_methods',
  'products',
  'price_versions',
  'split_rules',
] as const
export type MasterTableName = (typeof MASTER_ORDER)[number]

/** What stays on each till whatever the hub says: lockout counters are local. */
const LOCAL_ONLY: Partial<Record<MasterTableName, readonly string[]>> = {
  users: ['failed_pins', 'locked_until'],
}

/** Master tables a till may add rows to (as proposals); locations are the hub admin's. */
export const PROPOSABLE: readonly MasterTableName[] = [
  'workshops',
  'categories',
  'users',
  'products',
]

async function columnsOf(db: Kysely<Database>, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM pragma_table_info(${table})`.execute(db)
  return rows.map((row) => row.name)
}

interface MasterRow {
  table_name: MasterTableName
  id: string
  data: Record<string, unknown>
  version: string | number
}

/** Applies master rows newer than this till's version, in one local transaction. */
export async function downloadMaster(
  hub: Kysely<HubDatabase>,
  db: Kysely<Database>,
  now = Date.now(),
): Promise<number> {
  const link = await db.selectFrom('hub_link').select('master_version').executeTakeFirst()
  const since = link?.master_version ?? 0
  const { rows } = await sql<MasterRow>`
    SELECT table_name, id, data, version FROM master_rows
    WHERE version > ${since} ORDER BY version`.execute(hub)
  if (rows.length === 0) return 0
  const ordered = [...rows].sort(
    (a, b) =>
      MASTER_ORDER.indexOf(a.table_name) - MASTER_ORDER.indexOf(b.table_name) ||
      Number(a.version) - Number(b.version),
  )
  const top = Math.max(...rows.map((row) => Number(row.version)))
  await db.transaction().execute(async (trx) => {
    // While set, 0022's edit triggers know these changes come from the hub, not from here.
    await sql`INSERT INTO sync_applying (id) VALUES (1)`.execute(trx)
    const columnCache = new Map<string, string[]>()
    for (const row of ordered) {
      // A price is a version, recorded now and applied when due (sync-prices.ts).
      if (row.table_name === 'price_versions') {
        await recordHubPriceVersion(trx, row.data as unknown as HubPriceVersion, now)
        continue
      }
      // A split rule is a version too: added as it stands, never changing one this till has.
      if (row.table_name === 'split_rules') {
        await recordHubSplitRule(trx, row.id, row.data as unknown as HubSplitRule)
        continue
      }
      row.data = await toLocalRow(trx, row.table_name, row.id, row.data)
      let columns = columnCache.get(row.table_name)
      if (!columns) {
        const localOnly = LOCAL_ONLY[row.table_name] ?? []
        columns = (await columnsOf(trx, row.table_name)).filter((c) => !localOnly.includes(c))
        columnCache.set(row.table_name, columns)
      }
      const present = columns.filter((c) => c in row.data)
      const updates = present.filter((c) => c !== 'id')
      await sql`
        INSERT INTO ${sql.table(row.table_name)} (${sql.join(present.map((c) => sql.ref(c)))})
        VALUES (${sql.join(present.map((c) => toSqlite(row.data[c])))})
        ON CONFLICT (id) DO UPDATE SET ${sql.join(
          updates.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`),
        )}`.execute(trx)
    }
    await trx.updateTable('hub_link').set({ master_version: top }).execute()
    await sql`DELETE FROM sync_applying`.execute(trx)
  })
  return rows.length
}

const toSqlite = (value: unknown) =>
  typeof value === 'boolean' ? (value ? 1 : 0) : value === undefined ? null : value

/**
 * Proposes this till's master rows the hub does not know yet (a product or a user added while
 * offline). The hub applies proposals in arrival order; what it holds is what every till gets.
 */
export async function proposeNewMaster(
  hub: Kysely<HubDatabase>,
  db: Kysely<Database>,
  deviceId: string,
): Promise<number> {
  let proposed = 0
  for (const table of PROPOSABLE) {
    const { rows: known } = await sql<{ id: string }>`
      SELECT id FROM master_rows WHERE table_name = ${table}`.execute(hub)
    const knownIds = new Set(known.map((row) => row.id))
    const { rows: local } = await sql<Record<string, unknown>>`
      SELECT * FROM ${sql.table(table)}`.execute(db)
    const localOnly = LOCAL_ONLY[table] ?? []
    const fresh = local.filter((row) => !knownIds.has(sharedKeyOf(row)))
    if (fresh.length === 0) continue
    await hub
      .insertInto('master_proposals')
      .values(
        fresh.map((row) => ({
          device_id: deviceId,
          table_name: table,
          row_id: sharedKeyOf(row),
          data: JSON.stringify(
            Object.fromEntries(Object.entries(row).filter(([key]) => !localOnly.includes(key))),
          ),
        })),
      )
      .execute()
    proposed += fresh.length
  }
  return proposed
}

interface ForeignMovement {
  device_id: string
  /** The hub's location for the row: the shared one (hub schema v2). */
  location_id: string | null
  seq: string | number
  data: {
    id: string
    product_id: string
    location_id: string
    qty: number
    reason: Database['stock_movements']['reason']
    unit_cost: number
    workshop_id: string | null
    ref_type: string | null
    ref_id: string | null
    note: string | null
    user_id: string
    device_id: string
    created_at: number
  }
}

/**
 * Other tills' movements at the locations the hub lets this till read (row-level security
 * decides which). Each device's rows come in chain order; the cursor per device is its last
 * position taken. The movement keeps its device id, so it stays out of this till's chain.
 */
export async function downloadShared(
  hub: Kysely<HubDatabase>,
  db: Kysely<Database>,
  deviceId: string,
): Promise<number> {
  const cursors = await db.selectFrom('sync_down_cursor').selectAll().execute()
  const since = Object.fromEntries(cursors.map((c) => [c.device_id, c.seq]))
  const { rows } = await sql<ForeignMovement>`
    SELECT device_id, seq, location_id, data FROM ledger_rows
    WHERE table_name = 'stock_movements' AND device_id <> ${deviceId}
      AND seq > coalesce((${JSON.stringify(since)}::jsonb ->> device_id)::bigint, 0)
    ORDER BY device_id, seq`.execute(hub)
  if (rows.length === 0) return 0
  await db.transaction().execute(async (trx) => {
    const top = new Map<string, number>()
    for (const row of rows) {
      // Filed on the hub under the shared location: here it is this till's row for it.
      const shared = row.location_id ?? row.data.location_id
      const m = { ...row.data, location_id: (await localIdOf(trx, 'locations', shared)) ?? shared }
      top.set(row.device_id, Math.max(top.get(row.device_id) ?? 0, Number(row.seq)))
      const inserted = await trx
        .insertInto('stock_movements')
        .values(m)
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst()
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) continue
      await trx
        .insertInto('stock_levels')
        .values({ product_id: m.product_id, location_id: m.location_id, on_hand: m.qty })
        .onConflict((oc) =>
          oc
            .columns(['product_id', 'location_id'])
            .doUpdateSet({ on_hand: sql`on_hand + ${m.qty}` }),
        )
        .execute()
    }
    for (const [device, seq] of top) {
      await trx
        .insertInto('sync_down_cursor')
        .values({ device_id: device, seq })
        .onConflict((oc) => oc.column('device_id').doUpdateSet({ seq }))
        .execute()
    }
  })
  return rows.length
}
