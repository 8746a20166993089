import type { Db } from '../stock/stock-common'

/** One agreed-price version; null price: back to the list price. */
export interface PriceVersion {
  price: number | null
  effectiveAt: number
}

/** Units a settlement sells at one price: the price in force when those units were sent. */
export interface PriceLayer {
  qty: number
  unitPrice: number
  sentAt: number
}

/** Every version per product at a partner, oldest first (ties: the later-recorded one wins). */
export async function priceVersions(
  db: Db,
  locationId: string,
  productIds: string[],
): Promise<Map<string, PriceVersion[]>> {
  const byProduct = new Map<string, PriceVersion[]>()
  if (productIds.length === 0) return byProduct
  const rows = await db
    .selectFrom('consignment_price_versions')
    .select(['product_id', 'price', 'effective_at', 'created_at'])
    .where('location_id', '=', locationId)
    .where('product_id', 'in', productIds)
    .orderBy('effective_at')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  for (const r of rows) {
    const list = byProduct.get(r.product_id) ?? []
    list.push({ price: r.price, effectiveAt: r.effective_at })
    byProduct.set(r.product_id, list)
  }
  return byProduct
}

/** The agreed version in force at `at`, or null when none was (the list price applies). */
export function versionAt(versions: PriceVersion[] | undefined, at: number): PriceVersion | null {
  let found: PriceVersion | null = null
  for (const v of versions ?? []) if (v.effectiveAt <= at) found = v
  return found
}

export const priceAt = (versions: PriceVersion[] | undefined, listPrice: number, at: number) =>
  versionAt(versions, at)?.price ?? listPrice

/**
 * Prices the `sold` units of one product at a partner. The partner's stock is a queue: what
 * arrived first leaves first, whatever way it left (sold, returned, missing), so the movements
 * at the partner say which deliveries the units still there came with. The units sold now are
 * the oldest still there, each at the price in force when its delivery was sent.
 */
export async function soldLayers(
  db: Db,
  locationId: string,
  productId: string,
  sold: number,
  listPrice: number,
  versions: PriceVersion[] | undefined,
): Promise<PriceLayer[]> {
  const moves = await db
    .selectFrom('stock_movements')
    .select(['qty', 'created_at'])
    .where('location_id', '=', locationId)
    .where('product_id', '=', productId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  const queue: Array<{ qty: number; at: number }> = []
  let gone = 0
  for (const m of moves) {
    if (m.qty > 0) queue.push({ qty: m.qty, at: m.created_at })
    else gone -= m.qty
  }
  // Drop what already left, oldest deliveries first.
  while (gone > 0 && queue.length > 0) {
    const head = queue[0]!
    const take = Math.min(head.qty, gone)
    head.qty -= take
    gone -= take
    if (head.qty === 0) queue.shift()
  }
  const layers: PriceLayer[] = []
  let left = sold
  for (const delivery of queue) {
    if (left === 0) break
    const take = Math.min(delivery.qty, left)
    left -= take
    const unitPrice = priceAt(versions, listPrice, delivery.at)
    const last = layers.at(-1)
    if (last && last.unitPrice === unitPrice) last.qty += take
    else layers.push({ qty: take, unitPrice, sentAt: delivery.at })
  }
  // More sold than the ledger shows arriving cannot pass the on-hand check; price it now.
  if (left > 0)
    layers.push({ qty: left, unitPrice: priceAt(versions, listPrice, Infinity), sentAt: 0 })
  return layers
}
