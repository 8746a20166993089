import type { ReservationDto } from '../../../shared/orders/orders-dto'
import { reservingStatuses } from '../../../shared/orders/orders-dto'
import type { ServiceContext } from '../core/context'
import { fieldError } from '../core/errors'
import { readTillLocation } from '../stock/stock-common'
import type { Db } from './order-read'

/**
 * What open orders hold back at a location. An order reserves what is on hand, up to what it
 * ordered and not yet shipped (the rest is for production to make), so on hand = reserved + free, and free is
 * what the counter may sell without eating into an order.
 */
export async function reservationsAt(
  db: Db,
  locationId: string | null,
  productIds: string[],
): Promise<ReservationDto[]> {
  const unique = [...new Set(productIds)]
  let levels = db
    .selectFrom('stock_levels')
    .select(['product_id', 'location_id', 'on_hand'])
    .where('product_id', 'in', unique)
  if (locationId) levels = levels.where('location_id', '=', locationId)
  let orderedQ = db
    .selectFrom('order_lines as x')
    .innerJoin('orders as o', 'o.id', 'x.order_id')
    // What is still to ship: a partial shipment has already taken its part off the shelf.
    .select([
      'x.product_id',
      'o.location_id',
      (eb) =>
        eb.fn
          .sum<number>(
            eb(
              'x.qty',
              '-',
              eb.fn.coalesce(
                eb
                  .selectFrom('order_shipment_lines as h')
                  .select((h) => h.fn.sum<number>('h.qty').as('n'))
                  .whereRef('h.order_line_id', '=', 'x.id'),
                eb.lit(0),
              ),
            ),
          )
          .as('qty'),
    ])
    .where('o.status', 'in', reservingStatuses)
    .where('x.product_id', 'in', unique)
    .groupBy(['x.product_id', 'o.location_id'])
  if (locationId) orderedQ = orderedQ.where('o.location_id', '=', locationId)
  const [onHand, ordered] = [await levels.execute(), await orderedQ.execute()]
  const key = (productId: string, location: string) => `${productId}\u0000${location}`
  const want = new Map(ordered.map((r) => [key(r.product_id, r.location_id), Number(r.qty)]))
  const result = new Map(
    unique.map((id) => [id, { productId: id, onHand: 0, reserved: 0, free: 0 }]),
  )
  // Each location reserves from its own shelf; "all locations" adds the locations up.
  for (const level of onHand) {
    const row = result.get(level.product_id)!
    const reserved = Math.min(
      Math.max(level.on_hand, 0),
      want.get(key(level.product_id, level.location_id)) ?? 0,
    )
    row.onHand += level.on_hand
    row.reserved += reserved
    row.free += level.on_hand - reserved
  }
  return unique.map((id) => result.get(id)!)
}

export function createReservationsService(ctx: ServiceContext) {
  return {
    async at(input: { productIds: string[]; locationId?: string | null | undefined }) {
      if (input.locationId === null) return reservationsAt(ctx.db, null, input.productIds)
      const locationId = input.locationId ?? (await readTillLocation(ctx.db))
      if (!locationId) throw fieldError('locationId', 'REQUIRED')
      return reservationsAt(ctx.db, locationId, input.productIds)
    },
  }
}
