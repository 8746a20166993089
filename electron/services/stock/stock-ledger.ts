import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database, MovementReason } from '../../db/schema'

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

/**
 * Recomputes every level from the ledger and lists where the cache disagrees; then the
 * totals kept from the levels (stock_value_totals), so one check covers both caches.
 */
export async function verifyStockLevels(
  db: Kysely<Database>,
): Promise<Array<LevelMismatch | ValueTotalsMismatch>> {
  return [...(await verifyLevelsAgainstLedger(db)), ...(await verifyStockValueTotals(db))]
}

async function verifyLevelsAgainstLedger(db: Kysely<Database>): Promise<LevelMismatch[]> {
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

export interface ValueTotalsMismatch {
  locationId: string
  categoryId: string
  workshopId: string
  units: number
  value: number
  fromLevels: { units: number; value: number }
}

/**
 * Recomputes stock_value_totals (units and value at cost per location, category, workshop;
 * '' for none) from the levels and lists the cells where the triggers' sums disagree.
 */
export async function verifyStockValueTotals(db: Kysely<Database>): Promise<ValueTotalsMismatch[]> {
  const rows = await sql<{
    locationId: string
    categoryId: string
    workshopId: string
    units: number
    value: number
    levelUnits: number
    levelValue: number
  }>`
    with levels as (
      select s.location_id, coalesce(p.category_id, '') as category_id,
             coalesce(p.workshop_id, '') as workshop_id,
             sum(s.on_hand) as units, sum(s.on_hand * p.cost) as value
      from stock_levels s join products p on p.id = s.product_id
      group by 1, 2, 3
    ),
    keys as (
      select location_id, category_id, workshop_id from levels
      union select location_id, category_id, workshop_id from stock_value_totals
    )
    select k.location_id as locationId, k.category_id as categoryId,
           k.workshop_id as workshopId, coalesce(t.units, 0) as units,
           coalesce(t.value, 0) as value, coalesce(l.units, 0) as levelUnits,
           coalesce(l.value, 0) as levelValue
    from keys k
    left join stock_value_totals t using (location_id, category_id, workshop_id)
    left join levels l using (location_id, category_id, workshop_id)
    where coalesce(t.units, 0) <> coalesce(l.units, 0) or coalesce(t.value, 0) <> coalesce(l.value, 0)
  `.execute(db)
  return rows.rows.map(({ levelUnits, levelValue, ...cell }) => ({
    ...cell,
    fromLevels: { units: levelUnits, value: levelValue },
  }))
}
