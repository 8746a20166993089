import type { ReservationDto } from '../../../shared/orders/orders-dto'
import { reservingStatuses } from '../../../shared/orders/orders-dto'
import type { ServiceContext } from '../context'
import { fieldError } from '../errors'
import { readTillLocation } from '../stock/stock-common'
import type { Db } from './order-read'

/**
 * What open orders hold back at a location. An order reserves what is on hand, up to what it
 * ordered (the rest is for production to make), so on hand = reserved + free, and free is
 * what the counter may sell without eating into an order.
 */
export async function reservationsAt(
  db: Db,
  locationId: string,
  productIds: string[],
): Promise<ReservationDto[]> {
  const unique = [...new Set(productIds)]
  const onHand = await db
    .selectFrom('stock_levels')
    .select(['product_id', 'on_hand'])
    .where('location_id', '=', locationId)
    .where('product_id', 'in', unique)
    .execute()
  const ordered = await db
    .selectFrom('order_lines as x')
    .innerJoin('orders as o', 'o.id', 'x.order_id')
    .select(['x.product_id', (eb) => eb.fn.sum<number>('x.qty').as('qty')])
    .where('o.location_id', '=', locationId)
    .where('o.status', 'in', reservingStatuses)
    .where('x.product_id', 'in', unique)
    .groupBy('x.product_id')
    .execute()
  const hand = new Map(onHand.map((r) => [r.product_id, r.on_hand]))
  const want = new Map(ordered.map((r) => [r.product_id, Number(r.qty)]))
  return unique.map((productId) => {
    const onHandQty = hand.get(productId) ?? 0
    const reserved = Math.min(Math.max(onHandQty, 0), want.get(productId) ?? 0)
    return { productId, onHand: onHandQty, reserved, free: onHandQty - reserved }
  })
}

export function createReservationsService(ctx: ServiceContext) {
  return {
    async at(input: { productIds: string[]; locationId?: string | undefined }) {
      const locationId = input.locationId ?? (await readTillLocation(ctx.db))
      if (!locationId) throw fieldError('locationId', 'REQUIRED')
      return reservationsAt(ctx.db, locationId, input.productIds)
    },
  }
}
