import type { HubDatabase } from '../../hub/hub-types'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

// Reference rows are the same row on every till (migration 0021): the hub keys them by their
// shared id, coalesce(shared_id, id). Most rows' ids are already shared (fixed seeded ids,
// random UUIDs); only a till installed before 0021 has rows whose local id differs, and those
// are matched here, in both directions.

/** The tables whose rows carry a shared id. */
export const SHARED_ID_TABLES: ReadonlySet<string> = new Set([
  'locations',
  'workshops',
  'categories',
  'payment_methods',
  'split_rules',
  'users',
])

type SharedTable =
  'locations' | 'workshops' | 'categories' | 'payment_methods' | 'split_rules' | 'users'

/** This till's id for a shared row, or null when it does not have the row. */
export async function localIdOf(
  db: Kysely<Database>,
  table: string,
  sharedId: string,
): Promise<string | null> {
  if (!SHARED_ID_TABLES.has(table)) return null
  const { rows } = await sql<{ id: string }>`
    SELECT id FROM ${sql.table(table)} WHERE coalesce(shared_id, id) = ${sharedId}`.execute(db)
  return rows[0]?.id ?? null
}

/**
 * A master row from the hub in this till's terms: it lands on the local row with the same
 * shared id (an older till's own showroom, say), or arrives as a new row whose id is the
 * shared id itself.
 */
export async function toLocalRow(
  db: Kysely<Database>,
  table: string,
  sharedId: string,
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (!SHARED_ID_TABLES.has(table)) return data
  const local = (await localIdOf(db, table, sharedId)) ?? sharedId
  return { ...data, id: local, shared_id: local === sharedId ? null : sharedId }
}

/** The hub's key for a local row. */
export const sharedKeyOf = (row: Record<string, unknown>) => String(row.shared_id ?? row.id)

/**
 * Tells the hub which local ids of this till are which shared rows (only those that differ).
 * Sent before the ledger rows, so the hub files every row under its shared location.
 */
export async function sendIdMap(
  hub: Kysely<HubDatabase>,
  db: Kysely<Database>,
  deviceId: string,
): Promise<number> {
  let sent = 0
  for (const table of SHARED_ID_TABLES) {
    const mapped = await db
      .selectFrom(table as SharedTable)
      .select(['id', 'shared_id'])
      .where('shared_id', 'is not', null)
      .where((eb) => eb('shared_id', '!=', eb.ref('id')))
      .execute()
    if (mapped.length === 0) continue
    const result = await hub
      .insertInto('shared_ids')
      .values(
        mapped.map((row) => ({
          device_id: deviceId,
          table_name: table,
          local_id: row.id,
          shared_id: String(row.shared_id),
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst()
    sent += Number(result.numInsertedOrUpdatedRows ?? 0)
  }
  return sent
}
