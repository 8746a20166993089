import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

// Price and cost are append-only versions (migration 0021). The hub publishes a version; the
// till records it as it arrives and applies it to products.price / products.cost only once its
// effective time has come, so an offline till sells at the price it knows and each sale line
// snapshots the price of its moment.

export interface HubPriceVersion {
  id: string
  product_id: string
  price: number
  cost: number
  effective_at: number
}

/** Records a version from the hub (a replay changes nothing); skips one for an unknown product. */
export async function recordHubPriceVersion(
  db: Kysely<Database>,
  version: HubPriceVersion,
  now: number,
): Promise<void> {
  const product = await db
    .selectFrom('products')
    .select('id')
    .where('id', '=', version.product_id)
    .executeTakeFirst()
  if (!product) return
  await db
    .insertInto('product_price_versions')
    .values({
      id: version.id,
      product_id: version.product_id,
      price: version.price,
      cost: version.cost,
      effective_at: version.effective_at,
      source: 'hub',
      device_id: 'hub',
      created_at: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
}

/**
 * Brings each product to its newest version that is due at `now` (ties: the later written).
 * updated_at becomes the version's time, so the price trigger sees the version already there
 * and does not write it again. Returns how many products changed.
 */
export async function applyDuePriceVersions(db: Kysely<Database>, now: number): Promise<number> {
  const due = await db
    .selectFrom('product_price_versions as v')
    .innerJoin('products as p', 'p.id', 'v.product_id')
    .select(['v.product_id', 'v.price', 'v.cost', 'v.effective_at'])
    .where('v.effective_at', '<=', now)
    .where('v.source', '=', 'hub')
    // Only a hub version newer than everything this product already shows (its own edits too).
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('product_price_versions as w')
            .select('w.id')
            .whereRef('w.product_id', '=', 'v.product_id')
            .where('w.effective_at', '<=', now)
            .where((inner) =>
              inner.or([
                inner('w.effective_at', '>', inner.ref('v.effective_at')),
                inner.and([
                  inner('w.effective_at', '=', inner.ref('v.effective_at')),
                  inner('w.created_at', '>', inner.ref('v.created_at')),
                ]),
              ]),
            ),
        ),
      ),
    )
    .where((eb) =>
      eb.or([eb('p.price', '!=', eb.ref('v.price')), eb('p.cost', '!=', eb.ref('v.cost'))]),
    )
    .execute()
  for (const version of due) {
    await db
      .updateTable('products')
      .set({ price: version.price, cost: version.cost, updated_at: version.effective_at })
      .where('id', '=', version.product_id)
      .execute()
  }
  return due.length
}
