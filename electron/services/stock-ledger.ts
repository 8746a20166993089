import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database, MovementReason } from '../db/schema'

export interface MovementSpec {
  id: string
  productId: string
  locationId: string
  qty: number
  reason: MovementReason
  unitCost: number
  workshopId?: string | null
  refType?: string
  refId?: string
  note?: string | null
  userId: string
  deviceId: string
  createdAt: number
}

/**
 * The only way stock changes: append a movement and, in the same transaction, move the
 * cached level by the same quantity. On-hand is the sum of movements; the cache exists
 * for speed and `verifyStockLevels` proves it agrees.
 */
export async function postMovement(trx: Transaction<Database>, m: MovementSpec): Promise<number> {
  await trx
    .insertInto('stock_movements')
    .values({
      id: m.id,
      product_id: m.productId,
      location_id: m.locationId,
      qty: m.qty,
      reason: m.reason,
      unit_cost: m.unitCost,
      workshop_id: m.workshopId ?? null,
      ref_type: m.refType ?? null,
      ref_id: m.refId ?? null,
      note: m.note ?? null,
      user_id: m.userId,
      device_id: m.deviceId,
      created_at: m.createdAt,
    })
    .execute()
  const level = await trx
    .insertInto('stock_levels')
    .values({ product_id: m.productId, location_id: m.locationId, on_hand: m.qty })
    .onConflict((oc) =>
      oc.columns(['product_id', 'location_id']).doUpdateSet({ on_hand: sql`on_hand + ${m.qty}` }),
    )
    .returning('on_hand')
    .executeTakeFirstOrThrow()
  return level.on_hand
}

export async function onHandAt(
  db: Kysely<Database>,
  productId: string,
  locationId: string,
): Promise<number> {
  const row = await db
    .selectFrom('stock_levels')
    .select('on_hand')
    .where('product_id', '=', productId)
    .where('location_id', '=', locationId)
    .executeTakeFirst()
  return row?.on_hand ?? 0
}

export interface LevelMismatch {
  productId: string
  locationId: string
  cached: number
  fromMovements: number
}

/** Recomputes every level from the ledger and lists where the cache disagrees. */
export async function verifyStockLevels(db: Kysely<Database>): Promise<LevelMismatch[]> {
  const rows = await sql<LevelMismatch>`
    with ledger as (
      select product_id, location_id, sum(qty) as total from stock_movements
      group by product_id, location_id
    ),
    keys as (
      select product_id, location_id from ledger
      union select product_id, location_id from stock_levels
    )
    select k.product_id as productId, k.location_id as locationId,
           coalesce(l.on_hand, 0) as cached, coalesce(g.total, 0) as fromMovements
    from keys k
    left join stock_levels l using (product_id, location_id)
    left join ledger g using (product_id, location_id)
    where coalesce(l.on_hand, 0) <> coalesce(g.total, 0)
  `.execute(db)
  return rows.rows
}
